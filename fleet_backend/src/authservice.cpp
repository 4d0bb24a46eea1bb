#include "authservice.h"

#include "idlefleet/v1/auth.pb.h"
#include "idlefleet/v1/common.pb.h"
#include "passwordhash.h"
#include "protobufhttp.h"

#include <QDateTime>
#include <algorithm>

namespace idlefleet::backend {
namespace {

void setTimestamp(google::protobuf::Timestamp *timestamp, qint64 ms)
{
    timestamp->set_seconds(ms / 1000);
    timestamp->set_nanos(int(ms % 1000) * 1000000);
}

http::Response unauthenticated(const QString &message)
{
    http::Response response = errorResponse(401, QStringLiteral("unauthenticated"), message);
    response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    return response;
}

} // namespace

AuthService::AuthService(Store &store, Executor &executor)
    : m_store(store)
    , m_executor(executor)
    , m_decoy(makePasswordRecord(QStringLiteral("decoy password")))
{}

bool AuthService::createAccount(AccountRecord account, const QString &password, QString *error)
{
    account.password = makePasswordRecord(password);
    return m_store.accounts().insertAccount(account, error);
}

AuthService::Failures AuthService::failuresOf(const Store &store, const QString &key, qint64 now)
{
    Failures failures;
    failures.count = store.shared().failuresSince(key, now - FailureWindowMs, &failures.oldestMs);
    return failures;
}

bool AuthService::tooManyFailures(const QString &key, const Failures &failures, int limit,
                                  qint64 now, qint64 *retryAfterMs) const
{
    // Failures are counted in the database, so every instance on it holds the same limit.
    if (failures.count >= limit) {
        *retryAfterMs = failures.oldestMs + FailureWindowMs - now;
        return true;
    }
    if (failures.count + m_checking.value(key) < limit)
        return false;
    // Attempts whose hashes still run could use up what is left: this one waits for them.
    *retryAfterMs = 1000;
    return true;
}

void AuthService::startChecking(const QStringList &keys)
{
    for (const QString &key : keys)
        ++m_checking[key];
}

void AuthService::doneChecking(const QStringList &keys)
{
    for (const QString &key : keys) {
        auto it = m_checking.find(key);
        if (it != m_checking.end() && --it.value() <= 0)
            m_checking.erase(it);
    }
}

namespace {

/// What a hashing thread found: whether the password fits the record, and a record to store
/// in its place (an older scheme's, re-hashed; a new password's), else empty.
struct Checked
{
    bool valid = false;
    QByteArray record;
};

http::Response busy()
{
    return retryLater(503, QStringLiteral("busy"),
                      QStringLiteral("too many passwords are being checked; try again in a moment"),
                      Executor::RetryAfterSeconds);
}

/// What a sign-in finds before its hash: how the address and the account stand.
struct BeforeLogin
{
    bool knownHere = false;
    AuthService::Failures accountFailures;
    AuthService::Failures addressFailures;
    std::optional<AccountRecord> account;
};

} // namespace

template<typename Result>
http::Response AuthService::writeForGuest(const QString &peer, std::function<Result(Store &)> work,
                                          std::function<http::Response(Result)> then)
{
    const QString key = WritingPrefix + peer;
    if (m_checking.value(key) >= MaxGuestWritesPerAddress)
        return tooMany(1000, QStringLiteral("sign-ins under way from this address"));
    if (m_guestWrites >= MaxGuestWrites)
        return Executor::tooBusy();
    auto [response, deliver] = http::deferred();
    const bool queued = m_executor.write<Result>(
        std::move(work),
        [this, key, deliver = deliver, then = std::move(then)](std::optional<Result> result) {
            doneChecking({key});
            --m_guestWrites;
            deliver(result ? then(std::move(*result)) : Executor::unreachable());
        });
    if (!queued)
        return Executor::tooBusy();
    startChecking({key});
    ++m_guestWrites;
    return std::move(response);
}

// The failures of a key are read and written on the writing thread, one request after another,
// and an attempt stops counting in m_checking only once its failure is committed: so no attempt
// slips between another's hash and the failure it records.

http::Response AuthService::login(const http::Request &request)
{
    v1::LoginRequest login;
    http::Response bad;
    if (!parseProtobufBody(request, &login, &bad))
        return bad;
    const QString email = QString::fromStdString(login.email()).trimmed().toLower();
    if (email.size() > MaxEmailLength || login.password().size() > MaxPasswordBytes)
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("the e-mail address or the password is too long"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // An account is locked against one address, not against everyone; an address that fails
    // across many accounts is slowed as a whole.
    const QString accountKey = QStringLiteral("account:%1@%2").arg(email, request.peer.toString());
    const QString addressKey = QStringLiteral("ip:") + request.peer.toString();
    const QString hashingKey = HashingPrefix + request.peer.toString();
    if (m_checking.value(hashingKey) >= MaxHashesPerAddress)
        return tooMany(1000, QStringLiteral("sign-ins under way from this address"));
    return writeForGuest<BeforeLogin>(
        request.peer.toString(),
        [email, accountKey, addressKey, now](Store &store) {
            BeforeLogin before;
            // An address shared by many (an office, a household, loopback in demo mode) does
            // not lock out those who signed in from it before: only the newcomers wait out its
            // limit.
            before.knownHere = store.shared().knownAddress(accountKey) > now - KnownAddressMs;
            before.accountFailures = failuresOf(store, accountKey, now);
            before.addressFailures = failuresOf(store, addressKey, now);
            before.account = store.accounts().accountByEmail(email);
            return before;
        },
        [this, email, accountKey, addressKey, hashingKey, now,
         password = QString::fromStdString(login.password())](BeforeLogin before) {
            qint64 retryAfterMs = 0;
            if (tooManyFailures(accountKey, before.accountFailures, MaxFailuresPerAccount, now,
                                &retryAfterMs) ||
                (!before.knownHere && tooManyFailures(addressKey, before.addressFailures,
                                                      MaxFailuresPerAddress, now, &retryAfterMs)))
                return tooMany(retryAfterMs, QStringLiteral("failed sign-ins"));
            if (m_checking.value(hashingKey) >= MaxHashesPerAddress)
                return tooMany(1000, QStringLiteral("sign-ins under way from this address"));
            // The hash runs even for an unknown address, so timing does not tell which
            // accounts exist.
            const QByteArray record = before.account ? before.account->password : m_decoy;
            auto [response, deliver] = http::deferred();
            const bool queued = m_executor.hash<Checked>(
                &m_executor,
                [password, record, known = before.account.has_value()] {
                    Checked checked;
                    checked.valid = verifyPassword(password, record);
                    // An older record is replaced at the first sign-in that proves the password.
                    if (checked.valid && known && needsRehash(record))
                        checked.record = makePasswordRecord(password);
                    return checked;
                },
                [this, deliver = deliver, email, record, accountKey, addressKey,
                 hashingKey](Checked checked) {
                    doneChecking({hashingKey});
                    deliver(finishLogin(checked.valid, checked.record, email, record, accountKey,
                                        addressKey));
                });
            if (!queued)
                return busy();
            // Guesses sent together cannot pass the limit while their hashes run.
            startChecking({accountKey, addressKey, hashingKey});
            return std::move(response);
        });
}

http::Response AuthService::finishLogin(bool valid, const QByteArray &rehashed,
                                        const QString &email, const QByteArray &checkedRecord,
                                        const QString &accountKey, const QString &addressKey)
{
    const QStringList keys{accountKey, addressKey};
    auto [response, deliver] = http::deferred();
    const bool queued = m_executor.write<http::Response>(
        [=, accessTtlMs = m_accessTtlMs](Store &store) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // The account is read again: it may have changed or gone while the hash ran.
            const auto account = valid ? store.accounts().accountByEmail(email) : std::nullopt;
            if (!account || account->password != checkedRecord) {
                for (const QString &key : keys)
                    store.shared().addFailure(key, now);
                return unauthenticated(QStringLiteral("the e-mail address or the password is "
                                                      "wrong"));
            }
            store.shared().clearFailures(accountKey);
            store.shared().rememberAddress(accountKey, now);
            if (!rehashed.isEmpty())
                store.accounts().setPassword(account->id, rehashed);
            store.accounts().deleteExpiredSessions(now);
            return newSession(store, accessTtlMs, *account);
        },
        [this, deliver = deliver, keys](std::optional<http::Response> answer) {
            doneChecking(keys);
            deliver(answer ? std::move(*answer) : Executor::unreachable());
        });
    if (!queued) {
        doneChecking(keys);
        return Executor::tooBusy();
    }
    return std::move(response);
}

http::Response AuthService::tooMany(qint64 retryAfterMs, const QString &what)
{
    const qint64 seconds = (retryAfterMs + 999) / 1000;
    return retryLater(429, QStringLiteral("too_many_attempts"),
                      QStringLiteral("too many %1; try again in %2 s").arg(what).arg(seconds),
                      seconds);
}

http::Response AuthService::checkPassword(const http::Request &request,
                                          const AccountRecord &account, const std::string &password,
                                          const QString &field, const QString &message,
                                          PasswordChecked then, const QString &newPassword)
{
    if (password.size() > std::size_t(MaxPasswordBytes))
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("the password is too long"), field);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString accountKey =
        QStringLiteral("account:%1@%2").arg(account.email.toLower(), request.peer.toString());
    const QString hashingKey = HashingPrefix + request.peer.toString();
    if (m_checking.value(hashingKey) >= MaxHashesPerAddress)
        return tooMany(1000, QStringLiteral("password checks under way from this address"));
    return m_executor.writeThen<Failures>(
        [accountKey, now](Store &store) { return failuresOf(store, accountKey, now); },
        [this, account, accountKey, hashingKey, field, message, newPassword, now,
         then = std::move(then), current = QString::fromStdString(password)](Failures failures) {
            qint64 retryAfterMs = 0;
            if (tooManyFailures(accountKey, failures, MaxFailuresPerAccount, now, &retryAfterMs))
                return tooMany(retryAfterMs, QStringLiteral("wrong passwords"));
            if (m_checking.value(hashingKey) >= MaxHashesPerAddress)
                return tooMany(1000, QStringLiteral("password checks under way from this address"));
            auto [response, deliver] = http::deferred();
            const bool queued = m_executor.hash<Checked>(
                &m_executor,
                [current, record = account.password, newPassword] {
                    Checked checked;
                    checked.valid = verifyPassword(current, record);
                    if (checked.valid && !newPassword.isEmpty())
                        checked.record = makePasswordRecord(newPassword);
                    return checked;
                },
                [this, deliver = deliver, accountId = account.id, record = account.password,
                 accountKey, hashingKey, field, message, then](Checked checked) {
                    doneChecking({hashingKey});
                    deliver(finishCheck(checked.valid, checked.record, accountId, record,
                                        accountKey, field, message, then));
                });
            if (!queued)
                return busy();
            startChecking({accountKey, hashingKey}); // see login
            return std::move(response);
        });
}

http::Response AuthService::finishCheck(bool valid, const QByteArray &newRecord,
                                        const QString &accountId, const QByteArray &checkedRecord,
                                        const QString &accountKey, const QString &field,
                                        const QString &message, const PasswordChecked &then)
{
    struct Found
    {
        std::optional<AccountRecord> account;
        bool failed = true;
    };
    auto [response, deliver] = http::deferred();
    const bool queued = m_executor.write<Found>(
        [=](Store &store) {
            Found found;
            found.account = store.accounts().accountById(accountId);
            found.failed = !valid || !found.account || found.account->password != checkedRecord;
            if (found.failed)
                store.shared().addFailure(accountKey, QDateTime::currentMSecsSinceEpoch());
            else
                store.shared().clearFailures(accountKey);
            return found;
        },
        [this, deliver = deliver, accountKey, newRecord, field, message,
         then](std::optional<Found> found) {
            doneChecking({accountKey});
            if (!found)
                return deliver(Executor::unreachable());
            if (!found->account)
                return deliver(unauthenticated(QStringLiteral("the account no longer exists")));
            if (found->failed)
                return deliver(
                    errorResponse(403, QStringLiteral("wrong_password"), message, field));
            deliver(then(*found->account, newRecord));
        });
    if (!queued) {
        doneChecking({accountKey});
        return Executor::tooBusy();
    }
    return std::move(response);
}

http::Response AuthService::newSession(Store &store, qint64 accessTtlMs,
                                       const AccountRecord &account, const QString &family,
                                       const SessionRecord *replacing)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray access = newToken();
    const QByteArray refresh = newToken();
    SessionRecord record{
        tokenDigest(access), tokenDigest(refresh),
        account.id,          now + accessTtlMs,
        now + RefreshTtlMs,  family.isEmpty() ? QString::fromLatin1(newToken().left(22)) : family};
    if (replacing ? !store.accounts().rotateSession(*replacing, record)
                  : !store.accounts().insertSession(record))
        return errorResponse(500, QStringLiteral("internal"),
                             QStringLiteral("cannot store the session"));
    v1::Session session;
    session.set_access_token(access.toStdString());
    setTimestamp(session.mutable_access_expires_at(), record.accessExpiresMs);
    session.set_refresh_token(refresh.toStdString());
    setTimestamp(session.mutable_refresh_expires_at(), record.refreshExpiresMs);
    v1::Account *out = session.mutable_account();
    out->set_id(account.id.toStdString());
    out->set_email(account.email.toStdString());
    out->set_display_name(account.displayName.toStdString());
    out->set_role(v1::Role(account.role));
    out->set_organisation_id(account.organisationId.toStdString());
    return protobufResponse(session);
}

http::Response AuthService::refresh(const http::Request &request)
{
    v1::RefreshRequest refresh;
    http::Response bad;
    if (!parseProtobufBody(request, &refresh, &bad))
        return bad;
    struct Refreshed
    {
        http::Response answer;
        QList<QByteArray> ended;
    };
    return writeForGuest<Refreshed>(
        request.peer.toString(),
        [digest = tokenDigest(QByteArray::fromStdString(refresh.refresh_token())),
         accessTtlMs = m_accessTtlMs](Store &store) {
            Refreshed out;
            const auto session = store.accounts().sessionByRefresh(digest);
            if (!session) {
                // A refresh token works once. Used again, it was copied: whoever holds the
                // family's newest tokens may be the thief, so the whole sign-in ends and its
                // owner signs in anew.
                if (const auto family = store.accounts().spentRefreshFamily(digest)) {
                    out.ended = store.accounts().deleteFamily(*family);
                    out.answer = unauthenticated(
                        QStringLiteral("this refresh token was used before, so the "
                                       "sign-in it belongs to has ended; sign in again"));
                    return out;
                }
                out.answer =
                    unauthenticated(QStringLiteral("the session has ended; sign in again"));
                return out;
            }
            if (session->refreshExpiresMs <= QDateTime::currentMSecsSinceEpoch()) {
                out.answer =
                    unauthenticated(QStringLiteral("the session has ended; sign in again"));
                return out;
            }
            const auto account = store.accounts().accountById(session->accountId);
            if (!account) {
                store.accounts().deleteSession(session->accessDigest);
                out.answer = unauthenticated(QStringLiteral("the account no longer exists"));
                return out;
            }
            out.answer = newSession(store, accessTtlMs, *account, session->family, &*session);
            return out;
        },
        [this](Refreshed refreshed) {
            if (m_sessionsEnded && !refreshed.ended.isEmpty())
                m_sessionsEnded(refreshed.ended);
            return std::move(refreshed.answer);
        });
}

http::Response AuthService::logout(const http::Request &request, const AccountRecord &)
{
    return m_executor.write(
        [digest = tokenDigest(request.header("authorization").mid(7).trimmed())](Store &store) {
            store.accounts().deleteSession(digest);
            http::Response response;
            response.status = 204;
            return response;
        });
}

http::Response AuthService::changePassword(const http::Request &request,
                                           const AccountRecord &account)
{
    v1::ChangePasswordRequest change;
    http::Response bad;
    if (!parseProtobufBody(request, &change, &bad))
        return bad;
    if (change.new_password().size() > MaxPasswordBytes)
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("the password is too long"),
                             QStringLiteral("new_password"));
    const QString next = QString::fromStdString(change.new_password());
    if (next.size() < MinPasswordLength)
        return errorResponse(
            400, QStringLiteral("weak_password"),
            QStringLiteral("the new password needs at least %1 characters").arg(MinPasswordLength),
            QStringLiteral("new_password"));
    // Guesses of the current password count like failed sign-ins; the new one is hashed on
    // the same trip to a hashing thread.
    return checkPassword(
        request, account, change.current_password(), QStringLiteral("current_password"),
        QStringLiteral("the current password is wrong"),
        [this](const AccountRecord &current, const QByteArray &newRecord) {
            return m_executor.write(
                [current, newRecord, accessTtlMs = m_accessTtlMs](Store &store) {
                    // Changed by another request since it was checked: the password this
                    // one proved is not the current one any more.
                    const auto now = store.accounts().accountById(current.id);
                    if (!now)
                        return unauthenticated(QStringLiteral("the account no longer exists"));
                    if (now->password != current.password)
                        return errorResponse(403, QStringLiteral("wrong_password"),
                                             QStringLiteral("the current password is wrong"),
                                             QStringLiteral("current_password"));
                    store.accounts().setPassword(current.id, newRecord);
                    store.accounts().deleteSessionsOf(current.id); // every device signs in again
                    return newSession(store, accessTtlMs, current);
                });
        },
        next);
}

AuthService::Caller AuthService::identify(const Store &store, const QByteArray &authorization)
{
    Caller caller;
    if (!authorization.startsWith("Bearer ") || authorization.size() < 8) {
        caller.unauthorized =
            unauthenticated(QStringLiteral("sign in first: this needs a bearer token"));
        return caller;
    }
    const auto session =
        store.accounts().sessionByAccess(tokenDigest(authorization.mid(7).trimmed()));
    if (!session) {
        caller.unauthorized = unauthenticated(QStringLiteral("the access token is not valid"));
        return caller;
    }
    if (session->accessExpiresMs <= QDateTime::currentMSecsSinceEpoch()) {
        caller.unauthorized =
            unauthenticated(QStringLiteral("the access token has expired; refresh it"));
        return caller;
    }
    caller.accessExpiresMs = session->accessExpiresMs;
    caller.account = store.accounts().accountById(session->accountId);
    if (!caller.account)
        caller.unauthorized = unauthenticated(QStringLiteral("the account no longer exists"));
    return caller;
}

void AuthService::identifyLater(
    const QByteArray &authorization,
    std::function<void(std::optional<AccountRecord>, qint64, const QString &, bool)> then)
{
    auto answer = [then](std::optional<Caller> caller) {
        if (!caller)
            return then(std::nullopt, 0, QStringLiteral("the database cannot be reached right now"),
                        true);
        QString why;
        if (!caller->account) {
            v1::Error error;
            error.ParseFromString(caller->unauthorized.body.toStdString());
            why = QString::fromStdString(error.message());
        }
        then(caller->account, caller->accessExpiresMs, why, false);
    };
    if (!m_executor.lookUp<Caller>(
            [authorization](const Store &store) { return identify(store, authorization); }, answer))
        then(std::nullopt, 0, QStringLiteral("too many requests are waiting; try again"), true);
}

http::Response AuthService::whenSignedIn(const http::Request &request, Signed then)
{
    auto [response, deliver] = http::deferred();
    const bool queued = m_executor.lookUp<Caller>(
        [authorization = request.header("authorization")](const Store &store) {
            return identify(store, authorization);
        },
        [deliver = deliver, then = std::move(then)](std::optional<Caller> caller) {
            if (!caller)
                return deliver(Executor::unreachable());
            if (!caller->account)
                return deliver(std::move(caller->unauthorized));
            deliver(then(*caller->account));
        });
    if (!queued)
        return Executor::tooBusy();
    return std::move(response);
}

} // namespace idlefleet::backend
