#pragma once

#include "fleetjob.h"
#include "reloadsoon.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace idlefleet::app {

/// A car's diagnostics timeline over the last `days` days, newest first, for a support engineer:
/// each event in plain words on the car's clock and in UTC, filtered by kind and by a search.
/// Ranges longer than one call may ask for (31 days) are fetched in parallel pieces.
class EventTimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleIdChanged)
    /// How far back the timeline reaches, 1..90 days (7 unless set).
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
    /// The car's IANA zone for local times; looked up from the car's policy when left empty.
    Q_PROPERTY(QString timeZone READ timeZone WRITE setTimeZone NOTIFY timeZoneChanged)
    /// The categories shown, as Category flags (all unless set).
    Q_PROPERTY(int categories READ categories WRITE setCategories NOTIFY categoriesChanged)
    /// Only events whose title, reasons or detail contain this text (case-insensitive).
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// When the events were fetched (UTC); the age of stale rows.
    Q_PROPERTY(QDateTime lastUpdated READ lastUpdated NOTIFY eventsChanged)
    /// Rows shown (after the filters).
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Events fetched (before the filters).
    Q_PROPERTY(int totalCount READ totalCount NOTIFY eventsChanged)

public:
    /// What an event is about; the filters switch these on and off.
    enum Category
    {
        Contribution = 0x01, ///< started, stopped, what blocks it
        Plugging = 0x02,     ///< plugged in, unplugged
        Jobs = 0x04,         ///< failed jobs
        Connectivity = 0x08, ///< connection lost and restored
        AccessKeys = 0x10,   ///< keys added and revoked
        Policy = 0x20,       ///< policy versions the car confirmed
        Other = 0x40,        ///< kinds this app does not know
        AllCategories = 0x7f
    };
    Q_ENUM(Category)

    enum Roles
    {
        AtRole = Qt::UserRole + 1, ///< when (QDateTime, UTC)
        LocalTimeRole,             ///< when on the car's clock, formatted
        UtcTimeRole,               ///< when in UTC, formatted
        KindRole,                  ///< client::EventInfo::Kind (int)
        CategoryRole,              ///< the Category it belongs to
        TitleRole,                 ///< what happened, in plain words
        ReasonsRole,               ///< why it does not contribute, in plain words (QStringList)
        ReasonCodesRole,           ///< the same reasons as the contract's codes (QStringList)
        DetailRole,                ///< the detail in plain words (a failed job's cause, a key)
        SocPercentRole,            ///< state of charge then, 0..100 (double)
        SocTextRole,               ///< state of charge then, formatted
    };
    Q_ENUM(Roles)

    explicit EventTimelineModel(QObject *parent = nullptr);
    ~EventTimelineModel() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &id);
    int days() const { return m_days; }
    void setDays(int days);
    QString timeZone() const { return m_timeZone; }
    void setTimeZone(const QString &zone);
    int categories() const { return m_categories; }
    void setCategories(int categories);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    bool loading() const { return m_pending > 0 || m_reloadSoon.isActive(); }
    QString errorMessage() const { return m_errorMessage; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    int count() const { return int(m_rows.size()); }
    int totalCount() const { return int(m_events.size()); }

    /// Switches one category on or off.
    Q_INVOKABLE void setCategoryEnabled(idlefleet::app::EventTimelineModel::Category category,
                                        bool enabled);
    /// Fetches again (a retry); also done by itself when the car or the range changes.
    Q_INVOKABLE void reload();
    /// The category of an event's kind.
    static Category categoryOf(client::EventInfo::Kind kind);
    /// The events as fetched, newest first, before the filters.
    const std::vector<client::EventInfo> &events() const { return m_events; }
    /// Says that every text changed (the app's language did).
    void retranslate();

    /// The longest range one call may ask for (the backend's limit) and the longest timeline.
    static constexpr int DaysPerCall = 31;
    static constexpr int MaxDays = 90;

Q_SIGNALS:
    void clientChanged();
    void vehicleIdChanged();
    void daysChanged();
    void timeZoneChanged();
    void categoriesChanged();
    void searchTextChanged();
    void loadingChanged();
    void errorMessageChanged();
    void eventsChanged();
    void countChanged();

private:
    void onEventsFetched();
    void applyFilters();
    bool matches(const client::EventInfo &event) const;
    void setErrorMessage(const QString &message);

    QPointer<client::FleetClient> m_client;
    QString m_vehicleId;
    int m_days = 7;
    QString m_timeZone;
    bool m_zoneFromPolicy = false; // m_timeZone was looked up, not set
    int m_categories = AllCategories;
    QString m_searchText;
    ReloadSoon m_reloadSoon;
    std::vector<client::EventsJob *> m_eventJobs; // the current fetch's calls
    QPointer<client::FleetJob> m_zoneJob;
    int m_pending = 0;
    quint64 m_generation = 0;                // answers of an older fetch are dropped
    std::vector<client::EventInfo> m_events; // newest first
    std::vector<int> m_rows;                 // indices into m_events that pass the filters
    QString m_errorMessage;
    QDateTime m_lastUpdated;
};

} // namespace idlefleet::app
