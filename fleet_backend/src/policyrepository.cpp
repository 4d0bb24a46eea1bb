// PolicyRepository: the policy each car runs, every version it confirmed, and the groups an
// organisation puts its cars in.

#include "policyrepository.h"

#include "database.h"
#include "store.h"
#include "store/sqlbind.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace idlefleet::backend {

PolicyRepository::PolicyRepository(Store &store)
    : m_store(store)
{}

bool PolicyRepository::savePolicy(const QString &vehicleId, qint64 version,
                                  const v1::Policy &policy, const QString &keyId, qint64 appliedMs)
{
    const QByteArray bytes = QByteArray::fromStdString(policy.SerializeAsString());
    if (appliedMs == 0)
        appliedMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_store.database());
    query.prepare(upsertSql(QStringLiteral("vehicle_policies"),
                            QStringLiteral("vehicle_id, version, policy, updated_ms"),
                            QStringLiteral("vehicle_id")));
    bindValue(query, vehicleId);
    bindValue(query, version);
    bindValue(query, bytes);
    bindValue(query, appliedMs);
    if (!query.exec())
        return false;
    // Every version the car confirmed stays, for support's view of what ran when.
    QSqlQuery history(m_store.database());
    history.prepare(upsertSql(QStringLiteral("policy_history"),
                              QStringLiteral("vehicle_id, version, policy, applied_ms, key_id"),
                              QStringLiteral("vehicle_id, version")));
    bindValue(history, vehicleId);
    bindValue(history, version);
    bindValue(history, bytes);
    bindValue(history, appliedMs);
    bindValue(history, keyId);
    return history.exec();
}

bool PolicyRepository::setGroup(const QStringList &vehicleIds, const QString &group, QString *error)
{
    return m_store.inTransaction(
        [&] {
            QSqlQuery query(m_store.database());
            query.prepare(QStringLiteral("UPDATE vehicles SET group_name = ? WHERE id = ?"));
            for (const QString &id : vehicleIds) {
                bindValue(query, group);
                bindValue(query, id);
                if (!query.exec()) {
                    *error = QStringLiteral("database: %1").arg(query.lastError().text());
                    return false;
                }
            }
            return true;
        },
        error);
}

std::vector<PolicyRevisionRecord> PolicyRepository::policyHistory(const QString &vehicleId,
                                                                  int limit) const
{
    std::vector<PolicyRevisionRecord> out;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT version, applied_ms, key_id, policy FROM policy_history "
                                 "WHERE vehicle_id = ? ORDER BY version DESC LIMIT ?"));
    bindValue(query, vehicleId);
    bindValue(query, limit);
    query.exec();
    while (query.next()) {
        PolicyRevisionRecord revision;
        revision.version = query.value(0).toLongLong();
        revision.appliedMs = query.value(1).toLongLong();
        revision.keyId = query.value(2).toString();
        const QByteArray bytes = query.value(3).toByteArray();
        revision.policy.ParseFromArray(bytes.constData(), int(bytes.size()));
        out.push_back(std::move(revision));
    }
    return out;
}

bool PolicyRepository::savePolicies(const std::vector<SimulatedVehicle> &vehicles, QString *error)
{
    return m_store.inTransaction([&] { return writePolicies(vehicles, error); }, error);
}

bool PolicyRepository::writePolicies(const std::vector<SimulatedVehicle> &vehicles, QString *error)
{
    // As savePolicy() keeps one, many rows a statement (each car once).
    const qint64 appliedMs = QDateTime::currentMSecsSinceEpoch();
    RowBatch current(m_store.database(),
                     QStringLiteral("INSERT INTO vehicle_policies (vehicle_id, version, policy, "
                                    "updated_ms)"),
                     4,
                     onConflictReplace(QStringLiteral("vehicle_id, version, policy, updated_ms"),
                                       QStringLiteral("vehicle_id")));
    RowBatch history(
        m_store.database(),
        QStringLiteral("INSERT INTO policy_history (vehicle_id, version, policy, applied_ms, "
                       "key_id)"),
        5,
        onConflictReplace(QStringLiteral("vehicle_id, version, policy, applied_ms, key_id"),
                          QStringLiteral("vehicle_id, version")));
    for (const SimulatedVehicle &vehicle : vehicles) {
        if (vehicle.policyVersion == 0)
            continue;
        const QByteArray bytes = QByteArray::fromStdString(vehicle.policy.SerializeAsString());
        if (!current.add({vehicle.id, vehicle.policyVersion, bytes, appliedMs}, error) ||
            !history.add({vehicle.id, vehicle.policyVersion, bytes, appliedMs, QString()}, error))
            return false;
    }
    return current.flush(error) && history.flush(error);
}

} // namespace idlefleet::backend
