#pragma once

#include "earningsrange.h"
#include "statement.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::app {

namespace earnings {
class StatementFetch;
}

/// Writes a month's statement of the range's car as PDF or CSV: fetches the month (days,
/// sessions with their jobs, payout), then
/// writes the file on a worker thread so that the window stays responsive.
class StatementExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(idlefleet::app::EarningsRange *range READ range WRITE setRange NOTIFY rangeChanged)
    /// Who the statement is for (the account's e-mail address).
    Q_PROPERTY(QString account READ account WRITE setAccount NOTIFY accountChanged)
    /// The last twelve months of the car's calendar, newest first, named for a person.
    Q_PROPERTY(QStringList monthNames READ monthNames NOTIFY monthsChanged)
    /// Which of them: 0 is the current month.
    Q_PROPERTY(int monthIndex READ monthIndex WRITE setMonthIndex NOTIFY monthsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    /// What the last export did, for a person ("Saved statement-2026-03.pdf").
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QUrl lastFile READ lastFile NOTIFY stateChanged)

public:
    enum Format
    {
        Pdf,
        Csv
    };
    Q_ENUM(Format)

    explicit StatementExporter(QObject *parent = nullptr);
    ~StatementExporter() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

    EarningsRange *range() const { return m_range; }
    void setRange(EarningsRange *range);
    QString account() const { return m_account; }
    void setAccount(const QString &account);
    QStringList monthNames() const;
    int monthIndex() const { return m_monthIndex; }
    void setMonthIndex(int index);
    bool busy() const { return m_busy; }
    QString statusMessage() const { return m_statusMessage; }
    QString errorMessage() const { return m_errorMessage; }
    QUrl lastFile() const { return m_lastFile; }
    /// The first day of the chosen month.
    QDate month() const;
    /// The statement last written (for tests and a second format of the same month).
    const earnings::Statement &lastStatement() const { return m_statement; }
    /// Milliseconds the last file took to write, on the worker thread.
    qint64 lastWriteMs() const { return m_lastWriteMs; }

    /// A file name for the chosen month ("idlefleet-statement-Ava-2026-03.pdf").
    Q_INVOKABLE QString suggestedFileName(idlefleet::app::StatementExporter::Format format) const;
    /// Fetches the chosen month and writes it to `file` (a local file URL).
    Q_INVOKABLE void exportTo(const QUrl &file, idlefleet::app::StatementExporter::Format format);

Q_SIGNALS:
    void clientChanged();
    void rangeChanged();
    void accountChanged();
    void monthsChanged();
    void stateChanged();
    /// The export ended; errorMessage says why when `ok` is false.
    void finished(bool ok);

private:
    void write(const QString &path, Format format);
    void finish(const QString &error, const QString &status);

    QPointer<client::FleetClient> m_client;
    QPointer<EarningsRange> m_range;
    earnings::StatementFetch *m_fetch = nullptr;
    QString m_account;
    int m_monthIndex = 0;
    bool m_busy = false;
    QString m_statusMessage;
    QString m_errorMessage;
    QUrl m_lastFile;
    earnings::Statement m_statement;
    qint64 m_lastWriteMs = 0;
};

} // namespace idlefleet::app
