#include "sessionjobsmodel.h"

#include "moneyformat.h"
#include "statement.h"

#include <QLocale>

namespace idlefleet::app {

SessionJobsModel::SessionJobsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int SessionJobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QString SessionJobsModel::localTime(const QDateTime &at, bool withDate) const
{
    const QLocale locale;
    const QDateTime local = m_range ? m_range->toLocal(at) : at;
    return withDate ? locale.toString(local, QLocale::ShortFormat)
                    : locale.toString(local.time(), QLocale::ShortFormat);
}

QVariant SessionJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::JobInfo &job = m_jobs[std::size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case KindRole:
        return earnings::jobKindName(job.kind);
    case TimeRole:
        return tr("%1 – %2", "a job's start and end")
            .arg(localTime(job.start, false), localTime(job.end, false));
    case OperationsRole:
        return tr("%1 requests", "requests a job served").arg(locale.toString(job.operations));
    case PayRole:
        return app::formatMoney(job.payMicros, m_currency, locale);
    case FailedRole:
        return job.failed;
    case RunningRole:
        return job.running;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionJobsModel::roleNames() const
{
    return {{KindRole, "kind"},
            {TimeRole, "time"},
            {OperationsRole, "operations"},
            {PayRole, "pay"},
            {FailedRole, "failed"},
            {RunningRole, "running"},
            {Qt::DisplayRole, "display"}};
}

QString SessionJobsModel::sessionText() const
{
    if (!m_start.isValid())
        return {};
    return tr("%1 – %2", "a session's start and end")
        .arg(localTime(m_start, true), localTime(m_end, true));
}

QString SessionJobsModel::summaryText() const
{
    if (!m_start.isValid())
        return {};
    qint64 paid = 0;
    int failed = 0;
    for (const client::JobInfo &job : m_jobs) {
        paid += job.payMicros;
        failed += job.failed ? 1 : 0;
    }
    const QLocale locale;
    QString text = tr("%n job(s) paid %1 before the owner's share", "", count())
                       .arg(app::formatMoney(paid, m_currency, locale));
    if (failed > 0)
        text += QLatin1String("; ") + tr("%n failed and paid nothing", "", failed);
    if (m_cutBefore || m_cutAfter)
        text += QLatin1String("; ") + tr("only the jobs inside the chosen days are listed");
    return text;
}

void SessionJobsModel::setSession(const client::AmountsAt *session, const QString &currency,
                                  EarningsRange *range)
{
    beginResetModel();
    m_range = range;
    m_currency = currency;
    if (session) {
        m_jobs = session->jobs;
        m_start = session->start;
        m_end = session->end;
        m_cutBefore = session->cutBefore;
        m_cutAfter = session->cutAfter;
    } else {
        m_jobs.clear();
        m_start = m_end = {};
        m_cutBefore = m_cutAfter = false;
    }
    endResetModel();
    Q_EMIT jobsChanged();
}

void SessionJobsModel::retranslate()
{
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1));
    Q_EMIT jobsChanged();
}

} // namespace idlefleet::app
