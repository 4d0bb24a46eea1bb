#include "policyconflict.h"

#include "policyformat.h"

#include <QDateTime>
#include <QStringList>
#include <functional>

namespace idlefleet::app {
namespace {

QString yesNo(bool value)
{
    return value ? PolicyConflict::tr("On") : PolicyConflict::tr("Off");
}

QString orNone(qint64 value, const QString &text)
{
    return value == 0 ? PolicyConflict::tr("No limit") : text;
}

QString windowsText(const v1::Policy &p)
{
    if (p.windows_size() == 0)
        return PolicyConflict::tr("Any time");
    QStringList parts;
    for (const auto &w : p.windows())
        parts << PolicyConflict::tr("%1 %2–%3")
                     .arg(policytext::days(w.days_mask()), policytext::minute(w.start_minute()),
                          policytext::minute(w.end_minute()));
    return parts.join(QStringLiteral("; "));
}

QString tariffText(const v1::Policy &p)
{
    if (!p.has_tariff())
        return PolicyConflict::tr("None");
    const auto &t = p.tariff();
    const QString currency = QString::fromStdString(t.currency());
    QStringList parts{
        PolicyConflict::tr("%1 %2 by default")
            .arg(policytext::scaled(t.default_price_micros_per_kwh(), 6, 2), currency)};
    for (const auto &period : t.periods())
        parts << PolicyConflict::tr("%1 %2–%3: %4%5")
                     .arg(policytext::days(period.days_mask()),
                          policytext::minute(period.start_minute()),
                          policytext::minute(period.end_minute()),
                          policytext::scaled(period.price_micros_per_kwh(), 6, 2),
                          period.off_peak() ? PolicyConflict::tr(" (off-peak)") : QString());
    return parts.join(QStringLiteral("; "));
}

QString departuresText(const v1::Policy &p)
{
    if (p.departures_size() == 0)
        return PolicyConflict::tr("None");
    QStringList parts;
    for (const auto &d : p.departures())
        parts << PolicyConflict::tr("%1 %2, %3 %")
                     .arg(policytext::days(d.days_mask()), policytext::minute(d.minute()))
                     .arg(d.soc_percent());
    return parts.join(QStringLiteral("; "));
}

QString pausedText(const v1::Policy &p)
{
    if (!p.has_paused_until())
        return PolicyConflict::tr("Not paused");
    if (p.paused_until().seconds() >= 253402300799LL)
        return PolicyConflict::tr("Paused until resumed");
    const QDateTime until = QDateTime::fromSecsSinceEpoch(p.paused_until().seconds(), Qt::UTC);
    return PolicyConflict::tr("Paused until %1")
        .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

PolicyConflict::PolicyConflict(QObject *parent)
    : QObject(parent)
{}

void PolicyConflict::raise(const v1::Policy &mine, const v1::Policy &theirs, qint64 theirVersion,
                           const QString &source)
{
    m_active = true;
    m_theirs = theirs;
    m_theirVersion = theirVersion;
    m_source = source;
    m_differences = describeDifferences(mine, theirs);
    Q_EMIT changed();
}

void PolicyConflict::clear()
{
    if (!m_active)
        return;
    m_active = false;
    m_differences.clear();
    m_theirs.Clear();
    Q_EMIT changed();
}

QVariantList PolicyConflict::describeDifferences(const v1::Policy &mine, const v1::Policy &theirs)
{
    using Describe = std::function<QString(const v1::Policy &)>;
    const QString percent = QStringLiteral("%1 %");
    const std::vector<std::tuple<QString, QString, Describe>> fields{
        {QStringLiteral("enabled"), tr("Contributing allowed"),
         [](const v1::Policy &p) {
             return yesNo(p.enabled());
         }},
        {QStringLiteral("timeZone"), tr("Time zone"),
         [](const v1::Policy &p) {
             return QString::fromStdString(p.time_zone());
         }},
        {QStringLiteral("windows"), tr("Weekly windows"), windowsText},
        {QStringLiteral("minSocPercent"), tr("Battery floor"),
         [percent](const v1::Policy &p) {
             return percent.arg(p.min_soc_percent());
         }},
        {QStringLiteral("resumeSocPercent"), tr("Resume level"),
         [percent](const v1::Policy &p) {
             return p.resume_soc_percent() == 0 ? tr("Floor + 5 %")
                                                : percent.arg(p.resume_soc_percent());
         }},
        {QStringLiteral("requirePluggedIn"), tr("Only while plugged in"),
         [](const v1::Policy &p) {
             return yesNo(p.require_plugged_in());
         }},
        {QStringLiteral("tariff"), tr("Tariff"), tariffText},
        {QStringLiteral("offPeakOnly"), tr("Off-peak only"),
         [](const v1::Policy &p) {
             return yesNo(p.off_peak_only());
         }},
        {QStringLiteral("maxPriceMicrosPerKwh"), tr("Price limit"),
         [](const v1::Policy &p) {
             return orNone(p.max_price_micros_per_kwh(),
                           policytext::scaled(p.max_price_micros_per_kwh(), 6, 2));
         }},
        {QStringLiteral("requireProfitable"), tr("Only when profitable"),
         [](const v1::Policy &p) {
             return yesNo(p.require_profitable());
         }},
        {QStringLiteral("departures"), tr("Departures"), departuresText},
        {QStringLiteral("maxChipTempC"), tr("Computer temperature limit"),
         [](const v1::Policy &p) {
             return orNone(p.max_chip_temp_c(), tr("%1 °C").arg(p.max_chip_temp_c()));
         }},
        {QStringLiteral("maxDailyWh"), tr("Daily energy cap"),
         [](const v1::Policy &p) {
             return orNone(p.max_daily_wh(),
                           tr("%1 kWh").arg(policytext::scaled(p.max_daily_wh(), 3, 0)));
         }},
        {QStringLiteral("solarOnly"), tr("Only on solar surplus"),
         [](const v1::Policy &p) {
             return yesNo(p.solar_only());
         }},
        {QStringLiteral("maxCarbonGramsPerKwh"), tr("Carbon limit"),
         [](const v1::Policy &p) {
             return orNone(p.max_carbon_grams_per_kwh(),
                           tr("%1 g CO₂ per kWh").arg(p.max_carbon_grams_per_kwh()));
         }},
        {QStringLiteral("feedInMicrosPerKwh"), tr("Feed-in price"),
         [](const v1::Policy &p) {
             const qint64 micros = p.tariff().feed_in_micros_per_kwh();
             return micros == 0 ? tr("None") : policytext::scaled(micros, 6, 2);
         }},
        {QStringLiteral("batteryWearMicrosPerKwh"), tr("Battery wear"),
         [](const v1::Policy &p) {
             const qint64 micros = p.battery_wear_micros_per_kwh();
             return micros == 0 ? tr("None") : policytext::scaled(micros, 6, 2);
         }},
        {QStringLiteral("pausedUntil"), tr("Snooze"), pausedText},
    };
    QVariantList out;
    for (const auto &[field, label, describe] : fields) {
        const QString a = describe(mine);
        const QString b = describe(theirs);
        if (a != b)
            out.append(QVariantMap{{QStringLiteral("field"), field},
                                   {QStringLiteral("label"), label},
                                   {QStringLiteral("mine"), a},
                                   {QStringLiteral("theirs"), b}});
    }
    return out;
}

} // namespace idlefleet::app
