// LocalStore on a real SQLite file: versioned migrations (a newer file is refused, not damaged),
// the outbox's life of a change, and signing counters that only rise.

#include "store/localstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace idlefleet;

class TestLocalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aStoreFromANewerVersionIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        int version = 0;
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            version = store.schemaVersion();
            QVERIFY(version >= 2);
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("x"));
        LocalStore newer;
        QString error;
        QVERIFY(!newer.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void aChangeGoesFromPendingToItsAnswer()
    {
        QTemporaryDir dir;
        LocalStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("store.sqlite")), &error));
        OutboxEntry entry;
        entry.vehicleId = QStringLiteral("veh-1");
        entry.kind = OutboxEntry::SetPausedUntil;
        entry.pausedUntil = 1800000000;
        entry.baseVersion = 4;
        const qint64 id = store.enqueue(entry);
        QVERIFY(id > 0);
        QCOMPARE(store.vehiclesWithWork(), std::vector<QString>{QStringLiteral("veh-1")});
        const OutboxEntry pending = *store.nextFor(QStringLiteral("veh-1"));
        QCOMPARE(pending.state, OutboxEntry::Pending);
        QVERIFY(!pending.idempotencyKey.isEmpty());
        const quint64 first = store.reserveCounter(QStringLiteral("key"), QStringLiteral("veh-1"));
        const quint64 second = store.reserveCounter(QStringLiteral("key"), QStringLiteral("veh-1"));
        QVERIFY(second > first);
        QVERIFY(first >= quint64(QDateTime::currentMSecsSinceEpoch() - 60000)); // wall-clock based
        QVERIFY(store.markSent(id, QStringLiteral("key"), second, pending.idempotencyKey, 4, "cmd",
                               "sig"));
        QVERIFY(!store.markSent(id, QStringLiteral("key"), second, pending.idempotencyKey, 4, "cmd",
                                "sig")); // signed once only
        QCOMPARE(store.entry(id)->state, OutboxEntry::Sent);
        QVERIFY(store.markAnswered(id, OutboxEntry::Applied, {}, {}, 5, {}));
        QVERIFY(store.vehiclesWithWork().empty());
        QCOMPARE(store.lastConfirmedVersion(QStringLiteral("veh-1")), qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "test_localstore.moc"
