#pragma once

#include "storerecords.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace idlefleet::backend {

class Store;

/// The people who sign in (accountrepository.cpp): their accounts, their sessions (both tokens
/// as digests, with the refresh tokens already spent), what terms they agreed to or withdrew
/// from, and the deletion of an account with everything kept about it and its cars.
class AccountRepository
{
public:
    explicit AccountRepository(Store &store);

    // Accounts and sessions.
    bool insertAccount(const AccountRecord &account, QString *error);
    std::optional<AccountRecord> accountByEmail(const QString &email) const;
    std::optional<AccountRecord> accountById(const QString &id) const;
    bool hasAccounts() const;
    /// Every account, oldest first (`idlefleetd admin list`).
    std::vector<AccountRecord> accounts() const;
    bool setPassword(const QString &accountId, const QByteArray &password);
    bool insertSession(const SessionRecord &session);
    std::optional<SessionRecord> sessionByAccess(const QByteArray &accessDigest) const;
    std::optional<SessionRecord> sessionByRefresh(const QByteArray &refreshDigest) const;
    bool deleteSession(const QByteArray &accessDigest);
    bool deleteSessionsOf(const QString &accountId);
    /// Replaces a session by its refresh (one transaction): the old one goes, its refresh token
    /// is remembered as spent, the new one of the same family comes.
    bool rotateSession(const SessionRecord &old, const SessionRecord &next);
    /// The family of a spent refresh token, if it was spent and has not expired.
    std::optional<QString> spentRefreshFamily(const QByteArray &refreshDigest) const;
    /// Ends a family: its sessions go; returns their access digests.
    QList<QByteArray> deleteFamily(const QString &family);
    /// Forgets sessions whose refresh token has expired.
    void deleteExpiredSessions(qint64 nowMs);

    // Data rights.
    /// Records an agreement to `termsVersion`, or its withdrawal.
    bool insertConsent(const QString &accountId, const QString &termsVersion, qint64 atMs,
                       bool withdrawn = false);
    struct ConsentRecord
    {
        QString termsVersion;
        qint64 atMs = 0;
        bool withdrawn = false;
    };
    /// The emails (lower case) of the people whose latest word is an agreement.
    QSet<QString> consentingOwners() const;
    /// Every agreement and withdrawal, oldest first.
    std::vector<ConsentRecord> consentsOf(const QString &accountId) const;
    /// Deletes an account with everything kept about it and its cars, in one transaction.
    bool deleteAccount(const QString &accountId, const QStringList &vehicleIds, QString *error);

private:
    Store &m_store;
};

} // namespace idlefleet::backend
