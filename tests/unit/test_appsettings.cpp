// The app's settings live in ~/.config/idlefleet/idlefleet.conf; what earlier versions wrote to
// ~/.config/Unknown Organization/idlefleet.conf moves there once, without overwriting anything.

#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace idlefleet::app;

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    QString oldFile() const
    {
        return m_config.filePath(QStringLiteral("Unknown Organization/idlefleet.conf"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Before the first QSettings: it reads where the configuration lives once.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void earlierSettingsMoveOnceAndNothingIsOverwritten()
    {
        QVERIFY(QDir(m_config.path()).mkpath(QStringLiteral("Unknown Organization")));
        QFile old(oldFile());
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[General]\nlanguage=ja\ndarkTheme=true\nnotifications=false\n");
        old.close();
        {
            AppSettings settings;
            settings.setValue(QStringLiteral("darkTheme"), false); // chosen since: it stays
        }
        QString error;
        QVERIFY2(AppSettings::migrate(&error), qPrintable(error));
        const AppSettings settings;
        QCOMPARE(settings.fileName(),
                 m_config.filePath(QStringLiteral("idlefleet/idlefleet.conf")));
        QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
        QCOMPARE(settings.value(QStringLiteral("notifications")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("darkTheme")).toBool(), false);
        QVERIFY(!QFile::exists(oldFile()));
        QVERIFY(!QDir(m_config.filePath(QStringLiteral("Unknown Organization"))).exists());
        // Nothing to move the next time.
        QVERIFY2(AppSettings::migrate(&error), qPrintable(error));

        // Removed since (a sign-out), then the old file written again by an older version: what
        // was removed stays removed.
        AppSettings().remove(QStringLiteral("language"));
        QVERIFY(QDir(m_config.path()).mkpath(QStringLiteral("Unknown Organization")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[General]\nlanguage=ru\n");
        old.close();
        QVERIFY2(AppSettings::migrate(&error), qPrintable(error));
        QVERIFY(!AppSettings().contains(QStringLiteral("language")));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "test_appsettings.moc"
