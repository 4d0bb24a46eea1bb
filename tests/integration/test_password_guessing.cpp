// Password guessing from the attacker's side, against a real idlefleetd: every route that checks
// a password (sign-in, changing it, deleting the account) shares one limit per account and
// address, and an address that many share is not turned into a lockout of those who signed in
// from it before. Two changes of one password sent together change it once.

#include "backendtestbase.h"
#include "idlefleet/v1/auth.pb.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <memory>
#include <vector>

namespace {

/// One HTTP/1.1 POST over TLS, as an attacker's script would send it; the status line's code.
int rawPost(const QUrl &server, const QByteArray &path, const QByteArray &token,
            const QByteArray &body, QByteArray *headers = nullptr, QByteArray *answerBody = nullptr)
{
    const QByteArray answer = exchangeRaw(
        server, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                    "\r\nContent-Type: application/x-protobuf\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    if (headers)
        *headers = answer.left(answer.indexOf("\r\n\r\n"));
    if (answerBody)
        *answerBody = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    return statusOf(answer);
}

/// A raw sign-in request, its own connection closed after the answer.
QByteArray loginRequest(const char *email, const char *password)
{
    v1::LoginRequest login;
    login.set_email(email);
    login.set_password(password);
    const QByteArray body = QByteArray::fromStdString(login.SerializeAsString());
    return "POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/x-protobuf\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestPasswordGuessing : public BackendTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWorld(); }

    void everyPasswordRouteSharesOneLimit()
    {
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        const QByteArray token = manager.session().accessToken;
        auto changeBody = [](const char *current) {
            v1::ChangePasswordRequest change;
            change.set_current_password(current);
            change.set_new_password("a new password of enough length");
            return QByteArray::fromStdString(change.SerializeAsString());
        };
        // Wrong guesses through deletion and through a password change, mixed.
        for (int i = 0; i < 3; ++i) {
            AWAIT_JOB(wrong, manager.deleteAccount(QStringLiteral("guess %1").arg(i)));
            QCOMPARE(wrong->httpStatus(), 403);
        }
        for (int i = 0; i < 2; ++i)
            QCOMPARE(rawPost(m_backend.url(), "/v1/auth/password", token, changeBody("guess")),
                     403);
        // The sixth try is refused before it is checked, also with the right password, on every
        // route, and says when to try again.
        AWAIT_JOB(limited, manager.deleteAccount(QStringLiteral("demo-fleet")));
        QCOMPARE(limited->httpStatus(), 429);
        QByteArray headers;
        QCOMPARE(rawPost(m_backend.url(), "/v1/auth/password", token, changeBody("demo-fleet"),
                         &headers),
                 429);
        QVERIFY2(headers.toLower().contains("retry-after: "), headers.constData());
        FleetClient again;
        connect(again, {m_backend.pin()});
        AWAIT_JOB(relogin,
                  again.login(QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet")));
        QCOMPARE(relogin->httpStatus(), 429);
        // Nothing was deleted or changed: the session still works.
        AWAIT_JOB(vehicles, manager.listVehicles());
        QCOMPARE(vehicles->error(), FleetJob::NoError);
        QVERIFY(!vehicles->result().vehicles.empty());
    }

    void aRefreshTokenUsedTwiceEndsTheWholeSignIn()
    {
        FleetClient victim;
        signIn(victim, QStringLiteral("support@example.com"), QStringLiteral("demo-support"));
        const Session first = victim.session();
        auto refresh = [&](const QByteArray &token, v1::Session *next) {
            v1::RefreshRequest request;
            request.set_refresh_token(token.toStdString());
            QByteArray body;
            const int status =
                rawPost(m_backend.url(), "/v1/auth/refresh", {},
                        QByteArray::fromStdString(request.SerializeAsString()), nullptr, &body);
            if (next && status == 200)
                next->ParseFromString(body.toStdString());
            return status;
        };
        // The victim's app refreshes; then someone who copied the first refresh token uses it.
        v1::Session second;
        QCOMPARE(refresh(first.refreshToken, &second), 200);
        QCOMPARE(refresh(first.refreshToken, nullptr), 401);
        // The whole sign-in ended: the newest tokens work no more either, nor does the first.
        v1::Session third;
        QCOMPARE(refresh(QByteArray::fromStdString(second.refresh_token()), &third), 401);
        QCOMPARE(rawPost(m_backend.url(), "/v1/auth/logout",
                         QByteArray::fromStdString(second.access_token()), {}),
                 401);
        // Other sign-ins of the same person are not touched.
        FleetClient elsewhere;
        signIn(elsewhere, QStringLiteral("support@example.com"), QStringLiteral("demo-support"));
        AWAIT_JOB(grants, elsewhere.listMyGrants());
        QCOMPARE(grants->error(), FleetJob::NoError);
    }

    void guessesSentTogetherMeetTheSameLimit()
    {
        // Twenty guesses at once from one address: the hashes run off the event loop, but the
        // ones still being checked count against the limit (and one address has at most four
        // hashes under way), so no more than five are ever checked.
        const QString from = QStringLiteral("127.0.0.2");
        const QList<QByteArray> answers = exchangeTogether(
            m_backend.url(), QList<QByteArray>(20, loginRequest("support@example.com", "guess")),
            QStringList(20, from));
        int checked = 0;
        int refused = 0;
        for (const QByteArray &answer : answers) {
            checked += statusOf(answer) == 401 ? 1 : 0;
            refused += statusOf(answer) == 429 ? 1 : 0;
            QVERIFY2(statusOf(answer) != 200, answer.constData());
        }
        QVERIFY2(checked <= 5 && checked + refused == 20,
                 qPrintable(QStringLiteral("%1 checked, %2 refused").arg(checked).arg(refused)));
        // The right password from there now waits too; from elsewhere it works.
        const QByteArray right = loginRequest("support@example.com", "demo-support");
        if (checked == 5)
            QCOMPARE(statusOf(exchangeRaw(m_backend.url(), right, from)), 429);
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), right, QStringLiteral("127.0.0.3"))), 200);
    }

    void aSignInFloodIsToldToComeBackNotQueuedWithoutEnd()
    {
        // 96 sign-ins at once, each from its own address: at most 32 wait for a hashing thread;
        // the rest are answered at once with 503 and when to come back. Health checks sent in
        // the same burst are answered all the same.
        QList<QByteArray> requests;
        QStringList locals;
        for (int i = 0; i < 100; ++i) {
            requests.append(i % 25 == 12 ? QByteArray("GET /v1/health HTTP/1.1\r\nHost: "
                                                      "127.0.0.1\r\nConnection: close\r\n\r\n")
                                         : loginRequest("alex@example.com", "demo-owner"));
            locals.append(QStringLiteral("127.0.1.%1").arg(i + 1));
        }
        QElapsedTimer clock;
        clock.start();
        const QList<QByteArray> answers = exchangeTogether(m_backend.url(), requests, locals);
        int signedIn = 0;
        int busy = 0;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const QByteArray &answer = answers[i];
            if (requests[i].startsWith("GET")) {
                QCOMPARE(statusOf(answer), 200);
            } else if (statusOf(answer) == 200) {
                ++signedIn;
            } else {
                QVERIFY2(statusOf(answer) == 503, answer.left(200).constData());
                QVERIFY2(answer.toLower().contains("\r\nretry-after: 1\r\n"), answer.constData());
                ++busy;
            }
        }
        qInfo("%d signed in, %d told to come back, in %lld ms", signedIn, busy, clock.elapsed());
        QVERIFY2(signedIn >= 32 && busy >= 1,
                 qPrintable(QStringLiteral("%1 signed in, %2 busy").arg(signedIn).arg(busy)));
        // Once the queue drains, the same sign-in works again.
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), requests[0], locals[0])), 200);
    }

    // Last: newcomers from 127.0.0.1 wait out its limit for the rest of the run.
    void aSharedAddressDoesNotLockOutThoseWhoSignedInFromIt()
    {
        // Alex has signed in from here before.
        FleetClient alex;
        signIn(alex);
        // Someone at the same address sprays guesses over many accounts.
        FleetClient sprayer;
        connect(sprayer, {m_backend.pin()});
        int refused = 0;
        for (int i = 0; i < AuthServiceLimits::PerAddress + 5; ++i) {
            AWAIT_JOB(guess, sprayer.login(QStringLiteral("user%1@example.com").arg(i),
                                           QStringLiteral("password%1").arg(i)));
            refused += guess->httpStatus() == 429 ? 1 : 0;
        }
        QVERIFY2(refused >= 5, qPrintable(QString::number(refused)));
        // An account never signed in from this address waits the limit out (refused before
        // its password is even looked at)...
        FleetClient newcomer;
        connect(newcomer, {m_backend.pin()});
        AWAIT_JOB(unknown, newcomer.login(QStringLiteral("newcomer@example.com"),
                                          QStringLiteral("any password at all")));
        QCOMPARE(unknown->httpStatus(), 429);
        // ...and Alex, known here, signs in as ever.
        FleetClient alexAgain;
        connect(alexAgain, {m_backend.pin()});
        AWAIT_JOB(known, alexAgain.login(QStringLiteral("alex@example.com"),
                                         QStringLiteral("demo-owner")));
        QVERIFY2(known->error() == FleetJob::NoError, qPrintable(known->errorString()));
    }

    void twoPasswordChangesSentTogetherChangeItOnce()
    {
        // Both prove the same current password at once; the first to be kept changes it, and the
        // other, whose proof is no longer the current password, is refused: never both
        // answered 200 with the second one's password silently winning.
        FleetClient owner;
        signIn(owner);
        const QByteArray token = owner.session().accessToken;
        auto change = [&token](const char *next) -> QByteArray {
            v1::ChangePasswordRequest body;
            body.set_current_password("demo-owner");
            body.set_new_password(next);
            const QByteArray bytes = QByteArray::fromStdString(body.SerializeAsString());
            return "POST /v1/auth/password HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                   token + "\r\nContent-Type: application/x-protobuf\r\nContent-Length: " +
                   QByteArray::number(bytes.size()) + "\r\nConnection: close\r\n\r\n" + bytes;
        };
        // The database is held while both are checked, so that both checks are kept one after
        // the other before either change is: the case where each proved the same password.
        QSqlDatabase holder =
            BackendProcess::openDatabase(dataDir(), QStringLiteral("holds-the-lock"));
        QVERIFY2(holder.isOpen(), qPrintable(holder.lastError().text()));
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
        std::vector<std::unique_ptr<QSslSocket>> sockets;
        for (const char *next : {"the first new password", "the second new password"}) {
            auto socket = std::make_unique<QSslSocket>();
            socket->setPeerVerifyMode(QSslSocket::VerifyNone); // loopback, the test's own backend
            QVERIFY(socket->bind(QHostAddress(QStringLiteral("127.0.0.9")), 0));
            socket->connectToHostEncrypted(m_backend.url().host(), quint16(m_backend.url().port()));
            QVERIFY(socket->waitForEncrypted(10000));
            socket->write(change(next));
            QVERIFY(socket->waitForBytesWritten(5000));
            sockets.push_back(std::move(socket));
        }
        QTest::qWait(1500); // both passwords hashed (a few hundred ms), both checks waiting
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("ROLLBACK")));
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holds-the-lock"));
        QList<QByteArray> answers;
        for (const auto &socket : sockets) {
            QByteArray answer;
            while (socket->waitForReadyRead(10000))
                answer += socket->readAll();
            answers.append(answer);
        }
        const QList<int> statuses{statusOf(answers.at(0)), statusOf(answers.at(1))};
        QVERIFY2(statuses.count(200) == 1 && statuses.count(403) == 1,
                 qPrintable(QStringLiteral("%1 and %2").arg(statuses.at(0)).arg(statuses.at(1))));
        const char *kept =
            statuses.at(0) == 200 ? "the first new password" : "the second new password";
        const char *refused =
            statuses.at(0) == 200 ? "the second new password" : "the first new password";
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), loginRequest("alex@example.com", kept))),
                 200);
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), loginRequest("alex@example.com", refused),
                                      QStringLiteral("127.0.0.10"))),
                 401);
    }

private:
    struct AuthServiceLimits
    {
        static constexpr int PerAddress = 100;
    };
};

QTEST_GUILESS_MAIN(TestPasswordGuessing)
#include "test_password_guessing.moc"
