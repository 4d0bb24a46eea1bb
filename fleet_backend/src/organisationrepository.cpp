// OrganisationRepository: organisations with their fleet keys, and the certificates their
// administrators make for their managers' keys.

#include "organisationrepository.h"

#include "store.h"
#include "store/sqlbind.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace idlefleet::backend {

OrganisationRepository::OrganisationRepository(Store &store)
    : m_store(store)
{}

bool OrganisationRepository::insertOrganisation(const OrganisationRecord &organisation,
                                                QString *error)
{
    QSqlQuery query(m_store.database());
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

std::optional<OrganisationRecord> OrganisationRepository::organisation(const QString &id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT id, fleet_key_id, fleet_public_key FROM organisations WHERE id = ?"));
    bindValue(query, id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return OrganisationRecord{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toByteArray()};
}

bool OrganisationRepository::addCertificateRequest(const QString &organisationId,
                                                   const PendingCertificateRecord &request)
{
    // Bounded per organisation and per manager, so that no manager crowds out the others.
    QSqlQuery count(m_store.database());
    count.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN manager_email = ? THEN 1 "
                                 "ELSE 0 END), 0) FROM certificate_requests "
                                 "WHERE organisation_id = ? AND key_id <> ?"));
    bindValue(count, request.managerEmail);
    bindValue(count, organisationId);
    bindValue(count, request.keyId);
    if (!count.exec() || !count.next() || count.value(0).toInt() >= MaxCertificateRequests ||
        count.value(1).toInt() >= MaxCertificateRequestsPerManager)
        return false;
    QSqlQuery query(m_store.database());
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
OrganisationRepository::certificateRequests(const QString &organisationId) const
{
    QSqlQuery query(m_store.database());
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

bool OrganisationRepository::storeCertificate(const QString &organisationId, const QString &keyId,
                                              const QByteArray &certificate, qint64 notAfterMs)
{
    return m_store.inTransaction(
        [&] {
            QSqlQuery query(m_store.database());
            query.prepare(QStringLiteral(
                "INSERT INTO certificates (organisation_id, key_id, certificate, not_after_ms) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (organisation_id, key_id) DO UPDATE SET "
                "certificate = excluded.certificate, not_after_ms = excluded.not_after_ms "
                "WHERE excluded.not_after_ms > certificates.not_after_ms")); // never an older one
            bindValues(query, {organisationId, keyId, certificate, notAfterMs});
            QSqlQuery done(m_store.database());
            done.prepare(QStringLiteral(
                "DELETE FROM certificate_requests WHERE organisation_id = ? AND key_id = ?"));
            bindValues(done, {organisationId, keyId});
            return query.exec() && done.exec();
        },
        nullptr);
}

std::optional<QByteArray> OrganisationRepository::certificate(const QString &organisationId,
                                                              const QString &keyId,
                                                              qint64 nowMs) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT certificate FROM certificates WHERE organisation_id = ? "
                                 "AND key_id = ? AND not_after_ms > ?"));
    bindValue(query, organisationId);
    bindValue(query, keyId);
    bindValue(query, nowMs);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

bool OrganisationRepository::revokeCertificate(const QString &organisationId, const QString &keyId,
                                               qint64 whenMs)
{
    QSqlQuery request(m_store.database());
    request.prepare(QStringLiteral(
        "DELETE FROM certificate_requests WHERE organisation_id = ? AND key_id = ?"));
    bindValue(request, organisationId);
    bindValue(request, keyId);
    request.exec();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO revoked_certificates (organisation_id, key_id, "
                                 "revoked_ms) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    bindValue(query, organisationId);
    bindValue(query, keyId);
    bindValue(query, whenMs);
    return query.exec();
}

bool OrganisationRepository::certificateRevoked(const QString &organisationId,
                                                const QString &keyId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM revoked_certificates WHERE organisation_id = ? AND key_id = ?"));
    bindValue(query, organisationId);
    bindValue(query, keyId);
    return query.exec() && query.next();
}

std::vector<OrganisationRecord> OrganisationRepository::organisations() const
{
    std::vector<OrganisationRecord> out;
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral(
        "SELECT id, fleet_key_id, fleet_public_key FROM organisations ORDER BY rowid"));
    while (query.next())
        out.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray()});
    return out;
}

} // namespace idlefleet::backend
