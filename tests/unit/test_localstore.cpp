// LocalStore on a real SQLite file: versioned migrations (a newer file is refused, not damaged),
// the outbox's life of a change, signing counters that only rise, and synced data that keeps
// empty text (a contributing car has no reasons) instead of losing the whole write.

#include "store/localstore.h"
#include "store/sqlbind.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace idlefleet;

namespace {

Vehicle contributingCar(const QString &id)
{
    Vehicle car;
    car.id = id;
    car.name = QString(); // a car nobody named
    car.model = QStringLiteral("");
    car.timeZone = QStringLiteral("Europe/Berlin");
    car.batteryCapacityWh = 75000;
    car.group = QString(); // a private car is in no group
    car.status.observedAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    car.status.socPercent = 81.5;
    car.status.pluggedIn = true;
    car.status.contributing = true;
    car.status.online = true;
    car.status.blockingReasons = {}; // contributing: nothing blocks it
    car.status.currency = QString();
    return car;
}

} // namespace

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

    void textIsNeverBoundAsNull()
    {
        QCOMPARE(sqlValue(QVariant(QString())).toString(), QStringLiteral(""));
        QVERIFY(!sqlValue(QVariant(QString())).toString().isNull());
        QVERIFY(!sqlValue(QVariant(QByteArray())).toByteArray().isNull());
        QCOMPARE(sqlValue(QVariant(qint64(7))), QVariant(qint64(7)));
        QVERIFY(!sqlValue(QVariant()).isValid()); // only "no value" stays NULL

        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bind"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TABLE t (a TEXT NOT NULL, b TEXT NOT NULL, c BLOB NOT NULL)")));
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?)")));
            bindValues(query, {QVariant(QStringList().join(QLatin1Char(','))),
                               QVariant(QStringLiteral("")), QVariant(QByteArray())});
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("SELECT a, b, length(c) FROM t")) && query.next());
            QCOMPARE(query.value(0).toString(), QString());
            QVERIFY(!query.value(0).isNull());
            QCOMPARE(query.value(2).toInt(), 0);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("bind"));
    }

    void aContributingCarIsKeptWithItsEmptyFields()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY2(store.saveVehicles({contributingCar(QStringLiteral("veh-1"))}, 1000),
                     qPrintable(store.lastError()));
            QVERIFY(store.lastError().isEmpty());
        }
        LocalStore reopened; // what the next start without a network sees
        QString error;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        const std::vector<Vehicle> kept = reopened.vehicles();
        QCOMPARE(kept.size(), std::size_t(1));
        QCOMPARE(kept.front().id, QStringLiteral("veh-1"));
        QVERIFY(kept.front().status.contributing);
        QVERIFY(kept.front().status.blockingReasons.isEmpty());
        QCOMPARE(kept.front().group, QString());
        QCOMPARE(kept.front().name, QString());
        QCOMPARE(reopened.vehiclesSyncedMs(), qint64(1000));
    }

    void emptyTextIsKeptInEverySyncedTable()
    {
        QTemporaryDir dir;
        LocalStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("store.sqlite")), &error),
                 qPrintable(error));
        StoredSession session;
        session.start = 1774742400;
        session.end = session.start + 3600;
        session.currency = QString();
        QVERIFY2(store.saveSessions(QStringLiteral("veh-1"), {session}),
                 qPrintable(store.lastError()));
        QCOMPARE(store.sessions(QStringLiteral("veh-1"), 0, session.end).size(), std::size_t(1));
        StoredEvent event;
        event.at = session.start;
        event.kind = 1;
        event.reasons = QStringList().join(QLatin1Char(',')); // started: no reasons
        event.detail = QString();
        QVERIFY2(store.saveEvents(QStringLiteral("veh-1"), {event}), qPrintable(store.lastError()));
        QCOMPARE(store.events(QStringLiteral("veh-1"), 0, session.end).size(), std::size_t(1));
        OutboxEntry entry;
        entry.vehicleId = QStringLiteral("veh-1");
        entry.kind = OutboxEntry::SetPausedUntil;
        const qint64 id = store.enqueue(entry);
        QVERIFY(id > 0);
        QVERIFY(store.markAttempt(id, QString()));
        QVERIFY(store.markAnswered(id, OutboxEntry::Applied, QString(), QString(), 2, {}));
        QCOMPARE(store.entry(id)->resultCode, QString());
    }

    void aFailedSaveKeepsTheCarsItHadAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        LocalStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.saveVehicles({contributingCar(QStringLiteral("veh-1"))}, 1000));
        {
            // The disk refuses one of the new rows (as a full disk or a broken file would).
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY2(query.exec(QStringLiteral(
                         "CREATE TRIGGER refuse BEFORE INSERT ON vehicles WHEN NEW.id = 'veh-bad' "
                         "BEGIN SELECT RAISE(ABORT, 'the disk refused the row'); END")),
                     qPrintable(query.lastError().text()));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!store.saveVehicles(
            {contributingCar(QStringLiteral("veh-2")), contributingCar(QStringLiteral("veh-bad"))},
            2000));
        QVERIFY2(store.lastError().contains(QStringLiteral("the disk refused the row")),
                 qPrintable(store.lastError()));
        const std::vector<Vehicle> kept = store.vehicles();
        QCOMPARE(kept.size(), std::size_t(1));
        QCOMPARE(kept.front().id, QStringLiteral("veh-1"));
        QCOMPARE(store.vehiclesSyncedMs(), qint64(1000));
        QVERIFY(store.saveVehicles({contributingCar(QStringLiteral("veh-2"))}, 3000));
        QVERIFY(store.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "test_localstore.moc"
