#pragma once

#include "statement.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::app::earnings {

class EarningsFetch;

/// Everything a month's statement shows, fetched at once: the days' earnings, the month's
/// sessions with their jobs, and the month's payout. The app's export and `idlefleetctl
/// statement` both use it, so they write the same document. `finished()` fires once.
class StatementFetch : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString vehicleId;
        QString vehicleName;
        QString timeZone;
        QString account;
        QDate month;   ///< its first day
        QDate lastDay; ///< the last day to include (the month's, or today's for the current one)
    };
    StatementFetch(client::FleetClient *client, const Request &request, QObject *parent = nullptr);
    ~StatementFetch() override;

    void start();
    bool failed() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    const Statement &statement() const { return m_statement; }

Q_SIGNALS:
    void finished();

private:
    void partDone(const QString &error);
    qint64 localMidnight(const QDate &date) const;

    QPointer<client::FleetClient> m_client;
    Request m_request;
    EarningsFetch *m_days = nullptr;
    int m_pending = 0;
    QString m_errorString;
    Statement m_statement;
    std::vector<client::AmountsAt> m_sessions;
    std::optional<Statement::Payout> m_payout;
};

} // namespace idlefleet::app::earnings
