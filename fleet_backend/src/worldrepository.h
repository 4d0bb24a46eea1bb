#pragma once

#include "simulator.h"
#include "storerecords.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace idlefleet::backend {

class Store;

/// The world's cars and what each was doing (worldrepository.cpp): the cars a world is made of,
/// their state at the last commit, how far the world is simulated and where its clock stood. A
/// commit keeps the simulated minutes and the ledger's changed rows with them, in one transaction.
class WorldRepository
{
public:
    explicit WorldRepository(Store &store);

    bool insertVehicles(const std::vector<SimulatedVehicle> &vehicles, QString *error);
    /// A new world in one transaction: its cars, their policies and states, simulated up to
    /// `simulatedUntil` (where its backfill starts), its clock at `worldNow`. A crash before the
    /// commit leaves an empty folder, after it a world that resumes where its clock stood.
    bool createWorld(const std::vector<SimulatedVehicle> &vehicles, const QDateTime &simulatedUntil,
                     const QDateTime &worldNow, QString *error);
    std::vector<SimulatedVehicle> loadVehicles() const;
    /// What a follower takes from the leader's last commit: every car's id and state, nothing
    /// else (its cars, policies and groups it knows from the feed of changes), how far the world
    /// is simulated, and who consents.
    struct Committed
    {
        QDateTime simulatedUntil;
        std::vector<SimulatedVehicle> states;
        QSet<QString> consentingOwners;
    };
    /// Reads the last commit in one snapshot (a commit landing meanwhile is not half seen), the
    /// states a page of StatesPerPage cars at a time, each page a statement (Pace::rest() after
    /// each). False with the reason in `error`.
    bool readCommitted(Committed *world, QString *error);
    static constexpr int StatesPerPage = 1000;
    /// Copies what readCommitted() reads of a car, from `from` to `to`.
    static void copyState(const SimulatedVehicle &from, SimulatedVehicle *to);
    /// Keeps every car's state, how far the world is simulated, and where the world's clock
    /// stands (`worldNow`, with the wall clock's instant), in one transaction.
    bool saveStates(const std::vector<SimulatedVehicle> &vehicles, const QDateTime &simulatedUntil,
                    const QDateTime &worldNow, QString *error);
    /// Keeps the simulated minutes' status rows, the ledger's changed rows, every car's state
    /// and the world's clock in one transaction (spec/ledger.md, Durability): after a crash at
    /// any moment the world restarts from a commit, and nothing is counted twice or lost.
    bool commitWorld(const std::vector<SimulatedVehicle> &vehicles,
                     const std::vector<MinuteSample> &samples, const LedgerChanges &ledger,
                     const QDateTime &simulatedUntil, const QDateTime &worldNow, QString *error);
    QDateTime simulatedUntil() const;
    /// Where the world's clock stood at the last saveStates(), and the wall clock then.
    struct WorldMark
    {
        QDateTime world;
        qint64 wallMs = 0;
    };
    std::optional<WorldMark> worldMark() const;
    /// How many cars the database holds (a running server compares it with its own).
    int vehicleCount() const;
    bool hasVehicle(const QString &id) const;

private:
    bool writeVehicles(const std::vector<SimulatedVehicle> &vehicles, QString *error);
    bool writeStates(const std::vector<SimulatedVehicle> &vehicles, const QDateTime &simulatedUntil,
                     const QDateTime &worldNow, QString *error);

    Store &m_store;
};

} // namespace idlefleet::backend
