#pragma once

#include "executor.h"
#include "http/httpmessage.h"
#include "store.h"

#include <QHash>
#include <functional>
#include <optional>

namespace idlefleet::backend {

/// Sign-in, sessions and the rules that guard them: slow salted password hashes, short-lived
/// access tokens, one-time refresh tokens, and a limit on failed logins per account and per
/// address, counted in the database that every instance shares. All expiry runs on the wall
/// clock, never the world's clock.
class AuthService
{
public:
    AuthService(Store &store, Executor &executor);

    http::Response login(const http::Request &request);
    http::Response refresh(const http::Request &request);
    http::Response logout(const http::Request &request, const AccountRecord &account);
    http::Response changePassword(const http::Request &request, const AccountRecord &account);

    /// The account behind the request's bearer token; otherwise the 401 to answer with.
    /// `accessExpiresMs`, if given, gets the end of the token's life.
    std::optional<AccountRecord> authenticate(const http::Request &request,
                                              http::Response *unauthorized,
                                              qint64 *accessExpiresMs = nullptr) const;
    /// authenticate() without the event loop waiting for the database: the session and its
    /// account are looked up on the executor's thread, then `then` answers on the event loop
    /// with the account, or the 401 is answered (503 with Retry-After when too many wait or the
    /// database cannot be reached).
    using Signed = std::function<http::Response(const AccountRecord &account)>;
    http::Response whenSignedIn(const http::Request &request, Signed then);

    /// What follows a password proved right: `account` as it is now, and the new password's
    /// record when one was asked for.
    using PasswordChecked =
        std::function<http::Response(const AccountRecord &account, const QByteArray &newRecord)>;
    /// Checks a signed-in person's password again (changing it, deleting the account) on a
    /// hashing thread, then answers with `then`. Wrong guesses count like failed sign-ins, so
    /// no route lets anyone guess without limit: a wrong one is answered 403 (`message` says
    /// what did not happen, `field` names the field), too many 429. `newPassword`, if given, is
    /// hashed on the same trip.
    http::Response checkPassword(const http::Request &request, const AccountRecord &account,
                                 const std::string &password, const QString &field,
                                 const QString &message, PasswordChecked then,
                                 const QString &newPassword = {});

    /// Told the access digests of sessions ended otherwise than by the request's own logout (a
    /// refresh token used twice ends its whole family), to end what they covered (live streams).
    void setSessionsEnded(std::function<void(const QList<QByteArray> &)> ended)
    {
        m_sessionsEnded = std::move(ended);
    }

    /// Creates an account (demo world, tests); the password is hashed here.
    bool createAccount(AccountRecord account, const QString &password, QString *error);

    static constexpr qint64 AccessTtlMs = 15 * 60 * 1000;
    /// How long new access tokens last (tests shorten it to see sessions refreshed mid-work).
    void setAccessLifetimeMs(qint64 ms) { m_accessTtlMs = ms; }
    static constexpr qint64 RefreshTtlMs = 30LL * 24 * 3600 * 1000;
    static constexpr int MaxFailuresPerAccount = 5;
    static constexpr int MaxFailuresPerAddress = 100;
    static constexpr int MaxEmailLength = 254;
    static constexpr int MaxPasswordBytes = 1024;
    static constexpr qint64 FailureWindowMs = 15 * 60 * 1000;
    /// An account signed in from an address before is not held up by that address's limit
    /// (others' failures there), for this long after its last success.
    static constexpr qint64 KnownAddressMs = 30LL * 24 * 3600 * 1000;
    static constexpr int MinPasswordLength = 10;
    /// Hashes one address may have waiting or running at once (the hashing queue is shared by
    /// everyone: no address may fill it).
    static constexpr int MaxHashesPerAddress = 4;

private:
    /// Who asks, from the request's Authorization header: the account, or the 401 to answer.
    struct Caller
    {
        std::optional<AccountRecord> account;
        http::Response unauthorized;
        qint64 accessExpiresMs = 0;
    };
    /// Reads nothing but `store`: runs on any thread with its own connection.
    static Caller identify(const Store &store, const QByteArray &authorization);

    /// A new session of `family` (empty: a new sign-in, a new family); `replacing` the session
    /// whose refresh made it, if any.
    http::Response newSession(const AccountRecord &account, const QString &family = {},
                              const SessionRecord *replacing = nullptr);
    http::Response finishLogin(bool valid, const QByteArray &rehashed, const QString &email,
                               const QByteArray &checkedRecord, const QString &accountKey,
                               const QString &addressKey);
    /// Whether `key` has used up its `limit` of failures, counting attempts still being
    /// checked as failures-to-be; `retryAfterMs` says how long to wait.
    bool tooManyFailures(const QString &key, int limit, qint64 now, qint64 *retryAfterMs);
    void recordFailure(const QString &key, qint64 now);
    /// Attempts whose hashes run, counted under each of `keys` until they are done.
    void startChecking(const QStringList &keys);
    void doneChecking(const QStringList &keys, bool failed, qint64 now);
    static http::Response tooMany(qint64 retryAfterMs, const QString &what);

    static inline const QString HashingPrefix = QStringLiteral("hashing:");
    Store &m_store;
    Executor &m_executor;
    const QByteArray m_decoy;       ///< checked against for unknown e-mail addresses
    QHash<QString, int> m_checking; // key -> attempts being checked (here, on this instance)
    qint64 m_accessTtlMs = AccessTtlMs;
    std::function<void(const QList<QByteArray> &)> m_sessionsEnded;
};

} // namespace idlefleet::backend
