// GrantRepository: support grants with the audit of their use.

#include "grantrepository.h"

#include "store.h"
#include "store/sqlbind.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace idlefleet::backend {
namespace {

constexpr auto GrantColumns =
    "g.id, g.vehicle_id, g.support_account_id, g.granted_by, g.created_ms, g.expires_ms, "
    "g.revoked_ms";

GrantRecord grantFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(),  q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(),  q.value(4).toLongLong(), q.value(5).toLongLong(),
            q.value(6).toLongLong()};
}

std::vector<GrantRecord> grantsWhere(const QSqlDatabase &db, const QString &condition,
                                     const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM support_grants g %2 ORDER BY g.created_ms, g.id")
                      .arg(QLatin1String(GrantColumns), condition));
    bindValue(query, value);
    std::vector<GrantRecord> out;
    if (query.exec()) {
        while (query.next())
            out.push_back(grantFrom(query));
    }
    return out;
}

} // namespace

GrantRepository::GrantRepository(Store &store)
    : m_store(store)
{}

bool GrantRepository::insertGrant(const GrantRecord &grant)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO support_grants (id, vehicle_id, support_account_id, granted_by, created_ms, "
        "expires_ms, revoked_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindValue(query, grant.id);
    bindValue(query, grant.vehicleId);
    bindValue(query, grant.supportAccountId);
    bindValue(query, grant.grantedBy);
    bindValue(query, grant.createdMs);
    bindValue(query, grant.expiresMs);
    bindValue(query, grant.revokedMs);
    return query.exec();
}

std::optional<GrantRecord> GrantRepository::grant(const QString &grantId) const
{
    auto found = grantsWhere(m_store.database(), QStringLiteral("WHERE g.id = ?"), grantId);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<GrantRecord> GrantRepository::grantsOfVehicle(const QString &vehicleId) const
{
    return grantsWhere(m_store.database(), QStringLiteral("WHERE g.vehicle_id = ?"), vehicleId);
}

std::vector<GrantRecord> GrantRepository::grantsOnCarsOf(const QString &owner) const
{
    return grantsWhere(m_store.database(),
                       QStringLiteral("JOIN vehicles v ON v.id = g.vehicle_id WHERE v.owner = ?"),
                       owner);
}

std::vector<GrantRecord> GrantRepository::grantsHeldBy(const QString &supportAccountId) const
{
    return grantsWhere(m_store.database(), QStringLiteral("WHERE g.support_account_id = ?"),
                       supportAccountId);
}

bool GrantRepository::revokeGrant(const QString &grantId, qint64 whenMs)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE support_grants SET revoked_ms = ? WHERE id = ? AND revoked_ms = 0"));
    bindValue(query, whenMs);
    bindValue(query, grantId);
    return query.exec();
}

bool GrantRepository::appendAudit(const AuditRecord &entry)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO support_audit (grant_id, vehicle_id, account_id, "
                                 "at_ms, action) VALUES (?, ?, ?, ?, ?)"));
    bindValue(query, entry.grantId);
    bindValue(query, entry.vehicleId);
    bindValue(query, entry.accountId);
    bindValue(query, entry.atMs);
    bindValue(query, entry.action);
    return query.exec();
}

std::vector<AuditRecord> GrantRepository::auditOf(const QString &vehicleId, int limit) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT grant_id, vehicle_id, account_id, at_ms, action FROM "
                                 "support_audit WHERE vehicle_id = ? ORDER BY at_ms DESC, rowid "
                                 "DESC LIMIT ?"));
    bindValue(query, vehicleId);
    bindValue(query, limit);
    std::vector<AuditRecord> out;
    if (query.exec()) {
        while (query.next())
            out.push_back({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toLongLong(),
                           query.value(4).toString()});
    }
    return out;
}

} // namespace idlefleet::backend
