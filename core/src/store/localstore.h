#pragma once

#include "vehicle.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <optional>
#include <vector>

namespace idlefleet {

/// A change the person asked of a car, kept until the car has answered it. It is written before
/// anything is sent and signed only when it is sent, so a change queued offline never expires in
/// the queue (ARCHITECTURE.md, data flow 5).
struct OutboxEntry
{
    enum Kind
    {
        SetPolicy = 1,
        SetPausedUntil = 2,
    };
    enum State
    {
        Pending = 0,  ///< written, not yet signed
        Sent = 1,     ///< signed and on its way (or its answer was lost): resent as the same bytes
        Applied = 2,  ///< the car runs it: `confirmedVersion`
        Conflict = 3, ///< the policy changed since `baseVersion`: `confirmedVersion` is current
        Rejected = 4, ///< refused: `resultCode`, `resultMessage`
    };
    qint64 id = 0;
    QString vehicleId;
    Kind kind = SetPolicy;
    QByteArray policy;      ///< SetPolicy: a serialized v1::Policy
    qint64 pausedUntil = 0; ///< SetPausedUntil: UTC seconds; 0 resumes
    qint64 baseVersion = 0; ///< the version the change was made from; 0: after the one before
    QString idempotencyKey; ///< the same for every delivery of one signing
    State state = Pending;
    quint64 counter = 0;  ///< once signed
    QString keyId;        ///< once signed
    QByteArray command;   ///< once signed: the serialized v1::Command
    QByteArray signature; ///< once signed
    QString resultCode;
    QString resultMessage;
    qint64 confirmedVersion = 0;
    QByteArray currentPolicy; ///< after Applied or Conflict: the car's policy (serialized)
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    int attempts = 0;

    bool isFinal() const { return state == Applied || state == Conflict || state == Rejected; }
};

/// One bucket of a car's status history as the store keeps it (integers: centi-percent,
/// deci-degrees), at a resolution of 1 (minute), 2 (hour) or 3 (day).
struct StoredHistoryPoint
{
    qint64 start = 0; ///< UTC seconds
    int minutes = 0;
    int socCentiAvg = 0;
    int socCentiMin = 0;
    int socCentiMax = 0;
    int contributingMinutes = 0;
    int pluggedInMinutes = 0;
    qint64 computeEnergyWh = 0;
    int chipDeciMax = 0;
};

/// One contribution of a car as the store keeps it: money in integer micros of `currency`.
struct StoredSession
{
    qint64 start = 0; ///< UTC seconds
    qint64 end = 0;
    qint64 energyWh = 0;
    qint64 costMicros = 0;
    qint64 grossMicros = 0;
    qint64 ownerMicros = 0;
    qint64 netMicros = 0;
    QString currency;
};

/// One entry of a car's diagnostics timeline as the store keeps it.
struct StoredEvent
{
    qint64 at = 0;   ///< UTC seconds
    int kind = 0;    ///< the client's event kind (EventInfo::Kind)
    QString reasons; ///< policy reason codes, comma-separated
    int socCenti = 0;
    QString detail;
};

/// The client's own SQLite store (WAL, versioned migrations): the outbox of changes with the
/// signing counter of each (key, vehicle). Each method is one transaction: what it returned true
/// for survives a crash of the process right after.
class LocalStore
{
public:
    LocalStore();
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    bool open(const QString &path, QString *error);
    /// The file it was opened on.
    QString path() const;
    int schemaVersion() const;

    /// Writes a new change; returns its id (0 on failure). `baseVersion` 0: made after the
    /// car's pending changes, so it is based on what the one before it produces.
    qint64 enqueue(OutboxEntry entry);
    std::optional<OutboxEntry> entry(qint64 id) const;
    /// The oldest change of the car that has no final answer yet: the one to send next.
    std::optional<OutboxEntry> nextFor(const QString &vehicleId) const;
    /// The cars with changes waiting.
    std::vector<QString> vehiclesWithWork() const;
    /// Every change, newest first (at most `limit`).
    std::vector<OutboxEntry> entries(int limit = 200) const;
    /// The version the car confirmed last through this outbox (0: none).
    qint64 lastConfirmedVersion(const QString &vehicleId) const;

    /// Takes the next counter of (key, vehicle) and records the signed bytes as Sent, together.
    quint64 reserveCounter(const QString &keyId, const QString &vehicleId);
    bool markSent(qint64 id, const QString &keyId, quint64 counter, const QString &idempotencyKey,
                  qint64 baseVersion, const QByteArray &command, const QByteArray &signature);
    /// A delivery that got no answer (network): counted, the entry stays as it was.
    /// Counts an unanswered delivery; `problemCode` (the server's, such as car_asleep) is kept in
    /// resultCode while the change waits.
    bool markAttempt(qint64 id, const QString &problemCode = {});
    bool markAnswered(qint64 id, OutboxEntry::State state, const QString &code,
                      const QString &message, qint64 version, const QByteArray &currentPolicy);
    /// Signs anew on the next send (the signed bytes expired before they reached the car).
    bool resetToPending(qint64 id);

    // Synced data: what the backend said last, kept across restarts and shown offline.
    /// Replaces the cars the signed-in person sees, as of `syncedMs`, in one transaction.
    bool saveVehicles(const std::vector<Vehicle> &vehicles, qint64 syncedMs);
    std::vector<Vehicle> vehicles() const;
    /// When the cars were last synced (0: never): the age shown beside stale data.
    qint64 vehiclesSyncedMs() const;
    /// Adds (or replaces) history points of a car at a resolution, in one transaction.
    bool saveHistory(const QString &vehicleId, int resolution,
                     const std::vector<StoredHistoryPoint> &points);
    std::vector<StoredHistoryPoint> history(const QString &vehicleId, int resolution, qint64 from,
                                            qint64 to) const;
    /// The end of the newest stored bucket (UTC seconds; 0: none): where an incremental sync
    /// resumes.
    qint64 historyCursor(const QString &vehicleId, int resolution) const;
    int historyCount(const QString &vehicleId, int resolution) const;
    /// Adds (or replaces, by start) a car's contributions, in one transaction.
    bool saveSessions(const QString &vehicleId, const std::vector<StoredSession> &sessions);
    std::vector<StoredSession> sessions(const QString &vehicleId, qint64 from, qint64 to) const;
    /// The start of the newest stored contribution (0: none): it may still have grown, so an
    /// incremental sync asks again from there.
    qint64 sessionsCursor(const QString &vehicleId) const;
    /// Adds a car's events; one already kept (same instant, kind and detail) is not added twice.
    bool saveEvents(const QString &vehicleId, const std::vector<StoredEvent> &events);
    std::vector<StoredEvent> events(const QString &vehicleId, qint64 from, qint64 to) const;
    /// The instant of the newest stored event (0: none).
    qint64 eventsCursor(const QString &vehicleId) const;

    /// Why the last write of synced data failed (empty after one that succeeded): the words shown
    /// beside the data that was kept instead.
    QString lastError() const { return m_lastError; }

private:
    bool migrate(QString *error);
    /// Undoes the write in progress and keeps why it failed; returns false.
    bool rollBack(QSqlDatabase &db, const QSqlError &error);
    /// Commits the write in progress; false (with lastError()) if SQLite refused.
    bool commit(QSqlDatabase &db);

    QString m_connectionName;
    QString m_lastError;
};

} // namespace idlefleet
