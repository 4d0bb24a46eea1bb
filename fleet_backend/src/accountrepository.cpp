// AccountRepository: accounts and sessions, what each person agreed to, and deleting an account.

#include "accountrepository.h"

#include "store.h"
#include "store/sqlbind.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace idlefleet::backend {
namespace {

constexpr auto AccountColumns = "id, email, display_name, role, organisation_id, password";
constexpr auto SessionColumns =
    "access_digest, refresh_digest, account_id, access_expires_ms, refresh_expires_ms, family";

AccountRecord accountFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt(),    query.value(4).toString(), query.value(5).toByteArray()};
}

SessionRecord sessionFrom(const QSqlQuery &query)
{
    return {query.value(0).toByteArray(), query.value(1).toByteArray(), query.value(2).toString(),
            query.value(3).toLongLong(),  query.value(4).toLongLong(),  query.value(5).toString()};
}

} // namespace

AccountRepository::AccountRepository(Store &store)
    : m_store(store)
{}

bool AccountRepository::insertAccount(const AccountRecord &account, QString *error)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("INSERT INTO accounts (id, email, display_name, role, "
                       "organisation_id, password, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindValue(query, account.id);
    bindValue(query, account.email);
    bindValue(query, account.displayName);
    bindValue(query, account.role);
    bindValue(query, account.organisationId);
    bindValue(query, QString::fromLatin1(account.password));
    bindValue(query, QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        *error = QStringLiteral("database: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<AccountRecord> AccountRepository::accountByEmail(const QString &email) const
{
    QSqlQuery query(m_store.database());
    // E-mail addresses match whatever their case, in both dialects.
    query.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE lower(email) = lower(?)")
                      .arg(QLatin1String(AccountColumns)));
    bindValue(query, email);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return accountFrom(query);
}

std::optional<AccountRecord> AccountRepository::accountById(const QString &id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(QLatin1String(AccountColumns)));
    bindValue(query, id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return accountFrom(query);
}

bool AccountRepository::hasAccounts() const
{
    QSqlQuery query(m_store.database());
    return query.exec(QStringLiteral("SELECT 1 FROM accounts LIMIT 1")) && query.next();
}

bool AccountRepository::setPassword(const QString &accountId, const QByteArray &password)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE accounts SET password = ? WHERE id = ?"));
    bindValue(query, QString::fromLatin1(password));
    bindValue(query, accountId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::insertSession(const SessionRecord &session)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO sessions (%1) VALUES (?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(SessionColumns)));
    bindValue(query, QString::fromLatin1(session.accessDigest));
    bindValue(query, QString::fromLatin1(session.refreshDigest));
    bindValue(query, session.accountId);
    bindValue(query, session.accessExpiresMs);
    bindValue(query, session.refreshExpiresMs);
    bindValue(query, session.family);
    return query.exec();
}

bool AccountRepository::rotateSession(const SessionRecord &old, const SessionRecord &next)
{
    return m_store.inTransaction(
        [&] {
            QSqlQuery spent(m_store.database());
            spent.prepare(upsertSql(QStringLiteral("spent_refresh"),
                                    QStringLiteral("refresh_digest, family, expires_ms"),
                                    QStringLiteral("refresh_digest")));
            bindValues(spent,
                       {QString::fromLatin1(old.refreshDigest), old.family, old.refreshExpiresMs});
            return spent.exec() && deleteSession(old.accessDigest) && insertSession(next);
        },
        nullptr);
}

std::optional<QString> AccountRepository::spentRefreshFamily(const QByteArray &refreshDigest) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT family FROM spent_refresh WHERE refresh_digest = ?"));
    bindValue(query, QString::fromLatin1(refreshDigest));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

QList<QByteArray> AccountRepository::deleteFamily(const QString &family)
{
    QList<QByteArray> ended;
    if (family.isEmpty())
        return ended;
    QSqlQuery select(m_store.database());
    select.prepare(QStringLiteral("SELECT access_digest FROM sessions WHERE family = ?"));
    bindValue(select, family);
    if (select.exec()) {
        while (select.next())
            ended.append(select.value(0).toByteArray());
    }
    QSqlQuery remove(m_store.database());
    remove.prepare(QStringLiteral("DELETE FROM sessions WHERE family = ?"));
    bindValue(remove, family);
    remove.exec();
    return ended;
}

std::optional<SessionRecord>
AccountRepository::sessionByAccess(const QByteArray &accessDigest) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE access_digest = ?")
                      .arg(QLatin1String(SessionColumns)));
    bindValue(query, QString::fromLatin1(accessDigest));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return sessionFrom(query);
}

std::optional<SessionRecord>
AccountRepository::sessionByRefresh(const QByteArray &refreshDigest) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE refresh_digest = ?")
                      .arg(QLatin1String(SessionColumns)));
    bindValue(query, QString::fromLatin1(refreshDigest));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return sessionFrom(query);
}

bool AccountRepository::deleteSession(const QByteArray &accessDigest)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE access_digest = ?"));
    bindValue(query, QString::fromLatin1(accessDigest));
    return query.exec();
}

bool AccountRepository::deleteSessionsOf(const QString &accountId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE account_id = ?"));
    bindValue(query, accountId);
    return query.exec();
}

bool AccountRepository::insertConsent(const QString &accountId, const QString &termsVersion,
                                      qint64 atMs, bool withdrawn)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO consents (account_id, terms_version, accepted_ms, "
                                 "withdrawn) VALUES (?, ?, ?, ?)"));
    bindValue(query, accountId);
    bindValue(query, termsVersion);
    bindValue(query, atMs);
    bindValue(query, withdrawn ? 1 : 0);
    return query.exec();
}

std::vector<AccountRepository::ConsentRecord>
AccountRepository::consentsOf(const QString &accountId) const
{
    std::vector<ConsentRecord> out;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT terms_version, accepted_ms, withdrawn FROM consents "
                                 "WHERE account_id = ? ORDER BY accepted_ms, rowid"));
    bindValue(query, accountId);
    query.exec();
    while (query.next())
        out.push_back(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toBool()});
    return out;
}

QSet<QString> AccountRepository::consentingOwners() const
{
    QSet<QString> out;
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral(
        "SELECT lower(a.email) FROM accounts a WHERE (SELECT c.withdrawn FROM consents c "
        "WHERE c.account_id = a.id ORDER BY c.accepted_ms DESC, c.rowid DESC LIMIT 1) = 0"));
    while (query.next())
        out.insert(query.value(0).toString());
    return out;
}

bool AccountRepository::deleteAccount(const QString &accountId, const QStringList &vehicleIds,
                                      QString *error)
{
    return m_store.inTransaction(
        [&] {
            QSqlQuery query(m_store.database());
            auto run = [&] {
                if (query.exec())
                    return true;
                *error = QStringLiteral("database: %1").arg(query.lastError().text());
                return false;
            };
            // Rows without a foreign key to the car first; the rest go with the car and the
            // account.
            for (const char *table :
                 {"status_minutes", "status_rollups", "ledger_entries", "ledger_jobs",
                  "ledger_sessions", "command_results", "support_grants", "support_audit",
                  "device_tokens", "vehicle_reports", "policy_history", "vehicles"}) {
                query.prepare(
                    QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                        .arg(QLatin1String(table),
                             QLatin1String(qstrcmp(table, "vehicles") == 0 ? "id" : "vehicle_id")));
                for (const QString &vehicleId : vehicleIds) {
                    bindValue(query, vehicleId);
                    if (!run())
                        return false;
                }
            }
            // Grants a support engineer held go with their account, and so does the record of
            // their use.
            for (const char *sql : {"DELETE FROM support_grants WHERE support_account_id = ?",
                                    "DELETE FROM support_audit WHERE account_id = ?",
                                    "DELETE FROM accounts WHERE id = ?"}) {
                query.prepare(QLatin1String(sql));
                bindValue(query, accountId);
                if (!run())
                    return false;
            }
            return true;
        },
        error);
}

void AccountRepository::deleteExpiredSessions(qint64 nowMs)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM sessions WHERE refresh_expires_ms <= ?"));
    bindValue(query, nowMs);
    query.exec();
    QSqlQuery spent(m_store.database());
    spent.prepare(QStringLiteral("DELETE FROM spent_refresh WHERE expires_ms <= ?"));
    bindValue(spent, nowMs);
    spent.exec();
}

std::vector<AccountRecord> AccountRepository::accounts() const
{
    std::vector<AccountRecord> out;
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("SELECT id, email, display_name, role, organisation_id FROM accounts "
                              "ORDER BY rowid"));
    while (query.next()) {
        AccountRecord account;
        account.id = query.value(0).toString();
        account.email = query.value(1).toString();
        account.displayName = query.value(2).toString();
        account.role = query.value(3).toInt();
        account.organisationId = query.value(4).toString();
        out.push_back(account);
    }
    return out;
}

} // namespace idlefleet::backend
