#pragma once

#include "simulator.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace idlefleet::backend {

/// idlefleetd's SQLite database in the data folder: versioned schema, WAL journal.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (or creates) `path` and brings its schema up to date.
    bool open(const QString &path, QString *error);

    int schemaVersion() const;
    bool isEmpty() const;

    bool insertVehicles(const std::vector<SimulatedVehicle> &vehicles, QString *error);
    std::vector<SimulatedVehicle> loadVehicles() const;
    /// Saves every car's state and the world time they were simulated up to, in one transaction.
    bool saveStates(const std::vector<SimulatedVehicle> &vehicles, const QDateTime &simulatedUntil,
                    QString *error);
    QDateTime simulatedUntil() const;

private:
    bool migrate(QString *error);
    bool exec(const QString &sql, QString *error);

    QString m_connectionName;
};

} // namespace idlefleet::backend
