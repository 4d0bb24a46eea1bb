#include "fleetoverview.h"

#include "fleetclient.h"
#include "money.h"
#include "moneyformat.h"
#include "payloadhelpers.h"
#include "payloads.h"
#include "preferences.h"
#include "reasons.h"
#include "worldtime.h"

#include <QLocale>
#include <map>

namespace idlefleet::app {

FleetOverview::FleetOverview(QObject *parent)
    : QObject(parent)
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, &FleetOverview::reload);
}

FleetOverview::~FleetOverview()
{
    delete m_job;
}

client::FleetClient *FleetOverview::client() const
{
    return m_client;
}

void FleetOverview::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
}

void FleetOverview::setDays(int days)
{
    days = std::clamp(days, 1, 31);
    if (days == m_days)
        return;
    m_days = days;
    Q_EMIT daysChanged();
    reload();
}

double FleetOverview::contributingShare() const
{
    return m_vehicleCount > 0 ? 100.0 * m_contributingNow / m_vehicleCount : 0.0;
}

QString FleetOverview::solarShareText(qint64 solarWh, qint64 energyWh)
{
    const qint64 percent = solarPercent(solarWh, energyWh);
    return percent < 0 ? QStringLiteral("–") : tr("%1%").arg(QLocale().toString(percent));
}

QString FleetOverview::intensityText(qint64 carbonGrams, qint64 gridWh, qint64 carbonUnknownWh)
{
    const qint64 grams = gramsPerKwh(carbonGrams, gridWh, carbonUnknownWh);
    return grams < 0 ? QStringLiteral("–") : tr("%1 g/kWh").arg(QLocale().toString(grams));
}

void FleetOverview::reload()
{
    if (!m_client)
        return;
    delete m_job;
    const QDateTime to = WorldTime::now();
    auto *job = m_client->fetchOrganisationSummary(to.addDays(-m_days), to, this);
    m_job = job;
    Q_EMIT changed();
    connect(job, &client::FleetJob::finished, this, [this, job] {
        job->deleteLater();
        m_job = nullptr;
        if (job->error() != client::FleetJob::NoError) {
            // What was shown stays, marked by the message.
            m_errorMessage = job->errorString();
            Q_EMIT changed();
            return;
        }
        const v1::OrganisationSummary &summary = job->result();
        const QLocale locale;
        m_errorMessage.clear();
        m_loaded = true;
        m_observedAt = QDateTime::fromSecsSinceEpoch(summary.observed_at().seconds(), Qt::UTC);
        m_vehicleCount = summary.vehicle_count();
        m_contributingNow = summary.contributing_now();
        m_onlineNow = summary.online_now();
        m_pluggedInNow = summary.plugged_in_now();
        m_drivingNow = summary.driving_now();
        m_reasons.clear();
        m_reasonMax = 0;
        for (const auto &reason : summary.blocking_reasons()) {
            const QString code = QString::fromStdString(reason.code());
            const QString text = Reasons::sentence(code, Reasons::Audience::Other);
            m_reasons.append(QVariantMap{{QStringLiteral("code"), code},
                                         {QStringLiteral("text"), text},
                                         {QStringLiteral("vehicles"), reason.vehicles()}});
            m_reasonMax = std::max(m_reasonMax, reason.vehicles());
        }
        m_groups.clear();
        m_groupNames.clear();
        // The groups a filter or a bulk policy can name: those with cars now.
        for (const auto &group : summary.groups()) {
            if (!group.name().empty() && group.vehicles() > 0)
                m_groupNames.append(QString::fromStdString(group.name()));
        }
        for (const auto &group : summary.groups()) {
            // Energy and carbon add up across currencies (money never does).
            client::Amounts energy;
            QStringList net;
            for (const auto &currency : group.currencies()) {
                energy.add(client::payloadhelpers::amountsOf(currency.totals()));
                if (currency.totals().entries() > 0)
                    net.append(formatMoney(currency.totals().net_micros(),
                                           QString::fromStdString(currency.currency()), locale));
            }
            m_groups.append(QVariantMap{
                {QStringLiteral("name"), QString::fromStdString(group.name())},
                {QStringLiteral("vehicles"), group.vehicles()},
                {QStringLiteral("contributing"), group.contributing_now()},
                {QStringLiteral("hasEnergy"), energy.energyWh > 0},
                {QStringLiteral("energy"), tr("%1 kWh").arg(formatKwh(energy.energyWh, locale, 0))},
                {QStringLiteral("solarShare"), solarShareText(energy.solarWh, energy.energyWh)},
                {QStringLiteral("carbonIntensity"),
                 intensityText(energy.carbonGrams, energy.gridWh, energy.carbonUnknownWh)},
                {QStringLiteral("net"), net.join(QStringLiteral(" · "))}});
        }
        m_currencies.clear();
        std::map<qint64, qint64> energyByHour;
        for (const auto &currency : summary.currencies()) {
            for (const auto &hour : currency.hours())
                energyByHour[hour.start().seconds()] += hour.amounts().energy_wh();
        }
        m_energySeries.clear();
        m_energyMaxKwh = 0;
        // Every hour of the period, an hour without compute as 0 (the line does not bridge it).
        const qint64 firstHour = (summary.from().seconds() + 3599) / 3600 * 3600;
        const qint64 endHour = (summary.to().seconds() + 3599) / 3600 * 3600;
        for (qint64 start = firstHour; start < endHour && endHour - firstHour <= 400LL * 86400;
             start += 3600) {
            const auto found = energyByHour.find(start);
            const double kwh = found == energyByHour.end() ? 0.0 : double(found->second) / 1000.0;
            m_energySeries.append(QVariantMap{{QStringLiteral("t"), double(start) * 1000.0},
                                              {QStringLiteral("kwh"), kwh}});
            m_energyMaxKwh = std::max(m_energyMaxKwh, kwh);
        }
        for (const auto &currency : summary.currencies()) {
            const QString code = QString::fromStdString(currency.currency());
            const v1::Amounts &t = currency.totals();
            QVariantList series;
            for (const auto &hour : currency.hours())
                series.append(QVariantMap{
                    {QStringLiteral("t"), double(hour.start().seconds()) * 1000.0},
                    {QStringLiteral("energyWh"), double(hour.amounts().energy_wh())},
                    {QStringLiteral("netMicros"), double(hour.amounts().net_micros())}});
            m_currencies.append(QVariantMap{
                {QStringLiteral("solarShare"), solarShareText(t.solar_wh(), t.energy_wh())},
                {QStringLiteral("carbon"), formatCarbon(t.carbon_grams(), locale)},
                {QStringLiteral("carbonIntensity"),
                 intensityText(t.carbon_grams(), t.grid_wh(), t.carbon_unknown_wh())},
                {QStringLiteral("currency"), code},
                {QStringLiteral("vehicles"), currency.vehicles()},
                {QStringLiteral("energy"), tr("%1 kWh").arg(formatKwh(t.energy_wh(), locale, 0))},
                {QStringLiteral("cost"), formatMoney(t.cost_micros(), code, locale)},
                {QStringLiteral("gross"), formatMoney(t.gross_micros(), code, locale)},
                {QStringLiteral("owner"), formatMoney(t.owner_micros(), code, locale)},
                {QStringLiteral("net"), formatMoney(t.net_micros(), code, locale)},
                {QStringLiteral("hours"),
                 locale.toString(double(t.contributing_minutes()) / 60.0, 'f', 0)},
                {QStringLiteral("energyWh"), double(t.energy_wh())},
                {QStringLiteral("netMicros"), double(t.net_micros())},
                {QStringLiteral("series"), series}});
        }
        Q_EMIT changed();
    });
}

} // namespace idlefleet::app
