#include "authservice.h"

#include "idlefleet/v1/auth.pb.h"
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

bool AuthService::tooManyFailures(const QString &key, int limit, qint64 now, qint64 *retryAfterMs)
{
    // Failures are counted in the database, so every instance on it holds the same limit.
    const int checking = m_checking.value(key);
    qint64 oldestMs = 0;
    const int failures = m_store.shared().failuresSince(key, now - FailureWindowMs, &oldestMs);
    if (failures >= limit) {
        *retryAfterMs = oldestMs + FailureWindowMs - now;
        return true;
    }
    if (failures + checking < limit)
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

void AuthService::doneChecking(const QStringList &keys, bool failed, qint64 now)
{
    for (const QString &key : keys) {
        auto it = m_checking.find(key);
        if (it != m_checking.end() && --it.value() <= 0)
            m_checking.erase(it);
        if (failed)
            recordFailure(key, now);
    }
}

void AuthService::recordFailure(const QString &key, qint64 now)
{
    // What has aged out is deleted now and then (WorldRunner), not on every failure.
    m_store.shared().addFailure(key, now);
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

} // namespace

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
    // An address shared by many (an office, a household, loopback in demo mode) does not lock
    // out those who signed in from it before: only the newcomers wait out its limit.
    const bool knownHere = m_store.shared().knownAddress(accountKey) > now - KnownAddressMs;
    qint64 retryAfterMs = 0;
    if (tooManyFailures(accountKey, MaxFailuresPerAccount, now, &retryAfterMs) ||
        (!knownHere && tooManyFailures(addressKey, MaxFailuresPerAddress, now, &retryAfterMs)))
        return tooMany(retryAfterMs, QStringLiteral("failed sign-ins"));
    const QString hashingKey = HashingPrefix + request.peer.toString();
    if (m_checking.value(hashingKey) >= MaxHashesPerAddress)
        return tooMany(1000, QStringLiteral("sign-ins under way from this address"));
    const auto account = m_store.accounts().accountByEmail(email);
    // The hash runs even for an unknown address, so timing does not tell which accounts exist.
    const QByteArray record = account ? account->password : m_decoy;
    const QString password = QString::fromStdString(login.password());
    auto [response, deliver] = http::deferred();
    const bool queued = m_executor.hash<Checked>(
        &m_executor,
        [password, record, known = account.has_value()] {
            Checked checked;
            checked.valid = verifyPassword(password, record);
            // An older record is replaced at the first sign-in that proves the password.
            if (checked.valid && known && needsRehash(record))
                checked.record = makePasswordRecord(password);
            return checked;
        },
        [this, deliver = deliver, email, record, accountKey, addressKey,
         hashingKey](Checked checked) {
            doneChecking({hashingKey}, false, 0);
            deliver(
                finishLogin(checked.valid, checked.record, email, record, accountKey, addressKey));
        });
    if (!queued)
        return busy();
    // Guesses sent together cannot pass the limit while their hashes run (tooManyFailures).
    startChecking({accountKey, addressKey, hashingKey});
    return std::move(response);
}

http::Response AuthService::finishLogin(bool valid, const QByteArray &rehashed,
                                        const QString &email, const QByteArray &checkedRecord,
                                        const QString &accountKey, const QString &addressKey)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The account is read again: it may have changed or gone while the hash ran.
    const auto account = valid ? m_store.accounts().accountByEmail(email) : std::nullopt;
    const bool failed = !account || account->password != checkedRecord;
    doneChecking({accountKey, addressKey}, failed, now);
    if (failed)
        return unauthenticated(QStringLiteral("the e-mail address or the password is wrong"));
    m_store.shared().clearFailures(accountKey);
    m_store.shared().rememberAddress(accountKey, now);
    if (!rehashed.isEmpty())
        m_store.accounts().setPassword(account->id, rehashed);
    m_store.accounts().deleteExpiredSessions(now);
    return newSession(*account);
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString accountKey =
        QStringLiteral("account:%1@%2").arg(account.email.toLower(), request.peer.toString());
    qint64 retryAfterMs = 0;
    if (tooManyFailures(accountKey, MaxFailuresPerAccount, now, &retryAfterMs))
        return tooMany(retryAfterMs, QStringLiteral("wrong passwords"));
    if (password.size() > std::size_t(MaxPasswordBytes))
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("the password is too long"), field);
    const QString hashingKey = HashingPrefix + request.peer.toString();
    if (m_checking.value(hashingKey) >= MaxHashesPerAddress)
        return tooMany(1000, QStringLiteral("password checks under way from this address"));
    auto [response, deliver] = http::deferred();
    const bool queued = m_executor.hash<Checked>(
        &m_executor,
        [current = QString::fromStdString(password), record = account.password, newPassword] {
            Checked checked;
            checked.valid = verifyPassword(current, record);
            if (checked.valid && !newPassword.isEmpty())
                checked.record = makePasswordRecord(newPassword);
            return checked;
        },
        [this, deliver = deliver, accountId = account.id, record = account.password, accountKey,
         hashingKey, field, message, then = std::move(then)](Checked checked) {
            doneChecking({hashingKey}, false, 0);
            const auto current = m_store.accounts().accountById(accountId);
            const bool failed = !checked.valid || !current || current->password != record;
            doneChecking({accountKey}, failed, QDateTime::currentMSecsSinceEpoch());
            if (!current)
                return deliver(unauthenticated(QStringLiteral("the account no longer exists")));
            if (failed)
                return deliver(
                    errorResponse(403, QStringLiteral("wrong_password"), message, field));
            m_store.shared().clearFailures(accountKey);
            deliver(then(*current, checked.record));
        });
    if (!queued)
        return busy();
    startChecking({accountKey, hashingKey}); // see login
    return std::move(response);
}

http::Response AuthService::newSession(const AccountRecord &account, const QString &family,
                                       const SessionRecord *replacing)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray access = newToken();
    const QByteArray refresh = newToken();
    SessionRecord record{
        tokenDigest(access), tokenDigest(refresh),
        account.id,          now + m_accessTtlMs,
        now + RefreshTtlMs,  family.isEmpty() ? QString::fromLatin1(newToken().left(22)) : family};
    if (replacing ? !m_store.accounts().rotateSession(*replacing, record)
                  : !m_store.accounts().insertSession(record))
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
    const QByteArray digest = tokenDigest(QByteArray::fromStdString(refresh.refresh_token()));
    const auto session = m_store.accounts().sessionByRefresh(digest);
    if (!session) {
        // A refresh token works once. Used again, it was copied: whoever holds the family's
        // newest tokens may be the thief, so the whole sign-in ends and its owner signs in anew.
        if (const auto family = m_store.accounts().spentRefreshFamily(digest)) {
            const QList<QByteArray> ended = m_store.accounts().deleteFamily(*family);
            if (m_sessionsEnded && !ended.isEmpty())
                m_sessionsEnded(ended);
            return unauthenticated(
                QStringLiteral("this refresh token was used before, so the "
                               "sign-in it belongs to has ended; sign in again"));
        }
        return unauthenticated(QStringLiteral("the session has ended; sign in again"));
    }
    if (session->refreshExpiresMs <= QDateTime::currentMSecsSinceEpoch())
        return unauthenticated(QStringLiteral("the session has ended; sign in again"));
    const auto account = m_store.accounts().accountById(session->accountId);
    if (!account) {
        m_store.accounts().deleteSession(session->accessDigest);
        return unauthenticated(QStringLiteral("the account no longer exists"));
    }
    return newSession(*account, session->family, &*session);
}

http::Response AuthService::logout(const http::Request &request, const AccountRecord &)
{
    const QByteArray token = request.header("authorization").mid(7).trimmed();
    m_store.accounts().deleteSession(tokenDigest(token));
    http::Response response;
    response.status = 204;
    return response;
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
            m_store.accounts().setPassword(current.id, newRecord);
            m_store.accounts().deleteSessionsOf(current.id); // every device signs in again
            return newSession(current);
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

std::optional<AccountRecord> AuthService::authenticate(const http::Request &request,
                                                       http::Response *unauthorized,
                                                       qint64 *accessExpiresMs) const
{
    Caller caller = identify(m_store, request.header("authorization"));
    if (!caller.account)
        *unauthorized = std::move(caller.unauthorized);
    else if (accessExpiresMs)
        *accessExpiresMs = caller.accessExpiresMs;
    return caller.account;
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
                return deliver(retryLater(503, QStringLiteral("busy"),
                                          QStringLiteral("the database cannot be reached right "
                                                         "now"),
                                          Executor::RetryAfterSeconds));
            if (!caller->account)
                return deliver(std::move(caller->unauthorized));
            deliver(then(*caller->account));
        });
    if (!queued)
        return retryLater(503, QStringLiteral("busy"),
                          QStringLiteral("too many requests are waiting; try again in a moment"),
                          Executor::RetryAfterSeconds);
    return std::move(response);
}

} // namespace idlefleet::backend
