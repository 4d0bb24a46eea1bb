#pragma once

#include "ledger.h"
#include "ledgersums.h"
#include "storerecords.h"

#include <QString>
#include <array>
#include <functional>
#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace idlefleet::backend {

class Store;

/// The ledger (ledgerrepository.cpp, spec/ledger.md): each car's sessions, entries and jobs, and
/// an organisation's hourly totals summed from its entries.
class LedgerRepository
{
public:
    explicit LedgerRepository(Store &store);

    /// The sessions, entries and jobs still open at `simulatedUntil` (UTC seconds), to continue.
    std::vector<LedgerOpenState> openLedger(qint64 simulatedUntil) const;
    /// A car's entries that start in [from, to), in time order.
    std::vector<LedgerEntry> entries(const QString &vehicleId, qint64 from, qint64 to) const;
    /// A car's sessions that overlap [from, to) (they have an entry that starts in it).
    std::vector<LedgerSession> sessions(const QString &vehicleId, qint64 from, qint64 to) const;
    /// The entries of a car's sessions that start in [sessionFrom, sessionTo), in time order.
    std::vector<LedgerEntry> entriesOfSessions(const QString &vehicleId, qint64 sessionFrom,
                                               qint64 sessionTo) const;
    /// The net of each of a car's entries, by entry start, in time order.
    std::vector<std::pair<qint64, qint64>> entryNets(const QString &vehicleId) const;
    /// A car's jobs of the entries that start in [from, to), in time order.
    std::vector<LedgerJob> jobs(const QString &vehicleId, qint64 from, qint64 to) const;
    /// Sums of whole entries of an organisation's cars that start in [from, to) (both rounded up
    /// to whole UTC hours), by currency and UTC hour, from totals kept with the entries.
    struct OwnerHour
    {
        QString currency;
        qint64 hour = 0; // Unix hour
        LedgerSums sums;
    };
    std::vector<OwnerHour> ownerHours(const QString &owner, qint64 from, qint64 to) const;
    /// The same entries by group and currency. Each entry counts for the group its car was in
    /// at the entry's last minute (the entry records it): a car moved to another group takes the
    /// hour it is contributing in with it and leaves its earlier hours where they were.
    struct GroupTotal
    {
        QString group; // empty: the cars in no group
        QString currency;
        LedgerSums sums;
    };
    std::vector<GroupTotal> groupTotals(const QString &owner, qint64 from, qint64 to) const;
    /// A world made before the ledger: its entries are rebuilt from the kept minutes.
    bool needsLedgerRebuild() const;
    bool rebuildLedger(QString *error);

private:
    /// Sums of ledger_group_hours of an owner's hours in [from, to) by two key columns (the
    /// first two values of each row handed on), rows without entries left out.
    void sumGroupHours(const QString &owner, qint64 from, qint64 to,
                       std::array<const char *, 2> keys,
                       const std::function<void(const QSqlQuery &, LedgerSums)> &row) const;

    friend class WorldRepository; // a commit's ledger rows, in the world's transaction

    bool writeLedger(const LedgerChanges &changes, QString *error);

    Store &m_store;
};

} // namespace idlefleet::backend
