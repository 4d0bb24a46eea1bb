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

    /// The account behind the request's bearer token, without the event loop waiting for the
    /// database: the session and its account are looked up on the executor's thread, then
    /// `then` answers on the event loop with the account, or the 401 is answered (503 with
    /// Retry-After when too many wait or the database cannot be reached).
    using Signed = std::function<http::Response(const AccountRecord &account)>;
    http::Response whenSignedIn(const http::Request &request, Signed then);
    /// Who the Authorization header `authorization` signs in, looked up as whenSignedIn() does,
    /// given to `then` on the event loop: the account and the end of its token; else nothing,
    /// with the reason, and `busy` when the look-up could not be made.
    void identifyLater(const QByteArray &authorization,
                       std::function<void(std::optional<AccountRecord> account,
                                          qint64 accessExpiresMs, const QString &why, bool busy)>
                           then);

    /// What follows a password proved right, on the event loop: `account` as it is now, and the
    /// new password's record when one was asked for.
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
    /// What requests that need no sign-in (a sign-in's first look, a refresh) may have waiting
    /// for the writing thread: from one address, and in all (half its queue), so that a flood
    /// of them never crowds out signed-in people's changes.
    static constexpr int MaxGuestWritesPerAddress = 8;
    static constexpr int MaxGuestWrites = Executor::MaxQueuedWrites / 2;

    /// A key's failed attempts within FailureWindowMs, and when the oldest of them was.
    struct Failures
    {
        int count = 0;
        qint64 oldestMs = 0;
    };

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

    /// A new session of `family` (empty: a new sign-in, a new family), kept in `store`, with
    /// an access token lasting `accessTtlMs`; `replacing` the session whose refresh made it, if
    /// any. Runs on the writing thread.
    static http::Response newSession(Store &store, qint64 accessTtlMs, const AccountRecord &account,
                                     const QString &family = {},
                                     const SessionRecord *replacing = nullptr);
    /// After a sign-in's hash: the failure recorded, or the session made, on the writing thread.
    http::Response finishLogin(bool valid, const QByteArray &rehashed, const QString &email,
                               const QByteArray &checkedRecord, const QString &accountKey,
                               const QString &addressKey);
    /// After checkPassword()'s hash: the failure recorded or `then` answering.
    http::Response finishCheck(bool valid, const QByteArray &newRecord, const QString &accountId,
                               const QByteArray &checkedRecord, const QString &accountKey,
                               const QString &field, const QString &message,
                               const PasswordChecked &then);
    /// The failures of `key` within the window, from `store`.
    static Failures failuresOf(const Store &store, const QString &key, qint64 now);
    /// Whether `key`, with `failures` kept, has used up its `limit`, counting attempts still
    /// being checked as failures-to-be; `retryAfterMs` says how long to wait.
    bool tooManyFailures(const QString &key, const Failures &failures, int limit, qint64 now,
                         qint64 *retryAfterMs) const;
    /// Attempts whose hashes run, counted under each of `keys` until they are done (their
    /// failure, if any, committed).
    void startChecking(const QStringList &keys);
    void doneChecking(const QStringList &keys);
    static http::Response tooMany(qint64 retryAfterMs, const QString &what);
    /// `work` on the writing thread for a request that needs no sign-in, from `peer`, within
    /// MaxGuestWritesPerAddress and MaxGuestWrites (else 429 or 503 at once); `then` answers
    /// with its result.
    template<typename Result>
    http::Response writeForGuest(const QString &peer, std::function<Result(Store &)> work,
                                 std::function<http::Response(Result)> then);

    static inline const QString HashingPrefix = QStringLiteral("hashing:");
    static inline const QString WritingPrefix = QStringLiteral("writing:");
    Store &m_store;
    Executor &m_executor;
    const QByteArray m_decoy;       ///< checked against for unknown e-mail addresses
    QHash<QString, int> m_checking; // key -> attempts being checked (here, on this instance)
    int m_guestWrites = 0;          ///< writeForGuest() work waiting or under way
    qint64 m_accessTtlMs = AccessTtlMs;
    std::function<void(const QList<QByteArray> &)> m_sessionsEnded;
};

} // namespace idlefleet::backend
