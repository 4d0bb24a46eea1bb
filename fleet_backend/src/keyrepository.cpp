// KeyRepository: the keys each car accepts signed commands from, and the answers it gave.

#include "keyrepository.h"

#include "faultpoint.h"
#include "store.h"
#include "store/sqlbind.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace idlefleet::backend {
namespace {

constexpr auto KeyColumns = "vehicle_id, key_id, public_key, label, role, added_ms, "
                            "last_used_ms, revoked, last_counter, revoked_ms";

KeyRecord keyFrom(const QSqlQuery &q)
{
    KeyRecord k;
    k.vehicleId = q.value(0).toString();
    k.keyId = q.value(1).toString();
    k.publicKey = q.value(2).toByteArray();
    k.label = q.value(3).toString();
    k.role = q.value(4).toInt();
    k.addedMs = q.value(5).toLongLong();
    k.lastUsedMs = q.value(6).toLongLong();
    k.revoked = q.value(7).toBool();
    k.lastCounter = q.value(8).toULongLong();
    k.revokedMs = q.value(9).toLongLong();
    return k;
}

} // namespace

KeyRepository::KeyRepository(Store &store)
    : m_store(store)
{}

bool KeyRepository::insertKey(const KeyRecord &key)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("INSERT INTO vehicle_keys (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(KeyColumns)));
    bindValue(query, key.vehicleId);
    bindValue(query, key.keyId);
    bindValue(query, key.publicKey);
    bindValue(query, key.label);
    bindValue(query, key.role);
    bindValue(query, key.addedMs);
    bindValue(query, key.lastUsedMs);
    bindValue(query, key.revoked);
    bindValue(query, qint64(key.lastCounter));
    bindValue(query, key.revokedMs);
    return query.exec();
}

std::vector<KeyRecord> KeyRepository::keysOf(const QString &vehicleId) const
{
    std::vector<KeyRecord> keys;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM vehicle_keys WHERE vehicle_id = ? ORDER BY added_ms")
            .arg(QLatin1String(KeyColumns)));
    bindValue(query, vehicleId);
    query.exec();
    while (query.next())
        keys.push_back(keyFrom(query));
    return keys;
}

std::optional<KeyRecord> KeyRepository::key(const QString &vehicleId, const QString &keyId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM vehicle_keys WHERE vehicle_id = ? AND key_id = ?")
                      .arg(QLatin1String(KeyColumns)));
    bindValue(query, vehicleId);
    bindValue(query, keyId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return keyFrom(query);
}

bool KeyRepository::revokeKey(const QString &vehicleId, const QString &keyId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE vehicle_keys SET revoked = 1, revoked_ms = ? "
                                 "WHERE vehicle_id = ? AND key_id = ?"));
    bindValue(query, QDateTime::currentMSecsSinceEpoch());
    bindValue(query, vehicleId);
    bindValue(query, keyId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool KeyRepository::reinstateKey(const QString &vehicleId, const QString &keyId,
                                 const QString &label, qint64 addedMs)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "UPDATE vehicle_keys SET revoked = 0, revoked_ms = 0, label = ?, added_ms = ? "
        "WHERE vehicle_id = ? AND key_id = ?"));
    bindValue(query, label);
    bindValue(query, addedMs);
    bindValue(query, vehicleId);
    bindValue(query, keyId);
    return query.exec() && query.numRowsAffected() == 1;
}

std::optional<KeyRepository::CommandAnswer>
KeyRepository::commandResult(const QString &vehicleId, const QString &idempotencyKey) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT status, result, command_sha256 FROM command_results "
                                 "WHERE vehicle_id = ? AND idempotency_key = ?"));
    bindValue(query, vehicleId);
    bindValue(query, idempotencyKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CommandAnswer{query.value(0).toInt(), query.value(1).toByteArray(),
                         query.value(2).toByteArray()};
}

bool KeyRepository::commitCommand(const CommandCommit &commit, QString *error)
{
    return m_store.inTransaction(
        [&] {
            auto failed = [&](const QSqlQuery &query) {
                *error = QStringLiteral("database: %1").arg(query.lastError().text());
                return false;
            };
            QSqlQuery key(m_store.database());
            key.prepare(QStringLiteral("UPDATE vehicle_keys SET last_counter = ?, last_used_ms = "
                                       "? WHERE vehicle_id = ? AND key_id = ?"));
            bindValues(key,
                       {qint64(commit.counter), commit.whenMs, commit.vehicleId, commit.keyId});
            if (!key.exec())
                return failed(key);
            if (commit.version > 0 &&
                !m_store.policies().savePolicy(commit.vehicleId, commit.version, commit.policy,
                                               commit.keyId, commit.whenMs)) {
                *error = QStringLiteral("database: the policy could not be kept");
                return false;
            }
            if (!commit.idempotencyKey.isEmpty()) {
                QSqlQuery answer(m_store.database());
                answer.prepare(QStringLiteral(
                    "INSERT INTO command_results (vehicle_id, idempotency_key, result, status, "
                    "created_ms, command_sha256) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (vehicle_id, idempotency_key) DO UPDATE SET result = "
                    "excluded.result, status = excluded.status, created_ms = excluded.created_ms, "
                    "command_sha256 = excluded.command_sha256"));
                bindValues(answer,
                           {commit.vehicleId, commit.idempotencyKey, commit.answer.body,
                            commit.answer.status, commit.whenMs, commit.answer.commandSha256});
                if (!answer.exec())
                    return failed(answer);
            }
            // Test builds only: a crash after the change is written and before it is committed.
            faultPoint("command-before-commit");
            return true;
        },
        error);
}

bool KeyRepository::insertKeys(const std::vector<KeyRecord> &keys, QString *error)
{
    return m_store.inTransaction(
        [&] {
            RowBatch batch(m_store.database(),
                           QStringLiteral("INSERT INTO vehicle_keys (vehicle_id, key_id, "
                                          "public_key, label, role, added_ms, last_used_ms, "
                                          "revoked, last_counter)"),
                           9);
            for (const KeyRecord &key : keys) {
                if (!batch.add({key.vehicleId, key.keyId, key.publicKey, key.label, key.role,
                                key.addedMs, qint64(0), false, qint64(0)},
                               error))
                    return false;
            }
            return batch.flush(error);
        },
        error);
}

} // namespace idlefleet::backend
