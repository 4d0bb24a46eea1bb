#pragma once

// Sums of whole ledger entries (spec/ledger.md: every figure is a sum of entries, each rounded
// once): one running sum for earnings buckets, sessions, the data export and an organisation's
// hours and groups.

#include "idlefleet/v1/earnings.pb.h"
#include "ledger.h"

namespace idlefleet::backend {

struct LedgerSums
{
    qint64 entries = 0; // how many entries were summed
    qint64 minutes = 0;
    qint64 energyWh = 0;
    qint64 solarWh = 0;
    qint64 gridWh = 0;
    qint64 batteryWh = 0;
    qint64 carbonGrams = 0;
    qint64 carbonUnknownWh = 0;
    qint64 carbonAvoidedGrams = 0;
    qint64 costMicros = 0;
    qint64 wearMicros = 0;
    qint64 grossMicros = 0;
    qint64 ownerMicros = 0;
    qint64 netMicros = 0;

    /// The columns of a table of sums (and of ledger_entries' rounded amounts, but `entries`),
    /// in the order of the members.
    static QString columns()
    {
        return QStringLiteral("entries, minutes, energy_wh, solar_wh, grid_wh, battery_wh, "
                              "carbon_grams, carbon_unknown_wh, carbon_avoided_grams, "
                              "cost_micros, wear_micros, gross_micros, owner_micros, net_micros");
    }
    static constexpr int ColumnCount = 14;

    void add(const LedgerEntry &e)
    {
        ++entries;
        minutes += e.minutes;
        energyWh += e.energyWh();
        solarWh += e.solarWh();
        gridWh += e.gridWh();
        batteryWh += e.batteryWh();
        carbonGrams += e.carbonGrams();
        carbonUnknownWh += e.carbonUnknownWh();
        carbonAvoidedGrams += e.carbonAvoidedGrams();
        costMicros += e.costMicros();
        wearMicros += e.wearMicros();
        grossMicros += e.grossMicros;
        ownerMicros += e.ownerMicros();
        netMicros += e.netMicros();
    }

    void add(const LedgerSums &o)
    {
        entries += o.entries;
        minutes += o.minutes;
        energyWh += o.energyWh;
        solarWh += o.solarWh;
        gridWh += o.gridWh;
        batteryWh += o.batteryWh;
        carbonGrams += o.carbonGrams;
        carbonUnknownWh += o.carbonUnknownWh;
        carbonAvoidedGrams += o.carbonAvoidedGrams;
        costMicros += o.costMicros;
        wearMicros += o.wearMicros;
        grossMicros += o.grossMicros;
        ownerMicros += o.ownerMicros;
        netMicros += o.netMicros;
    }

    void fill(v1::Amounts *out) const
    {
        out->set_entries(int(entries));
        out->set_contributing_minutes(int(minutes));
        out->set_energy_wh(energyWh);
        out->set_solar_wh(solarWh);
        out->set_grid_wh(gridWh);
        out->set_battery_wh(batteryWh);
        out->set_carbon_grams(carbonGrams);
        out->set_carbon_unknown_wh(carbonUnknownWh);
        out->set_carbon_avoided_grams(carbonAvoidedGrams);
        out->set_cost_micros(costMicros);
        out->set_wear_micros(wearMicros);
        out->set_gross_micros(grossMicros);
        out->set_owner_micros(ownerMicros);
        out->set_net_micros(netMicros);
    }
};

} // namespace idlefleet::backend
