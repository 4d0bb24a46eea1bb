// Store: support grants with the audit of their use, and organisations with their fleet keys.

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

bool Store::insertGrant(const GrantRecord &grant)
{
    QSqlQuery query(database());
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

std::optional<GrantRecord> Store::grant(const QString &grantId) const
{
    auto found = grantsWhere(database(), QStringLiteral("WHERE g.id = ?"), grantId);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<GrantRecord> Store::grantsOfVehicle(const QString &vehicleId) const
{
    return grantsWhere(database(), QStringLiteral("WHERE g.vehicle_id = ?"), vehicleId);
}

std::vector<GrantRecord> Store::grantsOnCarsOf(const QString &owner) const
{
    return grantsWhere(database(),
                       QStringLiteral("JOIN vehicles v ON v.id = g.vehicle_id WHERE v.owner = ?"),
                       owner);
}

std::vector<GrantRecord> Store::grantsHeldBy(const QString &supportAccountId) const
{
    return grantsWhere(database(), QStringLiteral("WHERE g.support_account_id = ?"),
                       supportAccountId);
}

bool Store::revokeGrant(const QString &grantId, qint64 whenMs)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("UPDATE support_grants SET revoked_ms = ? WHERE id = ? AND revoked_ms = 0"));
    bindValue(query, whenMs);
    bindValue(query, grantId);
    return query.exec();
}

bool Store::appendAudit(const AuditRecord &entry)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO support_audit (grant_id, vehicle_id, account_id, "
                                 "at_ms, action) VALUES (?, ?, ?, ?, ?)"));
    bindValue(query, entry.grantId);
    bindValue(query, entry.vehicleId);
    bindValue(query, entry.accountId);
    bindValue(query, entry.atMs);
    bindValue(query, entry.action);
    return query.exec();
}

std::vector<AuditRecord> Store::auditOf(const QString &vehicleId, int limit) const
{
    QSqlQuery query(database());
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

bool Store::insertOrganisation(const OrganisationRecord &organisation, QString *error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO organisations (id, fleet_key_id, fleet_public_key) VALUES (?, ?, ?)"));
    bindValue(query, organisation.id);
    bindValue(query, organisation.fleetKeyId);
    bindValue(query, organisation.fleetPublicKey);
    if (!query.exec()) {
        *error = QStringLiteral("database: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<OrganisationRecord> Store::organisation(const QString &id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT id, fleet_key_id, fleet_public_key FROM organisations WHERE id = ?"));
    bindValue(query, id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return OrganisationRecord{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toByteArray()};
}

bool Store::addCertificateRequest(const QString &organisationId,
                                  const PendingCertificateRecord &request)
{
    // Bounded per organisation and per manager, so that no manager crowds out the others.
    QSqlQuery count(database());
    count.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN manager_email = ? THEN 1 "
                                 "ELSE 0 END), 0) FROM certificate_requests "
                                 "WHERE organisation_id = ? AND key_id <> ?"));
    bindValue(count, request.managerEmail);
    bindValue(count, organisationId);
    bindValue(count, request.keyId);
    if (!count.exec() || !count.next() || count.value(0).toInt() >= MaxCertificateRequests ||
        count.value(1).toInt() >= MaxCertificateRequestsPerManager)
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO certificate_requests (organisation_id, key_id, public_key, label, "
        "manager_email, requested_ms) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (organisation_id, key_id) DO NOTHING")); // the first to ask keeps it
    bindValue(query, organisationId);
    bindValue(query, request.keyId);
    bindValue(query, request.publicKey);
    bindValue(query, request.label);
    bindValue(query, request.managerEmail);
    bindValue(query, request.requestedMs);
    return query.exec();
}

std::vector<PendingCertificateRecord>
Store::certificateRequests(const QString &organisationId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT key_id, public_key, label, manager_email, requested_ms FROM certificate_requests "
        "WHERE organisation_id = ? ORDER BY requested_ms, key_id"));
    bindValue(query, organisationId);
    std::vector<PendingCertificateRecord> out;
    if (!query.exec())
        return out;
    while (query.next())
        out.push_back({query.value(0).toString(), query.value(1).toByteArray(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toLongLong()});
    return out;
}

bool Store::storeCertificate(const QString &organisationId, const QString &keyId,
                             const QByteArray &certificate, qint64 notAfterMs)
{
    return inTransaction(
        [&] {
            QSqlQuery query(database());
            query.prepare(QStringLiteral(
                "INSERT INTO certificates (organisation_id, key_id, certificate, not_after_ms) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (organisation_id, key_id) DO UPDATE SET "
                "certificate = excluded.certificate, not_after_ms = excluded.not_after_ms "
                "WHERE excluded.not_after_ms > certificates.not_after_ms")); // never an older one
            bindValues(query, {organisationId, keyId, certificate, notAfterMs});
            QSqlQuery done(database());
            done.prepare(QStringLiteral(
                "DELETE FROM certificate_requests WHERE organisation_id = ? AND key_id = ?"));
            bindValues(done, {organisationId, keyId});
            return query.exec() && done.exec();
        },
        nullptr);
}

std::optional<QByteArray> Store::certificate(const QString &organisationId, const QString &keyId,
                                             qint64 nowMs) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT certificate FROM certificates WHERE organisation_id = ? "
                                 "AND key_id = ? AND not_after_ms > ?"));
    bindValue(query, organisationId);
    bindValue(query, keyId);
    bindValue(query, nowMs);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

bool Store::revokeCertificate(const QString &organisationId, const QString &keyId, qint64 whenMs)
{
    QSqlQuery request(database());
    request.prepare(QStringLiteral(
        "DELETE FROM certificate_requests WHERE organisation_id = ? AND key_id = ?"));
    bindValue(request, organisationId);
    bindValue(request, keyId);
    request.exec();
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO revoked_certificates (organisation_id, key_id, "
                                 "revoked_ms) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    bindValue(query, organisationId);
    bindValue(query, keyId);
    bindValue(query, whenMs);
    return query.exec();
}

bool Store::certificateRevoked(const QString &organisationId, const QString &keyId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM revoked_certificates WHERE organisation_id = ? AND key_id = ?"));
    bindValue(query, organisationId);
    bindValue(query, keyId);
    return query.exec() && query.next();
}

bool Store::insertKeys(const std::vector<KeyRecord> &keys, QString *error)
{
    return inTransaction(
        [&] {
            RowBatch batch(database(),
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

bool Store::replaceDeviceTokens(const std::vector<std::pair<QString, QByteArray>> &digests,
                                QString *error)
{
    return inTransaction(
        [&] {
            QSqlQuery remove(database());
            remove.prepare(QStringLiteral("DELETE FROM device_tokens WHERE vehicle_id = ?"));
            QSqlQuery insert(database());
            insert.prepare(
                QStringLiteral("INSERT INTO device_tokens (digest, vehicle_id) VALUES (?, ?)"));
            for (const auto &[vehicleId, digest] : digests) {
                bindValue(remove, vehicleId);
                bindValue(insert, digest);
                bindValue(insert, vehicleId);
                if (!remove.exec() || !insert.exec()) {
                    *error = QStringLiteral("database: %1")
                                 .arg(remove.lastError().isValid() ? remove.lastError().text()
                                                                   : insert.lastError().text());
                    return false;
                }
            }
            return true;
        },
        error);
}

std::optional<QString> Store::vehicleForDevice(const QByteArray &digest) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT vehicle_id FROM device_tokens WHERE digest = ?"));
    bindValue(query, digest);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

std::optional<ReportRecord> Store::lastReport(const QString &vehicleId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT vehicle_id, observed_ms, soc_centi, plugged_in, driving, chip_deci, "
        "compute_watts, energy_today_wh, received_ms FROM vehicle_reports WHERE vehicle_id = ?"));
    bindValue(query, vehicleId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ReportRecord{
        query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt(),
        query.value(3).toBool(),   query.value(4).toBool(),     query.value(5).toInt(),
        query.value(6).toInt(),    query.value(7).toLongLong(), query.value(8).toLongLong()};
}

bool Store::saveReport(const ReportRecord &report)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO vehicle_reports (vehicle_id, observed_ms, soc_centi, plugged_in, "
        "driving, chip_deci, compute_watts, energy_today_wh, received_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (vehicle_id) DO UPDATE SET "
        "observed_ms = excluded.observed_ms, soc_centi = excluded.soc_centi, "
        "plugged_in = excluded.plugged_in, driving = excluded.driving, "
        "chip_deci = excluded.chip_deci, compute_watts = excluded.compute_watts, "
        "energy_today_wh = excluded.energy_today_wh, received_ms = excluded.received_ms"));
    bindValue(query, report.vehicleId);
    bindValue(query, report.observedMs);
    bindValue(query, report.socCenti);
    bindValue(query, report.pluggedIn);
    bindValue(query, report.driving);
    bindValue(query, report.chipDeci);
    bindValue(query, report.computeWatts);
    bindValue(query, report.energyTodayWh);
    bindValue(query, report.receivedMs);
    return query.exec();
}

} // namespace idlefleet::backend
