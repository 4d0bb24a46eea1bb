#pragma once

#include "idlefleet/v1/policy.pb.h"

#include <QString>
#include <vector>

namespace idlefleet::app {

/// A tariff of a real shape the owner can start from (times are local to the car's zone).
struct TariffPreset
{
    QString id;          ///< pge-ev2a, octopus-go, flat
    QString name;        ///< translated
    QString description; ///< translated, one line
    v1::Tariff tariff;
};

/// PG&E EV2-A, Octopus Go and a flat rate. A flat rate keeps `currency` when one is given.
std::vector<TariffPreset> tariffPresets(const QString &currency = {});

} // namespace idlefleet::app
