// PolicyEditor: the fields one by one, the snooze, the tariff presets and the JSON files.

#include "policy/eligibility.h"
#include "policy/policydocument.h"
#include "policy/zonerules.h"
#include "policyeditor.h"
#include "policyformat.h"
#include "tariffpresets.h"
#include "worldtime.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

namespace idlefleet::app {
namespace {

template<typename T>
struct NotDeduced
{
    using type = T;
};

/// Sets a scalar field of `fields` when the value differs; true when it did. The field's type
/// decides (protobuf's int64_t is not always qint64).
template<typename Value>
bool assign(v1::Policy &fields, typename NotDeduced<Value>::type value,
            Value (v1::Policy::*get)() const, void (v1::Policy::*set)(Value))
{
    if ((fields.*get)() == value)
        return false;
    (fields.*set)(value);
    return true;
}

/// The currency a new tariff starts with: the person's own, else EUR.
std::string defaultCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return code.size() == 3 ? code.toStdString() : std::string("EUR");
}

constexpr qint64 MaxImportBytes = 1024 * 1024;

} // namespace

void PolicyEditor::setFields(const v1::Policy &policy)
{
    m_fields = policy;
    m_hasTariff = policy.has_tariff();
    if (m_hasTariff)
        m_fields.mutable_tariff()->clear_periods();
    else
        m_fields.clear_tariff();
    m_fields.clear_windows();
    m_fields.clear_departures();
    m_windows.setWindows(policy.windows());
    m_periods.setPeriods(policy.tariff().periods());
    m_departures.setDepartures(policy.departures());
    m_inputErrors.clear();
    onEdited();
}

void PolicyEditor::setEnabled(bool on)
{
    if (assign(m_fields, on, &v1::Policy::enabled, &v1::Policy::set_enabled))
        onEdited();
}

void PolicyEditor::setTimeZone(const QString &zone)
{
    if (m_fields.time_zone() == zone.toStdString())
        return;
    m_fields.set_time_zone(zone.toStdString());
    onEdited();
}

void PolicyEditor::setMinSocPercent(int percent)
{
    if (assign(m_fields, percent, &v1::Policy::min_soc_percent, &v1::Policy::set_min_soc_percent))
        onEdited();
}

void PolicyEditor::setResumeSocPercent(int percent)
{
    if (assign(m_fields, percent, &v1::Policy::resume_soc_percent,
               &v1::Policy::set_resume_soc_percent))
        onEdited();
}

void PolicyEditor::setRequirePluggedIn(bool on)
{
    if (assign(m_fields, on, &v1::Policy::require_plugged_in, &v1::Policy::set_require_plugged_in))
        onEdited();
}

void PolicyEditor::setOffPeakOnly(bool on)
{
    if (assign(m_fields, on, &v1::Policy::off_peak_only, &v1::Policy::set_off_peak_only))
        onEdited();
}

void PolicyEditor::setMaxPriceMicrosPerKwh(double micros)
{
    if (assign(m_fields, qint64(micros), &v1::Policy::max_price_micros_per_kwh,
               &v1::Policy::set_max_price_micros_per_kwh))
        onEdited();
}

void PolicyEditor::setRequireProfitable(bool on)
{
    if (assign(m_fields, on, &v1::Policy::require_profitable, &v1::Policy::set_require_profitable))
        onEdited();
}

void PolicyEditor::setSolarOnly(bool on)
{
    if (assign(m_fields, on, &v1::Policy::solar_only, &v1::Policy::set_solar_only))
        onEdited();
}

void PolicyEditor::setMaxCarbonGramsPerKwh(int grams)
{
    if (assign(m_fields, grams, &v1::Policy::max_carbon_grams_per_kwh,
               &v1::Policy::set_max_carbon_grams_per_kwh))
        onEdited();
}

void PolicyEditor::setFeedInMicrosPerKwh(double micros)
{
    // Only a tariff has a feed-in price: without one there is nothing to set.
    if (!m_hasTariff || m_fields.tariff().feed_in_micros_per_kwh() == qint64(micros))
        return;
    m_fields.mutable_tariff()->set_feed_in_micros_per_kwh(qint64(micros));
    onEdited();
}

void PolicyEditor::setBatteryWearMicrosPerKwh(double micros)
{
    if (assign(m_fields, qint64(micros), &v1::Policy::battery_wear_micros_per_kwh,
               &v1::Policy::set_battery_wear_micros_per_kwh))
        onEdited();
}

double PolicyEditor::wearFromPack(double packPriceMicros, double usableWh, int ratedCycles) const
{
    // Beyond any real pack (10^15 micros, 10 GWh): nothing, rather than an overflow.
    if (!(packPriceMicros > 0 && packPriceMicros < 1e15 && usableWh > 0 && usableWh < 1e10))
        return 0;
    return double(
        policy::batteryWearMicrosPerKwh(qint64(packPriceMicros), qint64(usableWh), ratedCycles));
}

void PolicyEditor::setMaxChipTempC(int celsius)
{
    if (assign(m_fields, celsius, &v1::Policy::max_chip_temp_c, &v1::Policy::set_max_chip_temp_c))
        onEdited();
}

void PolicyEditor::setMaxDailyWh(double wattHours)
{
    if (assign(m_fields, qint64(wattHours), &v1::Policy::max_daily_wh,
               &v1::Policy::set_max_daily_wh))
        onEdited();
}

void PolicyEditor::setHasTariff(bool on)
{
    if (on == m_hasTariff)
        return;
    m_hasTariff = on;
    if (on && m_fields.tariff().currency().empty())
        m_fields.mutable_tariff()->set_currency(defaultCurrency());
    onEdited();
}

void PolicyEditor::setCurrency(const QString &code)
{
    const std::string value = code.trimmed().toStdString();
    if (m_fields.tariff().currency() == value)
        return;
    m_fields.mutable_tariff()->set_currency(value);
    onEdited();
}

double PolicyEditor::defaultPriceMicrosPerKwh() const
{
    return double(m_fields.tariff().default_price_micros_per_kwh());
}

void PolicyEditor::setDefaultPriceMicrosPerKwh(double micros)
{
    if (m_fields.tariff().default_price_micros_per_kwh() == qint64(micros))
        return;
    m_fields.mutable_tariff()->set_default_price_micros_per_kwh(qint64(micros));
    onEdited();
}

QDateTime PolicyEditor::pausedUntil() const
{
    return m_fields.has_paused_until()
               ? QDateTime::fromSecsSinceEpoch(m_fields.paused_until().seconds(), Qt::UTC)
               : QDateTime();
}

void PolicyEditor::setPausedUntil(const QDateTime &until)
{
    if (pausedUntil() == until)
        return;
    if (until.isValid()) {
        m_fields.mutable_paused_until()->set_seconds(
            qBound(qint64(0), until.toSecsSinceEpoch(), PauseForeverSeconds));
        m_fields.mutable_paused_until()->set_nanos(0);
    } else {
        m_fields.clear_paused_until();
    }
    onEdited();
}

QString PolicyEditor::pausedUntilText() const
{
    if (!m_fields.has_paused_until())
        return tr("Not paused");
    const qint64 seconds = m_fields.paused_until().seconds();
    if (seconds >= PauseForeverSeconds)
        return tr("Paused until you resume it");
    const QTimeZone zone(QByteArray::fromStdString(m_fields.time_zone()));
    const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
                             .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QString when = QLocale().toString(at, QStringLiteral("ddd d MMM yyyy, HH:mm"));
    return seconds <= WorldTime::nowSecs() ? tr("Was paused until %1 (over)").arg(when)
                                           : tr("Paused until %1").arg(when);
}

void PolicyEditor::snoozeFor(int minutes)
{
    setPausedUntil(WorldTime::now().addSecs(qint64(minutes) * 60));
}

void PolicyEditor::snoozeUntilTomorrow(int localMinute)
{
    const auto rules = policy::ZoneRules::forZone(QByteArray::fromStdString(m_fields.time_zone()));
    const qint64 now = WorldTime::nowSecs();
    const qint64 day = rules ? rules->localDay(now) : now / 86400;
    const qint64 at = rules ? rules->boundary(day + 1, qBound(0, localMinute, 1439))
                            : (day + 1) * 86400 + localMinute * 60;
    setPausedUntil(QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
}

void PolicyEditor::snoozeIndefinitely()
{
    setPausedUntil(QDateTime::fromSecsSinceEpoch(PauseForeverSeconds, Qt::UTC));
}

void PolicyEditor::resume()
{
    setPausedUntil({});
}

bool PolicyEditor::snoozeUntilText(const QString &text)
{
    const QString t = text.trimmed().replace(QLatin1Char('T'), QLatin1Char(' '));
    const QDateTime local = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    const QTimeZone zone(QByteArray::fromStdString(m_fields.time_zone()));
    if (!local.isValid() || !zone.isValid())
        return false;
    setPausedUntil(QDateTime(local.date(), local.time(), zone).toUTC());
    return true;
}

QVariantList PolicyEditor::tariffPresets() const
{
    QVariantList out;
    for (const TariffPreset &preset : app::tariffPresets())
        out.append(QVariantMap{{QStringLiteral("id"), preset.id},
                               {QStringLiteral("name"), preset.name},
                               {QStringLiteral("description"), preset.description}});
    return out;
}

bool PolicyEditor::applyTariffPreset(const QString &id)
{
    const bool keepPrice =
        m_hasTariff && id == QLatin1String("flat") && m_fields.tariff().currency().size() == 3;
    for (const TariffPreset &preset : app::tariffPresets(currency())) {
        if (preset.id != id)
            continue;
        v1::Tariff tariff = preset.tariff;
        if (keepPrice) // a flat rate keeps the owner's own price
            tariff.set_default_price_micros_per_kwh(
                m_fields.tariff().default_price_micros_per_kwh());
        m_hasTariff = true;
        m_periods.setPeriods(tariff.periods());
        tariff.clear_periods();
        *m_fields.mutable_tariff() = tariff;
        onEdited();
        return true;
    }
    return false;
}

void PolicyEditor::setFileMessages(const QString &importError, const QString &exportMessage,
                                   bool exportFailed)
{
    m_importError = importError;
    m_exportMessage = exportMessage;
    m_exportFailed = exportFailed;
    Q_EMIT fileMessageChanged();
}

bool PolicyEditor::importJson(const QByteArray &json)
{
    v1::Policy imported;
    QString error;
    if (!policy::parsePolicyJson(json, &imported, &error)) {
        setFileMessages(error, {});
        return false;
    }
    setFileMessages({}, {});
    m_notice.clear();
    setFields(imported); // edits on top of the version the car runs: Apply sends them
    Q_EMIT baseChanged();
    return true;
}

bool PolicyEditor::loadJson(const QByteArray &json, qint64 version)
{
    v1::Policy policy;
    QString error;
    if (!policy::parsePolicyJson(json, &policy, &error))
        return false;
    loadPolicy(policy, version);
    return true;
}

bool PolicyEditor::importFile(const QUrl &url)
{
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setFileMessages(tr("Cannot read %1: %2").arg(name, file.errorString()), {});
        return false;
    }
    if (file.size() > MaxImportBytes) {
        setFileMessages(tr("%1 is too large to be a policy.").arg(name), {});
        return false;
    }
    if (!importJson(file.readAll())) {
        setFileMessages(tr("%1: %2").arg(name, m_importError), {});
        return false;
    }
    return true;
}

QString PolicyEditor::exportJson() const
{
    return QString::fromUtf8(policy::policyToJson(policy()));
}

bool PolicyEditor::exportFile(const QUrl &url)
{
    if (!valid()) {
        setFileMessages({}, tr("Correct the marked fields before exporting."), true);
        return false;
    }
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(policy::policyToJson(policy())) < 0 ||
        !file.commit()) {
        setFileMessages({}, tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    setFileMessages({}, tr("Saved to %1").arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace idlefleet::app
