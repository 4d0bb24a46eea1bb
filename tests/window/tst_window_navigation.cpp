// A first-time owner finds their way with the keyboard and the mouse, in a real window: Tab
// reaches every page of the navigation and Return or Space opens it, Ctrl+1... open the pages in
// their order, and Settings' language box names the language the app speaks and changes it.

#include "appwindow.h"

#include <QSet>

using idlefleet::app::Navigation;

class TestWindowNavigation : public QObject
{
    Q_OBJECT

    windowtest::AppWindow m_app;

    /// The page of the navigation entry that has the keyboard focus, if one has it.
    std::optional<Navigation::Page> focusedPage() const
    {
        QQuickItem *rail = m_app.item(QStringLiteral("navigation"));
        QQuickItem *focused = m_app.focused();
        if (!rail || !focused || !rail->isAncestorOf(focused))
            return std::nullopt;
        const QVariant page = focused->property("modelData");
        if (!page.isValid())
            return std::nullopt;
        return Navigation::Page(page.toInt());
    }

    /// Presses Tab until the navigation entry of `page` has the focus (at most 100 times).
    bool tabTo(Navigation::Page page)
    {
        for (int i = 0; i < 100; ++i) {
            m_app.key(Qt::Key_Tab);
            if (focusedPage() == page)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::AppWindow::Options options;
        options.language = QStringLiteral("ja");
        m_app.start(options);
    }

    void tabReachesEveryPageOfTheNavigation()
    {
        const QList<Navigation::Page> pages = m_app.navigation().pages();
        QVERIFY(pages.size() >= 6);
        QSet<Navigation::Page> reached;
        for (int i = 0; i < 200 && reached.size() < pages.size(); ++i) {
            m_app.key(Qt::Key_Tab);
            if (const auto page = focusedPage())
                reached.insert(*page);
        }
        QCOMPARE(reached, QSet<Navigation::Page>(pages.begin(), pages.end()));
        // The focus shows: an entry with the keyboard focus draws its ring.
        QVERIFY(tabTo(Navigation::Earnings));
        QQuickItem *ring = m_app.item(QStringLiteral("focusRing"), [this](QQuickItem *item) {
            return item->parentItem() == m_app.focused();
        });
        QVERIFY2(ring, "no focus ring on the focused navigation entry");

        QVERIFY(tabTo(Navigation::Settings));
        m_app.key(Qt::Key_Return);
        QTRY_COMPARE(m_app.navigation().page(), Navigation::Settings);
        QVERIFY(tabTo(Navigation::Policy));
        m_app.key(Qt::Key_Space);
        QTRY_COMPARE(m_app.navigation().page(), Navigation::Policy);
    }

    void controlAndANumberOpenThePagesInTheirOrder()
    {
        const QList<Navigation::Page> pages = m_app.navigation().pages();
        for (int i = int(pages.size()) - 1; i >= 0; --i) {
            m_app.key(Qt::Key_1 + i, Qt::ControlModifier);
            QTRY_COMPARE(m_app.navigation().page(), pages.at(i));
        }
        // The navigation says so, where a person pointing at an entry reads it.
        QQuickItem *entry = m_app.item(QStringLiteral("navigationEntry"), [](QQuickItem *item) {
            return item->property("modelData").toInt() == Navigation::Earnings;
        });
        QVERIFY(entry);
        const int index = int(pages.indexOf(Navigation::Earnings));
        const QString shortcut =
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)).toString(QKeySequence::NativeText);
        QCOMPARE(entry->property("shortcut").toString(), shortcut);
        QTest::mouseMove(m_app.window(), m_app.centreOf(entry));
        QTRY_VERIFY(m_app.itemWithText(shortcut));
    }

    void theLanguageBoxNamesTheLanguageInUseAndChangesIt()
    {
        m_app.key(Qt::Key_1 + int(m_app.navigation().pages().indexOf(Navigation::Settings)),
                  Qt::ControlModifier);
        QTRY_COMPARE(m_app.navigation().page(), Navigation::Settings);
        QQuickItem *box = nullptr;
        QTRY_VERIFY((box = m_app.item(QStringLiteral("languageBox"))));
        // The app speaks Japanese: the box says so, not the first language of its list.
        QCOMPARE(box->property("displayText").toString(), QStringLiteral("日本語"));

        // Opened with the mouse, another language chosen with the mouse.
        m_app.click(box);
        auto *popup = box->property("popup").value<QObject *>();
        QVERIFY(popup);
        QTRY_VERIFY(popup->property("opened").toBool());
        QQuickItem *german = nullptr;
        QTRY_VERIFY((german = m_app.itemWithText(QStringLiteral("Deutsch"))));
        m_app.click(german);
        QTRY_COMPARE(m_app.preferences().language(), QStringLiteral("de"));
        QTRY_COMPARE(box->property("displayText").toString(), QStringLiteral("Deutsch"));
        // The page speaks German at once, and the navigation names its shortcuts as German
        // keyboards do.
        QTRY_VERIFY(m_app.itemWithText(QStringLiteral("Sprache")));
        QQuickItem *entry = m_app.item(QStringLiteral("navigationEntry"));
        QVERIFY(entry);
        QTRY_COMPARE(entry->property("shortcut").toString(), QStringLiteral("Strg+1"));
    }

    void cleanupTestCase() { m_app.stop(); }
};

QTEST_MAIN(TestWindowNavigation)
#include "tst_window_navigation.moc"
