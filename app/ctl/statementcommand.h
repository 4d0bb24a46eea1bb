#pragma once

#include <QString>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::ctl {

/// What `statement` was asked for.
struct StatementRequest
{
    QString vehicleId;
    QString month;    ///< YYYY-MM
    QString format;   ///< pdf or csv
    QString output;   ///< the file to write
    QString language; ///< en, de, fr, es, ja or ru (default en)
    QString account;  ///< who it is for: the signed-in person's e-mail address
};

/// `idlefleetctl statement VEHICLE --month YYYY-MM --format pdf|csv --output FILE
/// [--language CODE]`: the monthly statement, the same document the app exports (spec/cli.md).
int statementCommand(client::FleetClient &fleet, const StatementRequest &request);

} // namespace idlefleet::ctl
