#pragma once

// Sums of whole ledger entries (spec/ledger.md: every figure is a sum of entries, each rounded
// once): one running sum for earnings buckets, sessions, the data export and an organisation's
// hours and groups.

#include "idlefleet/v1/earnings.pb.h"
#include "ledger.h"

#include <QStringList>

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

    /// Each member and its column, in ledger_entries (the rounded amounts, but `entries`) and
    /// in a table of sums (ledger_group_hours): the one list every query is made from.
    struct Column
    {
        const char *name;
        qint64 LedgerSums::*member;
    };
    static const Column Columns[14];

    /// The columns of a table of sums, comma-separated, in the order of Columns.
    static QString columns()
    {
        QStringList names;
        for (const Column &column : Columns)
            names.append(QLatin1String(column.name));
        return names.join(QStringLiteral(", "));
    }

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

inline const LedgerSums::Column LedgerSums::Columns[14] = {
    {"entries", &LedgerSums::entries},
    {"minutes", &LedgerSums::minutes},
    {"energy_wh", &LedgerSums::energyWh},
    {"solar_wh", &LedgerSums::solarWh},
    {"grid_wh", &LedgerSums::gridWh},
    {"battery_wh", &LedgerSums::batteryWh},
    {"carbon_grams", &LedgerSums::carbonGrams},
    {"carbon_unknown_wh", &LedgerSums::carbonUnknownWh},
    {"carbon_avoided_grams", &LedgerSums::carbonAvoidedGrams},
    {"cost_micros", &LedgerSums::costMicros},
    {"wear_micros", &LedgerSums::wearMicros},
    {"gross_micros", &LedgerSums::grossMicros},
    {"owner_micros", &LedgerSums::ownerMicros},
    {"net_micros", &LedgerSums::netMicros},
};

} // namespace idlefleet::backend
