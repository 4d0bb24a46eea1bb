#pragma once

#include "storerecords.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

class QObject;

namespace idlefleet::backend {

class Store;

/// What several idlefleetd instances on one database share beyond the data itself
/// (sharedrepository.cpp): pairings waiting for their code, failed sign-ins and the addresses
/// accounts signed in from, the feed of changes each instance follows, the lease of the world's
/// leader (held by this handle's connection), blocks of live-stream sequences and the TLS pin
/// every instance serves.
class SharedRepository
{
public:
    explicit SharedRepository(Store &store);

    /// A pairing waiting for the code the car shows (one per car).
    struct PendingPairing
    {
        QByteArray publicKey;
        QString label;
        QString code;
        qint64 expiresMs = 0;
        int triesLeft = 0;
    };
    /// Starts a car's pairing, replacing one that waited.
    bool putPairing(const QString &vehicleId, const PendingPairing &pairing);
    std::optional<PendingPairing> pairing(const QString &vehicleId) const;
    /// Counts one wrong code against the car's pairing of `publicKey`; returns the tries left
    /// (at 0 the pairing is gone), -1 if none waits.
    int spendPairingTry(const QString &vehicleId, const QByteArray &publicKey);
    /// Ends the car's pairing of `publicKey`; true only for the one call that ended it, so a
    /// code is used once whichever instance it reaches.
    bool takePairing(const QString &vehicleId, const QByteArray &publicKey);
    /// Failed password checks under `key` after `sinceMs`: how many, and when the oldest was.
    int failuresSince(const QString &key, qint64 sinceMs, qint64 *oldestMs) const;
    bool addFailure(const QString &key, qint64 atMs);
    bool clearFailures(const QString &key);
    /// When the account of `key` last signed in from its address (0: never).
    qint64 knownAddress(const QString &key) const;
    bool rememberAddress(const QString &key, qint64 atMs);
    /// Forgets failures, addresses and changes older than their use (`nowMs`: the wall clock).
    void forgetStale(qint64 nowMs, qint64 failureWindowMs, qint64 knownAddressMs, qint64 changesMs);

    /// One change another instance must know of (what it keeps in memory: a car's report,
    /// policy or sleep, an owner's consent, a removed car, ended sessions, revoked grants).
    struct Change
    {
        qint64 seq = 0;
        QString kind;
        QString subject;
        QString detail;
        QString origin; ///< the instance that made it
        /// What the change is about, read with it off the event loop (WorldRunner): a policy
        /// change's newest version; the report of a report change that carried none.
        std::optional<PolicyRevisionRecord> policy;
        std::optional<ReportRecord> report;
    };
    enum class TellAtCommit
    {
        Yes,
        No
    };
    /// Adds a change from `origin`. On PostgreSQL the listening instances are told when the
    /// transaction commits, unless `tell` is No: then the caller calls tellListeners() once for
    /// several changes.
    bool addChange(const QString &origin, const QString &kind, const QString &subject,
                   const QString &detail = {}, TellAtCommit tell = TellAtCommit::Yes);
    /// Tells the listening instances, when the transaction commits, that changes were added.
    bool tellListeners();
    /// Changes numbered above `afterSeq`, oldest first, at most `limit`.
    std::vector<Change> changesAfter(qint64 afterSeq, int limit) const;
    qint64 latestChange() const;
    /// Calls `changed` whenever another connection adds a change (PostgreSQL's LISTEN; SQLite,
    /// served by one process, has none to tell). False if the database could not listen.
    bool listenForChanges(QObject *context, std::function<void()> changed);
    /// Whether this connection holds, or now takes, the lease of the world's leader (the one
    /// instance that runs the simulator and market): a PostgreSQL advisory lock held as long as
    /// the connection lives, so a leader that dies gives it up at once. Always true on SQLite.
    bool holdLeadership();

    /// A block of live-stream sequences no process on this database had before: above every
    /// earlier block, and at least `atLeast`.
    quint64 takeSequenceBlock(quint64 atLeast);
    /// The TLS public-key pin every instance on the database serves; the first to ask records
    /// `pin` and gets it back.
    QString sharedTlsPin(const QString &pin);

private:
    Store &m_store;
    bool m_leader = false; ///< holds the leader's lease (holdLeadership())
};

} // namespace idlefleet::backend
