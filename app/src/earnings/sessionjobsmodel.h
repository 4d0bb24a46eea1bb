#pragma once

#include "earningsrange.h"
#include "payloads.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::app {

/// The jobs one contribution session served, in the order they ran, for the list under the
/// sessions table. Texts are formatted for the language and the car's zone.
class SessionJobsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SessionsModel::selectedJobs provides it")
    Q_PROPERTY(int count READ count NOTIFY jobsChanged)
    /// "3 Nov, 22:00 – 4 Nov, 04:10", or empty when no session is chosen.
    Q_PROPERTY(QString sessionText READ sessionText NOTIFY jobsChanged)
    /// What the listed jobs paid, the owner's share of it and how many failed.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY jobsChanged)

public:
    enum Roles
    {
        KindRole = Qt::UserRole + 1, ///< translated job kind
        TimeRole,                    ///< "22:00 – 22:14" in the car's zone
        OperationsRole,              ///< requests served, formatted
        PayRole,                     ///< what the job paid (before the owner's share), formatted
        FailedRole,                  ///< bool: failed jobs pay nothing
        RunningRole,                 ///< bool: still running
    };

    explicit SessionJobsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_jobs.size()); }
    QString sessionText() const;
    QString summaryText() const;

    /// Shows `session`'s jobs (none for nullptr); times in `range`'s zone.
    void setSession(const client::AmountsAt *session, const QString &currency,
                    EarningsRange *range);
    /// Texts follow a new language.
    void retranslate();

Q_SIGNALS:
    void jobsChanged();

private:
    QString localTime(const QDateTime &at, bool withDate) const;

    std::vector<client::JobInfo> m_jobs;
    QDateTime m_start;
    QDateTime m_end;
    bool m_cutBefore = false;
    bool m_cutAfter = false;
    QString m_currency;
    QPointer<EarningsRange> m_range;
};

} // namespace idlefleet::app
