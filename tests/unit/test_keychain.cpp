// SecretStore with a real Secret Service (GNOME Keyring on a private session bus, started by
// keychain_test.sh): secrets go to the keychain and never to a file, a secret kept in a file
// before the keychain ran moves into it, and removal removes it there.

#include "secretstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using idlefleet::client::SecretStore;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(SecretStore::keychainRunning(),
                 "no Secret Service on the session bus (run through keychain_test.sh)");
    }

    void aSecretGoesToTheKeychainAndNeverToAFile()
    {
        QTemporaryDir dir;
        SecretStore store(QStringLiteral("idlefleet-test"), dir.path(),
                          dir.filePath(QStringLiteral("home")));
        QVERIFY(store.usesKeychain());
        QString error;
        const QByteArray secret("-----BEGIN PRIVATE KEY-----\n\x01\x02\xff", 32);
        QVERIFY2(store.write(QStringLiteral("vehicle-key.pem"), secret, &error), qPrintable(error));
        QVERIFY(!QFile::exists(store.fallbackPath(QStringLiteral("vehicle-key.pem"))));
        // Another instance (another start of the app) reads it back whole.
        SecretStore again(QStringLiteral("idlefleet-test"), dir.path(),
                          dir.filePath(QStringLiteral("home")));
        QCOMPARE(again.read(QStringLiteral("vehicle-key.pem"), &error).value_or(QByteArray()),
                 secret);
        // Another installation (another account) does not see it.
        SecretStore other(QStringLiteral("idlefleet-test"), dir.filePath(QStringLiteral("other")),
                          dir.filePath(QStringLiteral("other")));
        QVERIFY(!other.read(QStringLiteral("vehicle-key.pem"), &error));
        QVERIFY(again.remove(QStringLiteral("vehicle-key.pem")));
        QVERIFY(!store.read(QStringLiteral("vehicle-key.pem"), &error));
        QVERIFY(error.isEmpty());
    }

    void aSecretKeptInAFileMovesIntoTheKeychain()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath(QStringLiteral("home"));
        QString error;
        qputenv("IDLEFLEET_NO_KEYCHAIN", "1");
        {
            SecretStore withoutKeychain(QStringLiteral("idlefleet-test"), dir.path(), home);
            QVERIFY(!withoutKeychain.usesKeychain());
            QVERIFY(withoutKeychain.write(QStringLiteral("refresh-token"), "token-1", &error));
        }
        qunsetenv("IDLEFLEET_NO_KEYCHAIN");
        SecretStore store(QStringLiteral("idlefleet-test"), dir.path(), home);
        QVERIFY(store.usesKeychain());
        const QString file = store.fallbackPath(QStringLiteral("refresh-token"));
        QVERIFY(QFile::exists(file));
        QCOMPARE(store.read(QStringLiteral("refresh-token"), &error).value_or(QByteArray()),
                 QByteArray("token-1"));
        QVERIFY2(!QFile::exists(file), "the file copy is removed once the keychain holds it");
        QCOMPARE(store.read(QStringLiteral("refresh-token"), &error).value_or(QByteArray()),
                 QByteArray("token-1"));
        QVERIFY(store.remove(QStringLiteral("refresh-token")));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
