// Password guessing from the attacker's side, against a real idlefleetd: every route that checks
// a password (sign-in, changing it, deleting the account) shares one limit per account and
// address, and an address that many share is not turned into a lockout of those who signed in
// from it before.

#include "backendtestbase.h"
#include "idlefleet/v1/auth.pb.h"

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

private:
    struct AuthServiceLimits
    {
        static constexpr int PerAddress = 100;
    };
};

QTEST_GUILESS_MAIN(TestPasswordGuessing)
#include "test_password_guessing.moc"
