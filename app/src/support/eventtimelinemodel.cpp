#include "eventtimelinemodel.h"

#include "fleetclient.h"
#include "preferences.h"
#include "reasons.h"
#include "supporttext.h"
#include "worldtime.h"

#include <QLocale>
#include <algorithm>

namespace idlefleet::app {

using client::EventInfo;
using client::FleetJob;
using support::SupportText;

namespace {

QStringList describedReasons(const EventInfo &event)
{
    QStringList texts;
    texts.reserve(event.reasons.size());
    for (const QString &code : event.reasons)
        texts.append(Reasons::sentence(code, Reasons::Audience::Other));
    return texts;
}

} // namespace

EventTimelineModel::EventTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, &EventTimelineModel::retranslate);
    // Several changes in one go (car, range) cost one fetch.
    connect(&m_reloadSoon, &ReloadSoon::timeout, this, &EventTimelineModel::reload);
    connect(&m_reloadSoon, &ReloadSoon::activeChanged, this, &EventTimelineModel::loadingChanged);
}

EventTimelineModel::~EventTimelineModel() = default;

client::FleetClient *EventTimelineModel::client() const
{
    return m_client;
}

void EventTimelineModel::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
    if (!m_vehicleId.isEmpty())
        m_reloadSoon.start();
}

int EventTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant EventTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventInfo &event = m_events[std::size_t(m_rows[std::size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return SupportText::eventTitle(event.kind);
    case AtRole:
        return event.at;
    case LocalTimeRole:
        return SupportText::dateTime(event.at, m_timeZone);
    case UtcTimeRole:
        return SupportText::dateTime(event.at, QStringLiteral("UTC"));
    case KindRole:
        return int(event.kind);
    case CategoryRole:
        return int(categoryOf(event.kind));
    case ReasonsRole:
        return describedReasons(event);
    case ReasonCodesRole:
        return event.reasons;
    case DetailRole:
        return SupportText::eventDetail(event);
    case SocPercentRole:
        return event.socPercent;
    case SocTextRole:
        // Keys and policies change on the backend's side: the car's charge is not part of them.
        if (event.kind == client::EventInfo::KeyAdded ||
            event.kind == client::EventInfo::KeyRevoked ||
            event.kind == client::EventInfo::PolicyChanged)
            return QString();
        return tr("%1%", "state of charge").arg(QLocale().toString(qRound(event.socPercent)));
    default:
        return {};
    }
}

QHash<int, QByteArray> EventTimelineModel::roleNames() const
{
    return {{AtRole, "at"},
            {LocalTimeRole, "localTime"},
            {UtcTimeRole, "utcTime"},
            {KindRole, "kind"},
            {CategoryRole, "category"},
            {TitleRole, "title"},
            {ReasonsRole, "reasons"},
            {ReasonCodesRole, "reasonCodes"},
            {DetailRole, "detail"},
            {SocPercentRole, "socPercent"},
            {SocTextRole, "socText"}};
}

EventTimelineModel::Category EventTimelineModel::categoryOf(EventInfo::Kind kind)
{
    switch (kind) {
    case EventInfo::ContributionStarted:
    case EventInfo::ContributionStopped:
    case EventInfo::BlockingChanged:
        return Contribution;
    case EventInfo::PluggedIn:
    case EventInfo::Unplugged:
        return Plugging;
    case EventInfo::JobFailed:
        return Jobs;
    case EventInfo::ConnectionLost:
    case EventInfo::ConnectionRestored:
        return Connectivity;
    case EventInfo::KeyAdded:
    case EventInfo::KeyRevoked:
        return AccessKeys;
    case EventInfo::PolicyChanged:
        return Policy;
    case EventInfo::Unknown:
        break;
    }
    return Other;
}

void EventTimelineModel::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    m_vehicleId = id;
    // Another car's rows are not stale rows of this one.
    beginResetModel();
    m_events.clear();
    m_rows.clear();
    endResetModel();
    if (m_zoneFromPolicy) {
        m_timeZone.clear();
        m_zoneFromPolicy = false;
        Q_EMIT timeZoneChanged();
    }
    m_lastUpdated = {};
    setErrorMessage({});
    Q_EMIT eventsChanged();
    Q_EMIT countChanged();
    Q_EMIT vehicleIdChanged();
    m_reloadSoon.start();
}

void EventTimelineModel::setDays(int days)
{
    days = std::clamp(days, 1, MaxDays);
    if (m_days == days)
        return;
    m_days = days;
    Q_EMIT daysChanged();
    m_reloadSoon.start();
}

void EventTimelineModel::setTimeZone(const QString &zone)
{
    m_zoneFromPolicy = false;
    if (m_timeZone == zone)
        return;
    m_timeZone = zone;
    Q_EMIT timeZoneChanged();
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1), {LocalTimeRole});
}

void EventTimelineModel::setCategories(int categories)
{
    categories &= AllCategories;
    if (m_categories == categories)
        return;
    m_categories = categories;
    Q_EMIT categoriesChanged();
    applyFilters();
}

void EventTimelineModel::setCategoryEnabled(Category category, bool enabled)
{
    setCategories(enabled ? (m_categories | category) : (m_categories & ~category));
}

void EventTimelineModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged();
    applyFilters();
}

void EventTimelineModel::reload()
{
    m_reloadSoon.stop();
    const bool wasLoading = loading();
    ++m_generation;
    for (FleetJob *job : m_eventJobs)
        job->deleteLater();
    m_eventJobs.clear();
    if (m_zoneJob)
        m_zoneJob->deleteLater();
    m_pending = 0;
    if (m_vehicleId.isEmpty()) {
        if (wasLoading)
            Q_EMIT loadingChanged();
        return;
    }
    if (!m_client) {
        setErrorMessage(tr("Not connected to the fleet backend."));
        if (wasLoading)
            Q_EMIT loadingChanged();
        return;
    }
    const quint64 generation = m_generation;
    const qint64 to = WorldTime::nowSecs();
    const qint64 from = to - qint64(m_days) * 86400;
    for (qint64 start = from; start < to;) {
        const qint64 end = std::min(to, start + qint64(DaysPerCall) * 86400);
        client::EventsJob *job =
            m_client->fetchEvents(m_vehicleId, QDateTime::fromSecsSinceEpoch(start, Qt::UTC),
                                  QDateTime::fromSecsSinceEpoch(end, Qt::UTC), this);
        connect(job, &FleetJob::finished, this, [this, generation] {
            if (generation == m_generation && --m_pending == 0)
                onEventsFetched();
        });
        m_eventJobs.push_back(job);
        ++m_pending;
        start = end;
    }
    // The car's clock: its zone is part of its policy.
    if (m_timeZone.isEmpty() || m_zoneFromPolicy) {
        client::VehiclePolicyJob *job = m_client->fetchPolicy(m_vehicleId, this);
        connect(job, &FleetJob::finished, this, [this, job, generation] {
            job->deleteLater();
            if (generation != m_generation)
                return;
            if (job->error() == FleetJob::NoError && (m_timeZone.isEmpty() || m_zoneFromPolicy)) {
                const QString zone = QString::fromStdString(job->result().policy.time_zone());
                setTimeZone(zone);
                m_zoneFromPolicy = true;
            }
        });
        m_zoneJob = job;
    }
    if (!wasLoading)
        Q_EMIT loadingChanged();
}

void EventTimelineModel::onEventsFetched()
{
    std::vector<EventInfo> merged;
    QString error;
    for (client::EventsJob *events : m_eventJobs) {
        if (events->error() == FleetJob::NoError) {
            merged.insert(merged.end(), events->result().begin(), events->result().end());
            continue;
        }
        error = SupportText::callError(events->error(), events->errorString(), m_vehicleId);
        break;
    }
    if (error.isEmpty()) {
        std::stable_sort(merged.begin(), merged.end(),
                         [](const EventInfo &a, const EventInfo &b) { return a.at > b.at; });
        beginResetModel();
        m_events = std::move(merged);
        m_rows.clear();
        for (int i = 0; i < int(m_events.size()); ++i) {
            if (matches(m_events[std::size_t(i)]))
                m_rows.push_back(i);
        }
        m_lastUpdated = QDateTime::currentDateTimeUtc();
        endResetModel();
        Q_EMIT eventsChanged();
        Q_EMIT countChanged();
    }
    for (FleetJob *job : m_eventJobs)
        job->deleteLater();
    m_eventJobs.clear();
    setErrorMessage(error);
    Q_EMIT loadingChanged();
}

void EventTimelineModel::applyFilters()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < int(m_events.size()); ++i) {
        if (matches(m_events[std::size_t(i)]))
            m_rows.push_back(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

bool EventTimelineModel::matches(const EventInfo &event) const
{
    if (!(m_categories & categoryOf(event.kind)))
        return false;
    const QString needle = m_searchText.trimmed();
    if (needle.isEmpty())
        return true;
    const QStringList texts = QStringList{SupportText::eventTitle(event.kind),
                                          SupportText::eventDetail(event), event.detail} +
                              describedReasons(event) + event.reasons;
    return std::any_of(texts.begin(), texts.end(), [&needle](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    });
}

void EventTimelineModel::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void EventTimelineModel::retranslate()
{
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1));
    if (!m_searchText.trimmed().isEmpty())
        applyFilters();
}

} // namespace idlefleet::app
