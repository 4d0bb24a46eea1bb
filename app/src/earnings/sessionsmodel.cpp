#include "sessionsmodel.h"

#include "earningsfetch.h"
#include "earningsformat.h"
#include "earningsrange.h"
#include "preferences.h"

#include <QLocale>
#include <algorithm>

namespace idlefleet::app {

using earnings::EarningsFetch;

SessionsModel::SessionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, [this] {
            if (count() > 0)
                Q_EMIT dataChanged(index(0, 0), index(count() - 1, ColumnCount - 1));
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
            m_selectedJobs.retranslate();
        });
    connect(&m_reloadSoon, &ReloadSoon::timeout, this, &SessionsModel::reload);
    connect(&m_reloadSoon, &ReloadSoon::activeChanged, this, &SessionsModel::loadingChanged);
}

SessionsModel::~SessionsModel() = default;

client::FleetClient *SessionsModel::client() const
{
    return m_client;
}

void SessionsModel::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
    if (m_range)
        m_reloadSoon.start();
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 SessionsModel::sortValue(const client::AmountsAt &session, int column) const
{
    const client::Amounts &a = session.amounts;
    switch (column) {
    case StartColumn:
        return session.start.toSecsSinceEpoch();
    case EndColumn:
        return session.end.toSecsSinceEpoch();
    case DurationColumn:
        return session.start.secsTo(session.end);
    case JobsColumn:
        return qint64(session.jobs.size());
    case EnergyColumn:
        return a.energyWh;
    case CostColumn:
        return a.costMicros;
    case EarnedColumn:
        return a.ownerMicros;
    case NetColumn:
        return a.netMicros;
    default:
        return 0;
    }
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::AmountsAt &session = m_sessions[std::size_t(index.row())];
    const qint64 value = sortValue(session, index.column());
    if (role == SortValueRole)
        return value;
    if (role == NegativeRole)
        return index.column() >= CostColumn && value < 0;
    if (role == CutRole)
        return (index.column() == StartColumn && session.cutBefore) ||
               (index.column() == EndColumn && session.cutAfter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case StartColumn:
    case EndColumn: {
        // A session the car is still in has no end yet.
        if (index.column() == EndColumn && session.running)
            return tr("Still running", "a contribution session without an end yet");
        const QDateTime at = index.column() == StartColumn ? session.start : session.end;
        return locale.toString(m_range ? m_range->toLocal(at) : at, QLocale::ShortFormat);
    }
    case DurationColumn:
        return tr("%1 h %2 min", "a duration")
            .arg(value / 3600)
            .arg(locale.toString((value % 3600) / 60).rightJustified(2, locale.zeroDigit().at(0)));
    case JobsColumn:
        return locale.toString(value);
    case EnergyColumn:
        return earnings::formatEnergy(value, locale);
    default:
        return app::formatMoney(value, m_currency, locale);
    }
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Duration");
    case JobsColumn:
        return tr("Jobs");
    case EnergyColumn:
        return tr("Energy");
    case CostColumn:
        return tr("Cost");
    case EarnedColumn:
        return tr("Earned");
    case NetColumn:
        return tr("Net");
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{SortValueRole, "sortValue"}, {NegativeRole, "negative"}, {CutRole, "cut"}});
    return names;
}

void SessionsModel::sortRows()
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_sessions.begin(), m_sessions.end(),
                     [this, column, ascending](const auto &a, const auto &b) {
                         const qint64 x = sortValue(a, column);
                         const qint64 y = sortValue(b, column);
                         return ascending ? x < y : y < x;
                     });
}

void SessionsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    m_sortColumn = column;
    m_sortOrder = order;
    // Where each persistent row's session went, known by its start and end.
    const std::vector<client::AmountsAt> old = m_sessions;
    sortRows();
    QModelIndexList after;
    for (const QModelIndex &index : before) {
        const client::AmountsAt &session = old[std::size_t(index.row())];
        const auto it = std::find_if(m_sessions.begin(), m_sessions.end(), [&](const auto &s) {
            return s.start == session.start && s.end == session.end;
        });
        after.append(this->index(int(it - m_sessions.begin()), index.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortChanged();
    if (m_selectedStart.isValid())
        Q_EMIT selectedRowChanged();
}

bool SessionsModel::anyCut() const
{
    return std::any_of(m_sessions.begin(), m_sessions.end(),
                       [](const auto &s) { return s.cutBefore || s.cutAfter; });
}

int SessionsModel::selectedRow() const
{
    if (!m_selectedStart.isValid())
        return -1;
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [this](const auto &s) { return s.start == m_selectedStart; });
    return it == m_sessions.end() ? -1 : int(it - m_sessions.begin());
}

void SessionsModel::setSelectedRow(int row)
{
    const QDateTime start =
        row >= 0 && row < count() ? m_sessions[std::size_t(row)].start : QDateTime();
    if (start == m_selectedStart)
        return;
    m_selectedStart = start;
    showSelectedJobs();
    Q_EMIT selectedRowChanged();
}

void SessionsModel::showSelectedJobs()
{
    const int row = selectedRow();
    m_selectedJobs.setSession(row >= 0 ? &m_sessions[std::size_t(row)] : nullptr, m_currency,
                              m_range);
}

void SessionsModel::sortBy(int column)
{
    if (column == m_sortColumn)
        return sort(column,
                    m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    // Largest first: the newest session, the longest, the most earned.
    sort(column, Qt::DescendingOrder);
}

void SessionsModel::setRange(EarningsRange *range)
{
    if (m_range == range)
        return;
    if (m_range)
        disconnect(m_range, nullptr, this, nullptr);
    m_range = range;
    if (m_range) {
        // The period does not change the sessions, only the days do.
        connect(m_range, &EarningsRange::changed, this, [this] {
            if (m_range->from() != m_lastFrom || m_range->to() != m_lastTo)
                m_reloadSoon.start();
        });
        connect(m_range, &EarningsRange::vehicleChanged, this, [this] {
            m_selectedStart = {};
            m_reloadSoon.start();
        });
        m_reloadSoon.start();
    }
    Q_EMIT rangeChanged();
}

void SessionsModel::reload()
{
    m_reloadSoon.stop();
    if (!m_range || !m_range->ready())
        return;
    const bool wasLoading = loading();
    delete m_fetch;
    m_lastFrom = m_range->from();
    m_lastTo = m_range->to();
    m_fetch =
        new EarningsFetch(m_client, m_range->vehicleId(), m_range->timeZone(), m_lastFrom, m_lastTo,
                          EarningsFetch::What::Sessions, EarningsFetch::Period::Day, this);
    m_fetch->setWithJobs(true);
    connect(m_fetch, &EarningsFetch::finished, this, &SessionsModel::onFetched);
    m_fetch->start();
    if (!wasLoading)
        Q_EMIT loadingChanged();
}

void SessionsModel::onFetched()
{
    EarningsFetch *fetch = m_fetch;
    m_fetch = nullptr;
    fetch->deleteLater();
    if (fetch->failed()) {
        m_errorMessage = fetch->errorString();
        Q_EMIT errorMessageChanged();
    } else {
        beginResetModel();
        m_sessions = fetch->result().entries;
        m_currency = fetch->result().currency;
        sortRows();
        m_lastUpdated = QDateTime::currentDateTimeUtc();
        endResetModel();
        // The chosen session stays chosen when it is still in the range.
        if (selectedRow() < 0)
            m_selectedStart = {};
        showSelectedJobs();
        Q_EMIT selectedRowChanged();
        if (!m_errorMessage.isEmpty()) {
            m_errorMessage.clear();
            Q_EMIT errorMessageChanged();
        }
        Q_EMIT sessionsChanged();
    }
    Q_EMIT loadingChanged();
}

} // namespace idlefleet::app
