#pragma once

#include "storerecords.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace idlefleet::backend {

class Store;

/// Organisations and their fleet keys (organisationrepository.cpp): the public half of each
/// organisation's fleet key, its managers' keys waiting for the administrator, the certificates
/// the administrator made of them, and the ones revoked.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(Store &store);

    bool insertOrganisation(const OrganisationRecord &organisation, QString *error);
    std::optional<OrganisationRecord> organisation(const QString &id) const;
    /// Every organisation, oldest first (`idlefleetd admin list`).
    std::vector<OrganisationRecord> organisations() const;
    /// A manager's key waiting for the administrator (kept once per key, for whoever asked
    /// first; false when the organisation already has MaxCertificateRequests waiting, or the
    /// manager MaxCertificateRequestsPerManager).
    bool addCertificateRequest(const QString &organisationId,
                               const PendingCertificateRecord &request);
    std::vector<PendingCertificateRecord> certificateRequests(const QString &organisationId) const;
    /// Keeps the administrator's certificate of a key (replacing an earlier one) and ends the
    /// key's request, in one transaction.
    bool storeCertificate(const QString &organisationId, const QString &keyId,
                          const QByteArray &certificate, qint64 notAfterMs);
    /// The certificate kept for a key, if it is in force at `nowMs`.
    std::optional<QByteArray> certificate(const QString &organisationId, const QString &keyId,
                                          qint64 nowMs) const;
    static constexpr int MaxCertificateRequests = 1000;
    static constexpr int MaxCertificateRequestsPerManager = 20;
    bool revokeCertificate(const QString &organisationId, const QString &keyId, qint64 whenMs);
    bool certificateRevoked(const QString &organisationId, const QString &keyId) const;

private:
    Store &m_store;
};

} // namespace idlefleet::backend
