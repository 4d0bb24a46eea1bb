#include "fleetoverview.h"

#include "appstate.h"
#include "fleetclient.h"
#include "money.h"
#include "moneyformat.h"
#include "vehiclelistmodel.h"
#include "worldtime.h"

#include <QLocale>
#include <map>

namespace idlefleet::app {

FleetOverview::FleetOverview(QObject *parent)
    : QObject(parent)
{
    if (AppState *state = AppState::instance()) {
        m_client = state->fleetClient();
        connect(state, &AppState::languageChanged, this, &FleetOverview::reload);
    }
}

FleetOverview::~FleetOverview()
{
    delete m_job;
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
            const QString text = code == QLatin1String("offline")
                                     ? tr("Out of reach (asleep or no signal)")
                                     : VehicleListModel::describeReason(code);
            m_reasons.append(QVariantMap{{QStringLiteral("code"), code},
                                         {QStringLiteral("text"), text},
                                         {QStringLiteral("vehicles"), reason.vehicles()}});
            m_reasonMax = std::max(m_reasonMax, reason.vehicles());
        }
        m_groups.clear();
        m_groupNames.clear();
        for (const auto &group : summary.groups())
            m_groupNames.append(QString::fromStdString(group.name()));
        for (const auto &group : summary.groups())
            m_groups.append(
                QVariantMap{{QStringLiteral("name"), QString::fromStdString(group.name())},
                            {QStringLiteral("vehicles"), group.vehicles()},
                            {QStringLiteral("contributing"), group.contributing_now()}});
        m_currencies.clear();
        std::map<qint64, qint64> energyByHour;
        for (const auto &currency : summary.currencies()) {
            for (const auto &hour : currency.hours())
                energyByHour[hour.start().seconds()] += hour.amounts().energy_wh();
        }
        m_energySeries.clear();
        m_energyMaxKwh = 0;
        for (const auto &[start, wattHours] : energyByHour) {
            const double kwh = double(wattHours) / 1000.0;
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
            // The solar share of the energy, and the grid's carbon per kWh of grid energy whose
            // intensity was known (integers, rounded once).
            const qint64 knownGridWh = t.grid_wh() - t.carbon_unknown_wh();
            const QString solarShare =
                t.energy_wh() > 0 ? tr("%1%").arg(locale.toString(
                                        divideRounded(Int128(t.solar_wh()) * 100, t.energy_wh())))
                                  : QStringLiteral("–");
            const QString intensity = knownGridWh > 0
                                          ? tr("%1 g/kWh")
                                                .arg(locale.toString(divideRounded(
                                                    Int128(t.carbon_grams()) * 1000, knownGridWh)))
                                          : QStringLiteral("–");
            m_currencies.append(QVariantMap{
                {QStringLiteral("solarShare"), solarShare},
                {QStringLiteral("carbon"), formatCarbon(t.carbon_grams(), locale)},
                {QStringLiteral("carbonIntensity"), intensity},
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
