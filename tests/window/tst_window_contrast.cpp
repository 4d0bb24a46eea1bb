// Every page of a role (IDLEFLEET_TEST_ACCOUNT: owner, fleet or support), in both themes, drawn as
// its users see it: text against what is drawn behind it has a contrast of at least 4.5:1 (3:1 for
// large text), WCAG 2.1 AA. Run twice: with Mesa's OpenGL and the Material style, and with the
// software renderer and the Fusion style the app uses without OpenGL (IDLEFLEET_TEST_SOFTWARE=1). A
// failure names the text, its colours and where it is; IDLEFLEET_CONTRAST_PICTURES=DIR keeps the
// pictures.

#include "appwindow.h"
#include "contrast.h"

#include <QDir>
#include <QQmlComponent>
#include <algorithm>

class TestWindowContrast : public QObject
{
    Q_OBJECT

    windowtest::AppWindow m_app;

    /// Waits until `page` is shown, has loaded what it shows and has stopped moving.
    void open(const QString &page)
    {
        const auto target = idlefleet::app::Navigation::fromName(page);
        QVERIFY(target);
        m_app.navigation().navigate(*target);
        QTRY_COMPARE(m_app.navigation().page(), *target);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app.navigation().pageBusy(), 30000);
        QVERIFY(m_app.settledPicture());
    }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::AppWindow::Options options;
        options.software = qEnvironmentVariableIntValue("IDLEFLEET_TEST_SOFTWARE") == 1;
        if (qEnvironmentVariableIsSet("IDLEFLEET_TEST_ACCOUNT"))
            options.account = qEnvironmentVariable("IDLEFLEET_TEST_ACCOUNT");
        m_app.start(options);
    }

    /// The check itself: grey on grey is found, and what is judged is what is drawn.
    void greyOnGreyIsFound()
    {
        QQmlComponent component(m_app.engine());
        component.setData("import QtQuick\nRectangle { x: 300; y: 200; width: 240; height: 40; "
                          "color: \"#808080\"; z: 1000\n Text { anchors.centerIn: parent; "
                          "text: \"Hard to read\"; color: \"#999999\"; font.pixelSize: 14 } }",
                          QUrl());
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *item = qobject_cast<QQuickItem *>(object.get());
        item->setParentItem(m_app.window()->contentItem());
        QTest::qWait(200);
        const auto problems =
            windowtest::lowContrastText(m_app.window(), m_app.window()->grabWindow());
        const auto found = std::find_if(problems.cbegin(), problems.cend(), [](const auto &p) {
            return p.text == QLatin1String("Hard to read");
        });
        QVERIFY(found != problems.cend());
        QCOMPARE(found->background.name(), QStringLiteral("#808080"));
        QVERIFY(found->ratio < 1.5);
        // Nearly the colour of what is behind it: found too, not taken for the background.
        item->findChild<QQuickItem *>()->setProperty("color", QColor(QStringLiteral("#888888")));
        QTest::qWait(200);
        const auto again =
            windowtest::lowContrastText(m_app.window(), m_app.window()->grabWindow());
        QVERIFY(std::any_of(again.cbegin(), again.cend(), [](const auto &p) {
            return p.text == QLatin1String("Hard to read") && p.ratio < 1.5;
        }));
    }

    /// Each role is spoken to as what it is: a manager's cars are the organisation's, and only
    /// an owner is asked for consent or told that deleting the account takes cars with it.
    void theWordsFitTheRole()
    {
        if (qEnvironmentVariableIntValue("IDLEFLEET_TEST_SOFTWARE") == 1)
            QSKIP("the words are checked in the OpenGL runs");
        m_app.preferences().setLanguage(QStringLiteral("en"));
        const QString role = m_app.state().accountRole();
        open(QStringLiteral("Dashboard"));
        if (QTest::currentTestFailed())
            return;
        const QString title =
            role == QLatin1String("fleet")     ? QStringLiteral("The organisation's cars")
            : role == QLatin1String("support") ? QStringLiteral("Cars you may diagnose")
                                               : QStringLiteral("Your cars");
        QVERIFY2(m_app.itemWithText(title), qPrintable(role));
        open(QStringLiteral("Settings"));
        if (QTest::currentTestFailed())
            return;
        const bool owner = role == QLatin1String("owner");
        QCOMPARE(m_app.itemWithText(QStringLiteral("Withdraw my consent")) != nullptr, owner);
        QVERIFY(!m_app.itemWithText(QStringLiteral("Agree under Pair a car to take part.")) ||
                owner);
        const QString ownerDeletion = QStringLiteral(
            "Removes your account, your cars' settings, keys, history and earnings from the fleet "
            "for good. Export first if you want a copy.");
        QCOMPARE(m_app.itemWithText(ownerDeletion) != nullptr, owner);
    }

    void everyPageIsReadableInBothThemes_data()
    {
        QTest::addColumn<QString>("page");
        for (const auto page : m_app.navigation().pages()) {
            const QString name = idlefleet::app::Navigation::name(page);
            QTest::addRow("%s", qPrintable(name)) << name;
        }
    }

    void everyPageIsReadableInBothThemes()
    {
        QFETCH(QString, page);
        m_app.preferences().setDarkTheme(false);
        open(page);
        if (QTest::currentTestFailed())
            return;
        QStringList found;
        for (const bool dark : {false, true}) {
            m_app.preferences().setDarkTheme(dark);
            const std::optional<QImage> settled = m_app.settledPicture();
            QVERIFY(settled);
            const QImage &picture = *settled;
            QVERIFY(!picture.isNull());
            const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
            const QString keep = qEnvironmentVariable("IDLEFLEET_CONTRAST_PICTURES");
            if (!keep.isEmpty()) {
                QDir().mkpath(keep);
                picture.save(QDir(keep).filePath(
                    QStringLiteral("%1-%2-%3.png")
                        .arg(page, theme,
                             qEnvironmentVariableIntValue("IDLEFLEET_TEST_SOFTWARE") == 1
                                 ? QStringLiteral("software")
                                 : QStringLiteral("opengl"))));
            }
            int checked = 0;
            for (const auto &problem :
                 windowtest::lowContrastText(m_app.window(), picture, &checked))
                found << theme + QStringLiteral(": ") + problem.describe();
            qInfo("%s: %d texts judged", qPrintable(theme), checked);
            QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n  "))));
    }

    void noTextIsCutShortInAnyLanguage_data() { everyPageIsReadableInBothThemes_data(); }

    void noTextIsCutShortInAnyLanguage()
    {
        // Checked as most people see it, with OpenGL; the software runs check the contrast.
        if (qEnvironmentVariableIntValue("IDLEFLEET_TEST_SOFTWARE") == 1)
            QSKIP("text lengths are checked in the OpenGL runs");
        QFETCH(QString, page);
        m_app.preferences().setDarkTheme(false);
        open(page);
        if (QTest::currentTestFailed())
            return;
        QStringList found;
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
              QStringLiteral("es"), QStringLiteral("ja"), QStringLiteral("ru")}) {
            m_app.preferences().setLanguage(language);
            QTRY_VERIFY_WITH_TIMEOUT(!m_app.navigation().pageBusy(), 30000);
            QVERIFY(m_app.settledPicture()); // texts, then the layouts around them
            int checked = 0;
            for (const auto &clipped : windowtest::clippedText(m_app.window(), &checked))
                found << language + QStringLiteral(": ") + clipped.describe();
            QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
        }
        m_app.preferences().setLanguage(QStringLiteral("en"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n  "))));
    }

    void cleanupTestCase() { m_app.stop(); }
};

QTEST_MAIN(TestWindowContrast)
#include "tst_window_contrast.moc"
