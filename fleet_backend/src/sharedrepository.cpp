// SharedRepository: what several idlefleetd instances on one database share, beyond the data
// itself: pairings waiting for their code, failed sign-ins, the feed of changes each instance
// follows, and the lease of the world's leader.

#include "sharedrepository.h"

#include "store.h"
#include "store/sqlbind.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace idlefleet::backend {
namespace {

/// PostgreSQL's channel for "a change was added" (the payload is empty: listeners read the feed).
constexpr auto ChangesChannel = "idlefleet_changes";
/// One advisory-lock key for "leads the world" (the migrations take 0x1d1ef1ee7).
constexpr qint64 LeaderLock = 0x1d1ef1ee8;

} // namespace

SharedRepository::SharedRepository(Store &store)
    : m_store(store)
{}

bool SharedRepository::putPairing(const QString &vehicleId, const PendingPairing &pairing)
{
    QSqlQuery query(m_store.database());
    query.prepare(upsertSql(QStringLiteral("pairings"),
                            QStringLiteral("vehicle_id, public_key, label, code, expires_ms, "
                                           "tries_left"),
                            QStringLiteral("vehicle_id")));
    bindValues(query, {vehicleId, pairing.publicKey, pairing.label, pairing.code, pairing.expiresMs,
                       pairing.triesLeft});
    return query.exec();
}

std::optional<SharedRepository::PendingPairing>
SharedRepository::pairing(const QString &vehicleId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT public_key, label, code, expires_ms, tries_left "
                                 "FROM pairings WHERE vehicle_id = ?"));
    bindValue(query, vehicleId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return PendingPairing{query.value(0).toByteArray(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toLongLong(),
                          query.value(4).toInt()};
}

int SharedRepository::spendPairingTry(const QString &vehicleId, const QByteArray &publicKey)
{
    // One statement each: two instances counting wrong codes at once both count.
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE pairings SET tries_left = tries_left - 1 "
                                 "WHERE vehicle_id = ? AND public_key = ?"));
    bindValues(query, {vehicleId, publicKey});
    if (!query.exec() || query.numRowsAffected() != 1)
        return -1;
    const auto left = pairing(vehicleId);
    if (!left)
        return -1;
    if (left->triesLeft <= 0) {
        takePairing(vehicleId, publicKey);
        return 0;
    }
    return left->triesLeft;
}

bool SharedRepository::takePairing(const QString &vehicleId, const QByteArray &publicKey)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM pairings WHERE vehicle_id = ? AND public_key = ?"));
    bindValues(query, {vehicleId, publicKey});
    return query.exec() && query.numRowsAffected() == 1;
}

int SharedRepository::failuresSince(const QString &key, qint64 sinceMs, qint64 *oldestMs) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*), min(at_ms) FROM login_failures "
                                 "WHERE key = ? AND at_ms > ?"));
    bindValues(query, {key, sinceMs});
    if (!query.exec() || !query.next())
        return 0;
    *oldestMs = query.value(1).toLongLong();
    return query.value(0).toInt();
}

bool SharedRepository::addFailure(const QString &key, qint64 atMs)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO login_failures (key, at_ms) VALUES (?, ?)"));
    bindValues(query, {key, atMs});
    return query.exec();
}

bool SharedRepository::clearFailures(const QString &key)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM login_failures WHERE key = ?"));
    bindValue(query, key);
    return query.exec();
}

qint64 SharedRepository::knownAddress(const QString &key) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT last_ms FROM known_addresses WHERE key = ?"));
    bindValue(query, key);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool SharedRepository::rememberAddress(const QString &key, qint64 atMs)
{
    QSqlQuery query(m_store.database());
    query.prepare(upsertSql(QStringLiteral("known_addresses"), QStringLiteral("key, last_ms"),
                            QStringLiteral("key")));
    bindValues(query, {key, atMs});
    return query.exec();
}

void SharedRepository::forgetStale(qint64 nowMs, qint64 failureWindowMs, qint64 knownAddressMs,
                                   qint64 changesMs)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM login_failures WHERE at_ms <= ?"));
    bindValue(query, nowMs - failureWindowMs);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM known_addresses WHERE last_ms <= ?"));
    bindValue(query, nowMs - knownAddressMs);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM pairings WHERE expires_ms <= ?"));
    bindValue(query, nowMs);
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM changes WHERE at_ms <= ?"));
    bindValue(query, nowMs - changesMs);
    query.exec();
}

bool SharedRepository::addChange(const QString &origin, const QString &kind, const QString &subject,
                                 const QString &detail, TellAtCommit tell)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO changes (kind, subject, detail, origin, at_ms) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    bindValues(query, {kind, subject, detail, origin, QDateTime::currentMSecsSinceEpoch()});
    return query.exec() && (tell == TellAtCommit::No || tellListeners());
}

bool SharedRepository::tellListeners()
{
    // Told at commit: a listener never reads the feed before the change is in it.
    QSqlQuery query(m_store.database());
    return m_store.dialect() != Dialect::Postgres ||
           query.exec(
               QStringLiteral("SELECT pg_notify('%1', '')").arg(QLatin1String(ChangesChannel)));
}

std::vector<SharedRepository::Change> SharedRepository::changesAfter(qint64 afterSeq,
                                                                     int limit) const
{
    std::vector<Change> changes;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT seq, kind, subject, detail, origin FROM changes "
                                 "WHERE seq > ? ORDER BY seq LIMIT ?"));
    bindValues(query, {afterSeq, limit});
    if (!query.exec())
        return changes;
    while (query.next()) {
        Change change;
        change.seq = query.value(0).toLongLong();
        change.kind = query.value(1).toString();
        change.subject = query.value(2).toString();
        change.detail = query.value(3).toString();
        change.origin = query.value(4).toString();
        changes.push_back(std::move(change));
    }
    return changes;
}

qint64 SharedRepository::latestChange() const
{
    QSqlQuery query(m_store.database());
    return query.exec(QStringLiteral("SELECT max(seq) FROM changes")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

bool SharedRepository::listenForChanges(QObject *context, std::function<void()> changed)
{
    if (m_store.dialect() != Dialect::Postgres)
        return true;
    QSqlDriver *driver = m_store.database().driver();
    if (!driver->subscribeToNotification(QLatin1String(ChangesChannel)))
        return false;
    QObject::connect(
        driver, &QSqlDriver::notification, context,
        [changed = std::move(changed)](const QString &name, QSqlDriver::NotificationSource source,
                                       const QVariant &) {
            if (name == QLatin1String(ChangesChannel) && source != QSqlDriver::SelfSource)
                changed();
        });
    return true;
}

bool SharedRepository::holdLeadership()
{
    if (m_store.dialect() != Dialect::Postgres)
        return true;
    QSqlQuery query(m_store.database());
    if (m_leader) {
        // Held until the connection ends; asked again so that a lost connection is noticed.
        query.prepare(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                     "AND pid = pg_backend_pid() AND granted "
                                     "AND (classid::bigint << 32 | objid::bigint) = ?"));
    } else {
        query.prepare(QStringLiteral("SELECT CASE WHEN pg_try_advisory_lock(?) THEN 1 ELSE 0 "
                                     "END"));
    }
    bindValue(query, LeaderLock);
    m_leader = query.exec() && query.next() && query.value(0).toInt() > 0;
    return m_leader;
}

quint64 SharedRepository::takeSequenceBlock(quint64 atLeast)
{
    const qint64 least = qint64(atLeast);
    // One statement: two instances starting together take two blocks.
    QSqlQuery query(m_store.database());
    query.prepare(
        m_store.dialect() == Dialect::Postgres
            ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('live_sequence_block', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = "
                             "(GREATEST(meta.value::bigint + 1, ?))::text RETURNING value")
            : QStringLiteral("INSERT INTO meta (key, value) VALUES ('live_sequence_block', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = "
                             "CAST(max(CAST(value AS INTEGER) + 1, ?) AS TEXT) RETURNING value"));
    bindValues(query, {QString::number(least), least});
    if (!query.exec() || !query.next()) {
        qWarning("cannot take a block of live-stream sequences: %s",
                 qPrintable(query.lastError().text()));
        return atLeast;
    }
    return query.value(0).toString().toULongLong();
}

QString SharedRepository::sharedTlsPin(const QString &pin)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('tls_pin', ?) "
                                 "ON CONFLICT (key) DO NOTHING"));
    bindValue(query, pin);
    query.exec();
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'tls_pin'"));
    return query.exec() && query.next() ? query.value(0).toString() : pin;
}

} // namespace idlefleet::backend
