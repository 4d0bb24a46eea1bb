#pragma once

#include "departuresmodel.h"
#include "idlefleet/v1/policy.pb.h"
#include "localclient.h"
#include "policychange.h"
#include "policyconflict.h"
#include "policypreviewmodel.h"
#include "tariffperiodsmodel.h"
#include "weekwindowsmodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::client {
class FleetClient;
class VehiclePolicyJob;
} // namespace idlefleet::client

namespace idlefleet::policy {
struct FieldProblem;
}

namespace idlefleet::app {

/// The owner's policy editor for one car: loads the policy the car runs (with its version),
/// holds the person's edits field by field, shows the engine's message beside each invalid
/// field, previews the coming week, imports and exports the policy's JSON, and applies the
/// change through this computer's outbox, made from the version it started from. Field
/// properties carry the policy's own names (`minSocPercent`), so links can name them.
class PolicyEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    Q_MOC_INCLUDE("localclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    /// This installation's key and outbox: the session's (AppState.localClient), handed in by
    /// its page; replaced when the app enters or leaves demo mode.
    Q_PROPERTY(idlefleet::app::LocalClient *localClient READ localClient WRITE setLocalClient NOTIFY
                   localClientChanged REQUIRED)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadStateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadStateChanged)
    /// Why the policy could not be fetched (translated); empty when it was.
    Q_PROPERTY(QString loadError READ loadError NOTIFY loadStateChanged)
    /// The version the edits are made from.
    Q_PROPERTY(double version READ versionNumber NOTIFY baseChanged)
    /// A word about the policy being replaced by a newer one from the car (translated).
    Q_PROPERTY(QString notice READ notice NOTIFY baseChanged)
    /// How often a loaded policy is fetched again to see changes made elsewhere (0: never).
    Q_PROPERTY(int refreshIntervalMs READ refreshIntervalMs WRITE setRefreshIntervalMs NOTIFY
                   refreshIntervalMsChanged)
    /// The instant the preview starts its week from; invalid: the current time.
    Q_PROPERTY(QDateTime previewNow READ previewNow WRITE setPreviewNow NOTIFY previewNowChanged)

    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY fieldsChanged)
    Q_PROPERTY(QString timeZone READ timeZone WRITE setTimeZone NOTIFY fieldsChanged)
    Q_PROPERTY(int minSocPercent READ minSocPercent WRITE setMinSocPercent NOTIFY fieldsChanged)
    Q_PROPERTY(
        int resumeSocPercent READ resumeSocPercent WRITE setResumeSocPercent NOTIFY fieldsChanged)
    Q_PROPERTY(
        bool requirePluggedIn READ requirePluggedIn WRITE setRequirePluggedIn NOTIFY fieldsChanged)
    Q_PROPERTY(bool hasTariff READ hasTariff WRITE setHasTariff NOTIFY fieldsChanged)
    Q_PROPERTY(QString currency READ currency WRITE setCurrency NOTIFY fieldsChanged)
    Q_PROPERTY(double defaultPriceMicrosPerKwh READ defaultPriceMicrosPerKwh WRITE
                   setDefaultPriceMicrosPerKwh NOTIFY fieldsChanged)
    Q_PROPERTY(bool offPeakOnly READ offPeakOnly WRITE setOffPeakOnly NOTIFY fieldsChanged)
    Q_PROPERTY(double maxPriceMicrosPerKwh READ maxPriceMicrosPerKwh WRITE setMaxPriceMicrosPerKwh
                   NOTIFY fieldsChanged)
    Q_PROPERTY(bool requireProfitable READ requireProfitable WRITE setRequireProfitable NOTIFY
                   fieldsChanged)
    Q_PROPERTY(bool solarOnly READ solarOnly WRITE setSolarOnly NOTIFY fieldsChanged)
    Q_PROPERTY(int maxCarbonGramsPerKwh READ maxCarbonGramsPerKwh WRITE setMaxCarbonGramsPerKwh
                   NOTIFY fieldsChanged)
    Q_PROPERTY(double feedInMicrosPerKwh READ feedInMicrosPerKwh WRITE setFeedInMicrosPerKwh NOTIFY
                   fieldsChanged)
    Q_PROPERTY(double batteryWearMicrosPerKwh READ batteryWearMicrosPerKwh WRITE
                   setBatteryWearMicrosPerKwh NOTIFY fieldsChanged)
    Q_PROPERTY(int maxChipTempC READ maxChipTempC WRITE setMaxChipTempC NOTIFY fieldsChanged)
    Q_PROPERTY(double maxDailyWh READ maxDailyWh WRITE setMaxDailyWh NOTIFY fieldsChanged)
    /// The snooze: no contribution before this instant (UTC); invalid: not paused.
    Q_PROPERTY(QDateTime pausedUntil READ pausedUntil WRITE setPausedUntil NOTIFY fieldsChanged)
    /// The snooze in the car's time zone, for a person (translated).
    Q_PROPERTY(QString pausedUntilText READ pausedUntilText NOTIFY fieldsChanged)

    Q_PROPERTY(idlefleet::app::WeekWindowsModel *windows READ windows CONSTANT)
    Q_PROPERTY(idlefleet::app::TariffPeriodsModel *tariffPeriods READ tariffPeriods CONSTANT)
    Q_PROPERTY(idlefleet::app::DeparturesModel *departures READ departures CONSTANT)
    Q_PROPERTY(idlefleet::app::PolicyPreviewModel *preview READ preview CONSTANT)
    Q_PROPERTY(idlefleet::app::PolicyChange *change READ change CONSTANT)
    Q_PROPERTY(idlefleet::app::PolicyConflict *conflict READ conflict CONSTANT)

    /// The engine's message for every invalid field, by the field's path without `policy.`:
    /// `minSocPercent`, `tariff.currency`, `windows[1].endMinute`; a list's first message also
    /// under the list's name (`windows`, `tariff.periods`, `departures`).
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY validityChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY validityChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY validityChanged)
    /// The edits differ from the policy the car runs.
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    /// Apply would do something now: loaded, valid, changed, nothing in flight, no conflict.
    Q_PROPERTY(bool canApply READ canApply NOTIFY canApplyChanged)
    Q_PROPERTY(QString importError READ importError NOTIFY fileMessageChanged)
    /// Where the last export went, or why it failed (exportFailed).
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY fileMessageChanged)
    Q_PROPERTY(bool exportFailed READ exportFailed NOTIFY fileMessageChanged)
    /// [{id, name, description}] of the tariff presets.
    Q_PROPERTY(QVariantList tariffPresets READ tariffPresets CONSTANT)

public:
    explicit PolicyEditor(QObject *parent = nullptr);
    ~PolicyEditor() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);
    LocalClient *localClient() const;
    void setLocalClient(LocalClient *local);

    QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &id);
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    qint64 version() const { return m_version; }
    double versionNumber() const { return double(m_version); }
    QString notice() const { return m_refreshProblem.isEmpty() ? m_notice : m_refreshProblem; }
    int refreshIntervalMs() const { return m_refreshTimer.interval(); }
    void setRefreshIntervalMs(int ms);
    QDateTime previewNow() const { return m_previewNow; }
    void setPreviewNow(const QDateTime &now);

    bool enabled() const { return m_fields.enabled(); }
    void setEnabled(bool on);
    QString timeZone() const { return QString::fromStdString(m_fields.time_zone()); }
    void setTimeZone(const QString &zone);
    int minSocPercent() const { return m_fields.min_soc_percent(); }
    void setMinSocPercent(int percent);
    int resumeSocPercent() const { return m_fields.resume_soc_percent(); }
    void setResumeSocPercent(int percent);
    bool requirePluggedIn() const { return m_fields.require_plugged_in(); }
    void setRequirePluggedIn(bool on);
    bool hasTariff() const { return m_hasTariff; }
    void setHasTariff(bool on);
    QString currency() const { return QString::fromStdString(m_fields.tariff().currency()); }
    void setCurrency(const QString &code);
    double defaultPriceMicrosPerKwh() const;
    void setDefaultPriceMicrosPerKwh(double micros);
    bool offPeakOnly() const { return m_fields.off_peak_only(); }
    void setOffPeakOnly(bool on);
    double maxPriceMicrosPerKwh() const { return double(m_fields.max_price_micros_per_kwh()); }
    void setMaxPriceMicrosPerKwh(double micros);
    bool requireProfitable() const { return m_fields.require_profitable(); }
    void setRequireProfitable(bool on);
    bool solarOnly() const { return m_fields.solar_only(); }
    void setSolarOnly(bool on);
    int maxCarbonGramsPerKwh() const { return m_fields.max_carbon_grams_per_kwh(); }
    void setMaxCarbonGramsPerKwh(int grams);
    double feedInMicrosPerKwh() const { return double(m_fields.tariff().feed_in_micros_per_kwh()); }
    void setFeedInMicrosPerKwh(double micros);
    double batteryWearMicrosPerKwh() const
    {
        return double(m_fields.battery_wear_micros_per_kwh());
    }
    void setBatteryWearMicrosPerKwh(double micros);
    /// The battery's wear per kWh from its pack's price (micros of the tariff's currency), its
    /// usable energy and its rated full cycles: the Energy card's helper.
    Q_INVOKABLE double wearFromPack(double packPriceMicros, double usableWh, int ratedCycles) const;
    int maxChipTempC() const { return m_fields.max_chip_temp_c(); }
    void setMaxChipTempC(int celsius);
    double maxDailyWh() const { return double(m_fields.max_daily_wh()); }
    void setMaxDailyWh(double wattHours);
    QDateTime pausedUntil() const;
    void setPausedUntil(const QDateTime &until);
    QString pausedUntilText() const;

    WeekWindowsModel *windows() { return &m_windows; }
    TariffPeriodsModel *tariffPeriods() { return &m_periods; }
    DeparturesModel *departures() { return &m_departures; }
    PolicyPreviewModel *preview() { return &m_preview; }
    PolicyChange *change() { return &m_change; }
    PolicyConflict *conflict() { return &m_conflict; }

    QVariantMap errors() const { return m_errors; }
    bool valid() const { return m_errors.isEmpty(); }
    int errorCount() const { return m_errorCount; }
    bool dirty() const { return m_dirty; }
    bool canApply() const;
    QString importError() const { return m_importError; }
    QString exportMessage() const { return m_exportMessage; }
    bool exportFailed() const { return m_exportFailed; }
    QVariantList tariffPresets() const;

    /// The policy as edited.
    v1::Policy policy() const;
    /// Shows `policy` as the one the car runs at `version` (no edits).
    void loadPolicy(const v1::Policy &policy, qint64 version);

    /// Shows a policy document as the one the car runs at `version` (a policy kept offline, and
    /// the tests); false when it is not a valid policy.
    Q_INVOKABLE bool loadJson(const QByteArray &json, qint64 version);
    /// Fetches the car's policy again (a retry after an error, or to look for changes).
    Q_INVOKABLE void reload();
    /// Sends the edits to the car through the outbox.
    Q_INVOKABLE bool apply();
    /// Drops the edits: back to the policy the car runs.
    Q_INVOKABLE void revert();
    /// A conflict: send my edits over the car's current policy, or take the car's.
    Q_INVOKABLE void keepMine();
    Q_INVOKABLE void keepTheirs();
    /// A field's text that is not a value at all (`abc` for a percentage): the message shown
    /// beside it, which keeps Apply disabled. Empty clears it.
    Q_INVOKABLE void setInputError(const QString &field, const QString &message);
    Q_INVOKABLE bool importJson(const QByteArray &json);
    Q_INVOKABLE bool importFile(const QUrl &file);
    Q_INVOKABLE QString exportJson() const;
    Q_INVOKABLE bool exportFile(const QUrl &file);
    Q_INVOKABLE bool applyTariffPreset(const QString &id);
    /// Snooze shortcuts: for some minutes, until a local time tomorrow, until resumed, resume.
    Q_INVOKABLE void snoozeFor(int minutes);
    Q_INVOKABLE void snoozeUntilTomorrow(int localMinute);
    Q_INVOKABLE void snoozeIndefinitely();
    Q_INVOKABLE void resume();
    /// Snooze until "2026-11-30 08:00" in the car's zone; false when the text is not a time.
    Q_INVOKABLE bool snoozeUntilText(const QString &text);

    /// The snooze that never ends on its own (spec/policy.md).
    static constexpr qint64 PauseForeverSeconds = 253402300799LL;

    /// A field's problem as a sentence for a person, in the app's language, to show beside the
    /// field (the engine's message names JSON paths: it stays for files and the command line).
    static QString describeProblem(const policy::FieldProblem &problem);

Q_SIGNALS:
    void clientChanged();
    void localClientChanged();
    void vehicleIdChanged();
    void loadStateChanged();
    void baseChanged();
    void refreshIntervalMsChanged();
    void previewNowChanged();
    void fieldsChanged();
    void validityChanged();
    void dirtyChanged();
    void canApplyChanged();
    void fileMessageChanged();

private:
    void fetch(bool quietly);
    void onFetched(const v1::Policy &policy, qint64 version);
    void checkPairing();
    void keepDraft();
    void restoreDraft();
    void setFields(const v1::Policy &policy);
    void onEdited();
    void revalidate();
    void updateDirty();
    void schedulePreview();
    void computePreview();
    void setLoadState(bool loading, bool loaded, const QString &error);
    void setFileMessages(const QString &importError, const QString &exportMessage,
                         bool exportFailed = false);
    void updateCanApply();
    void onConfirmed(qint64 version, const v1::Policy &policy);
    void onConflicted(qint64 version, const v1::Policy &current);
    qint64 nowSeconds() const;

    QPointer<client::FleetClient> m_fleet;
    QPointer<LocalClient> m_local;
    QString m_vehicleId;
    QPointer<client::VehiclePolicyJob> m_job;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_loadError;
    QString m_notice;
    QString m_refreshProblem; ///< the last quiet refetch failed
    qint64 m_version = 0;
    v1::Policy m_base;   ///< what the car runs at m_version
    v1::Policy m_fields; ///< the scalar fields and the tariff's currency and default price
    bool m_hasTariff = false;
    WeekWindowsModel m_windows;
    TariffPeriodsModel m_periods;
    DeparturesModel m_departures;
    PolicyPreviewModel m_preview;
    PolicyChange m_change;
    PolicyConflict m_conflict;
    QVariantMap m_errors;
    QVariantMap m_inputErrors;
    int m_errorCount = 0;
    bool m_dirty = false;
    bool m_canApply = false;
    QString m_importError;
    QString m_exportMessage;
    bool m_exportFailed = false;
    QDateTime m_previewNow;
    QTimer m_previewTimer;
    QTimer m_refreshTimer;
};

} // namespace idlefleet::app
