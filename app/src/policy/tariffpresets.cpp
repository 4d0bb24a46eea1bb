#include "tariffpresets.h"

#include <QCoreApplication>

namespace idlefleet::app {
namespace {

void addPeriod(v1::Tariff *tariff, int start, int end, qint64 micros, bool offPeak)
{
    auto *period = tariff->add_periods();
    period->set_days_mask(0);
    period->set_start_minute(start);
    period->set_end_minute(end);
    period->set_price_micros_per_kwh(micros);
    period->set_off_peak(offPeak);
}

} // namespace

std::vector<TariffPreset> tariffPresets(const QString &currency)
{
    std::vector<TariffPreset> presets;

    // PG&E EV2-A (California), every day: off-peak 00:00–15:00, partial peak 15:00–16:00 and
    // 21:00–24:00, peak 16:00–21:00 (../shared/REFERENCE.md). Prices: PG&E's published summer
    // figures of 2025, rounded to the cent.
    TariffPreset pge;
    pge.id = QStringLiteral("pge-ev2a");
    pge.name = QCoreApplication::translate("TariffPresets", "PG&E EV2-A");
    pge.description = QCoreApplication::translate(
        "TariffPresets", "California: off-peak until 15:00, peak 16:00–21:00, every day");
    pge.tariff.set_currency("USD");
    pge.tariff.set_default_price_micros_per_kwh(510000);
    addPeriod(&pge.tariff, 0, 900, 310000, true);
    addPeriod(&pge.tariff, 900, 960, 510000, false);
    addPeriod(&pge.tariff, 960, 1260, 620000, false);
    addPeriod(&pge.tariff, 1260, 1440, 510000, false);
    presets.push_back(pge);

    // Octopus Go (UK): the cheap rate 00:30–05:30 every night, the standard rate otherwise.
    TariffPreset go;
    go.id = QStringLiteral("octopus-go");
    go.name = QCoreApplication::translate("TariffPresets", "Octopus Go");
    go.description =
        QCoreApplication::translate("TariffPresets", "UK: cheap rate 00:30–05:30 every night");
    go.tariff.set_currency("GBP");
    go.tariff.set_default_price_micros_per_kwh(280000);
    addPeriod(&go.tariff, 30, 330, 85000, true);
    presets.push_back(go);

    TariffPreset flat;
    flat.id = QStringLiteral("flat");
    flat.name = QCoreApplication::translate("TariffPresets", "Flat rate");
    flat.description = QCoreApplication::translate("TariffPresets",
                                                   "One price at every hour; nothing is off-peak");
    flat.tariff.set_currency(currency.isEmpty() ? "EUR" : currency.toStdString());
    flat.tariff.set_default_price_micros_per_kwh(350000);
    presets.push_back(flat);

    return presets;
}

} // namespace idlefleet::app
