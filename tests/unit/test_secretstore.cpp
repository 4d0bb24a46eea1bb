// SecretStore without a keychain: secrets in files only the user can read, read back whole,
// removed on request; a missing secret is not an error. (Where a Secret Service runs, the same
// calls go to it; this machine's tests run without one.)

#include "secretstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using idlefleet::client::SecretStore;

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("IDLEFLEET_NO_KEYCHAIN", "1");
    }

    void aSecretIsKeptInAFileOnlyTheUserCanRead()
    {
        QTemporaryDir dir;
        SecretStore store(QStringLiteral("idlefleet-test"), dir.path(),
                          dir.filePath(QStringLiteral("home")));
        QVERIFY(!store.usesKeychain());
        QString error;
        QVERIFY(!store.read(QStringLiteral("token"), &error));
        QVERIFY(error.isEmpty()); // none yet is not a failure
        const QByteArray secret("\x00\x01secret\xff", 9);
        QVERIFY2(store.write(QStringLiteral("token"), secret, &error), qPrintable(error));
        const QFile::Permissions permissions =
            QFile::permissions(store.fallbackPath(QStringLiteral("token")));
        QCOMPARE(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                                QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(store.read(QStringLiteral("token"), &error).value_or(QByteArray()), secret);
        QVERIFY(store.write(QStringLiteral("token"), "replaced", &error));
        QCOMPARE(store.read(QStringLiteral("token"), &error).value_or(QByteArray()),
                 QByteArray("replaced"));
        QVERIFY(store.remove(QStringLiteral("token")));
        QVERIFY(!store.read(QStringLiteral("token"), &error));
        QVERIFY(store.remove(QStringLiteral("token"))); // already gone is fine
    }

    void anUnwritableFolderIsReported()
    {
        SecretStore store(QStringLiteral("idlefleet-test"), QStringLiteral("x"),
                          QStringLiteral("/proc/idlefleet-cannot-be-here"));
        QString error;
        QVERIFY(!store.write(QStringLiteral("token"), "x", &error));
        QVERIFY(error.contains(QStringLiteral("/proc/idlefleet-cannot-be-here")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secretstore.moc"
