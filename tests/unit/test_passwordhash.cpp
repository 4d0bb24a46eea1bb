// Stored passwords: Argon2id records with today's cost, older PBKDF2 records still accepted and
// marked for re-hashing, damaged records refused without doing what they ask; and the executor
// that runs hashes off the event loop with a bounded queue.

#include "executor.h"
#include "passwordhash.h"

#include <QElapsedTimer>
#include <QPasswordDigestor>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace idlefleet::backend;

namespace {

/// A record as versions before Argon2id wrote it.
QByteArray pbkdf2Record(const QByteArray &password, int iterations)
{
    const QByteArray salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    return "pbkdf2-sha256$" + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' +
           QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt,
                                              iterations, 32)
               .toBase64();
}

} // namespace

class TestPasswordHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAreArgon2idWithTodaysCost()
    {
        const QByteArray record = makePasswordRecord(QStringLiteral("correct horse"));
        QVERIFY2(record.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), record.constData());
        QVERIFY(verifyPassword(QStringLiteral("correct horse"), record));
        QVERIFY(!verifyPassword(QStringLiteral("correct horsE"), record));
        QVERIFY(!verifyPassword(QString(), record));
        QVERIFY(!needsRehash(record));
        // Salted: the same password never makes the same record.
        QVERIFY(makePasswordRecord(QStringLiteral("correct horse")) != record);
        // Not ASCII: the UTF-8 bytes are hashed.
        const QByteArray cyrillic = makePasswordRecord(QStringLiteral("пароль-для-входа"));
        QVERIFY(verifyPassword(QStringLiteral("пароль-для-входа"), cyrillic));
        QVERIFY(!verifyPassword(QStringLiteral("пароль-для-входа "), cyrillic));
    }

    void olderRecordsStillSignInAndAskToBeRehashed()
    {
        const QByteArray old = pbkdf2Record("demo-owner", 100000);
        QVERIFY(verifyPassword(QStringLiteral("demo-owner"), old));
        QVERIFY(!verifyPassword(QStringLiteral("demo-owner!"), old));
        QVERIFY(needsRehash(old));
        // A cheaper Argon2id record (another version's defaults) is re-hashed too.
        QVERIFY(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo"));
    }

    void damagedRecordsNeverMatch()
    {
        const QByteArray record = makePasswordRecord(QStringLiteral("correct horse"));
        QByteArray flipped = record;
        flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == 'A' ? 'B' : 'A';
        QVERIFY(!verifyPassword(QStringLiteral("correct horse"), flipped));
        // A row that asks for 4 GiB is refused before Argon2 sees it, at once.
        QByteArray greedy = record;
        greedy.replace("m=19456", "m=4194304");
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!verifyPassword(QStringLiteral("correct horse"), greedy));
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        for (const QByteArray &bad :
             {QByteArray(), QByteArray("$argon2id$"),
              QByteArray("$argon2i$v=19$m=19456,t=2,p=1$x$y"),
              QByteArray("$argon2id$v=16$m=19456,t=2,p=1$x$y"),
              QByteArray("$argon2id$v=19$m=19456,t=2,p=4$c2FsdHNhbHRzYWx0$aGFzaA"),
              QByteArray("$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0$aGFzaA"),
              QByteArray("pbkdf2-sha256$10$c2FsdA==$aGFzaA=="),
              QByteArray("pbkdf2-sha256$999999999$c2FsdA==$aGFzaA=="), QByteArray("plain")}) {
            QVERIFY2(!verifyPassword(QStringLiteral("correct horse"), bad), bad.constData());
            QVERIFY(needsRehash(bad));
        }
    }

    void hashesRunOffTheLoopAndComeBackOnIt()
    {
        Executor executor;
        QThread *worker = nullptr;
        QThread *answeredOn = nullptr;
        bool done = false;
        QVERIFY(executor.hash<QByteArray>(
            &executor,
            [&worker] {
                worker = QThread::currentThread();
                return makePasswordRecord(QStringLiteral("on a worker"));
            },
            [&](QByteArray record) {
                answeredOn = QThread::currentThread();
                done = verifyPassword(QStringLiteral("on a worker"), record);
            }));
        QCOMPARE(executor.queuedHashes(), 1);
        QTRY_VERIFY(done);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(executor.queuedHashes(), 0);
    }

    void aFullQueueRefusesMoreWork()
    {
        Executor executor;
        int answered = 0;
        int accepted = 0;
        for (int i = 0; i < Executor::MaxQueuedHashes + 10; ++i)
            accepted += executor.hash<bool>(
                            &executor, [] { return verifyPassword(QStringLiteral("x"), "plain"); },
                            [&answered](bool) { ++answered; })
                            ? 1
                            : 0;
        QCOMPARE(accepted, Executor::MaxQueuedHashes);
        QTRY_COMPARE(answered, Executor::MaxQueuedHashes);
        // Room again once the queue has drained.
        QVERIFY(executor.hash<bool>(
            &executor, [] { return true; }, [&answered](bool) { ++answered; }));
        QTRY_COMPARE(answered, Executor::MaxQueuedHashes + 1);
    }

    void anAnswerForAContextThatIsGoneIsDropped()
    {
        Executor executor;
        auto *context = new QObject;
        bool called = false;
        QVERIFY(executor.hash<bool>(
            context, [] { return true; }, [&called](bool) { called = true; }));
        delete context;
        QTRY_COMPARE(executor.queuedHashes(), 0);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "test_passwordhash.moc"
