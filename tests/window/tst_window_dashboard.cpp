// The owner pauses a car from its dashboard card in a real window. On a computer not paired with
// the car, the card says the car refused the pause and why, beside the button, and offers the
// pairing; once paired, the pause reaches the car and the card shows it paused, and Resume undoes
// it.

#include "appwindow.h"
#include "pauseactions.h"

class TestWindowDashboard : public QObject
{
    Q_OBJECT

    windowtest::AppWindow m_app;

    /// The card of the first car (the selected one), found by its pause button.
    QQuickItem *card() const
    {
        QQuickItem *button = m_app.item(QStringLiteral("pauseButton"));
        for (QQuickItem *item = button; item; item = item->parentItem()) {
            if (item->property("vehicleId").toString() == m_app.state().selectedVehicleId())
                return item;
        }
        return nullptr;
    }

    QQuickItem *under(QQuickItem *root, const QString &objectName) const
    {
        return m_app.item(objectName, [root](QQuickItem *candidate) {
            for (QQuickItem *item = candidate; item; item = item->parentItem()) {
                if (item == root)
                    return true;
            }
            return false;
        });
    }

    /// The card's "Reported" time as `language` writes it, in this computer's zone (whatever
    /// zone the tests run in, and however the world's clock moved on).
    static QString reportedAt(QQuickItem *cardItem, const QString &language)
    {
        const QDateTime at = cardItem->property("observedAt").toDateTime().toLocalTime();
        return QLocale(language).toString(at.time(), QLocale::ShortFormat);
    }

    QString statusOf(QQuickItem *cardItem) const
    {
        QQuickItem *label = under(cardItem, QStringLiteral("pauseStatus"));
        return label ? label->property("text").toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::AppWindow::Options options;
        m_app.start(options);
        QCOMPARE(m_app.navigation().page(), idlefleet::app::Navigation::Dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(card(), 30000);
    }

    void aPauseOnAnUnpairedComputerSaysWhyAndOffersThePairing()
    {
        QQuickItem *cardItem = card();
        QVERIFY(!cardItem->property("paused").toBool());
        QQuickItem *pause = under(cardItem, QStringLiteral("pauseButton"));
        QCOMPARE(pause->property("text").toString(), QStringLiteral("Pause for 2 hours"));
        m_app.click(pause);
        // It is on its way first, then the car refuses it: the card says so beside the button.
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(cardItem).startsWith(QStringLiteral("Not paused:")),
                                 30000);
        QVERIFY2(statusOf(cardItem).contains(QStringLiteral("not paired")),
                 qPrintable(statusOf(cardItem)));
        QVERIFY(!cardItem->property("paused").toBool());
        QCOMPARE(pause->property("text").toString(), QStringLiteral("Pause for 2 hours"));
        // In the person's language.
        m_app.preferences().setLanguage(QStringLiteral("de"));
        QTRY_VERIFY2(statusOf(cardItem).startsWith(QStringLiteral("Nicht pausiert: Dieser Computer "
                                                                  "ist nicht mit ")),
                     qPrintable(statusOf(cardItem)));
        // The whole card follows the switch, not only its translated labels: the car's reasons
        // and the formatted time, which are made in C++ or with the locale.
        QTRY_VERIFY(m_app.itemWithText(QStringLiteral("• Außerhalb Ihres Zeitplans"), cardItem));
        QTRY_VERIFY2(m_app.itemWithText(reportedAt(cardItem, QStringLiteral("de")), cardItem),
                     qPrintable(reportedAt(cardItem, QStringLiteral("de"))));
        m_app.preferences().setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(statusOf(cardItem).startsWith(QStringLiteral("Not paused:")));
        QTRY_VERIFY(
            m_app.itemWithText(QStringLiteral("• Outside your contribution schedule"), cardItem));
        QTRY_VERIFY2(m_app.itemWithText(reportedAt(cardItem, QStringLiteral("en")), cardItem),
                     qPrintable(reportedAt(cardItem, QStringLiteral("en"))));
        // And offers the way out: pairing this computer with the car.
        QQuickItem *pair = under(cardItem, QStringLiteral("pairButton"));
        QVERIFY(pair);
        m_app.click(pair);
        QTRY_COMPARE(m_app.navigation().page(), idlefleet::app::Navigation::Onboarding);
    }

    void aPauseFromAPairedComputerReachesTheCarAndResumeUndoesIt()
    {
        m_app.pairThisComputer();
        if (QTest::currentTestFailed())
            return;

        m_app.key(Qt::Key_1 + int(m_app.navigation().pages().indexOf(
                                  idlefleet::app::Navigation::Dashboard)),
                  Qt::ControlModifier);
        QTRY_COMPARE(m_app.navigation().page(), idlefleet::app::Navigation::Dashboard);
        QQuickItem *cardItem = nullptr;
        QTRY_VERIFY((cardItem = card()));
        QQuickItem *pause = under(cardItem, QStringLiteral("pauseButton"));
        QSignalSpy confirmed(idlefleet::app::PauseActions::instance(),
                             &idlefleet::app::PauseActions::applied);
        m_app.click(pause);
        // The car confirms, and its card shows it paused (its reasons say so), with nothing
        // left to say beside the button.
        QTRY_VERIFY_WITH_TIMEOUT(cardItem->property("paused").toBool(), 30000);
        QTRY_COMPARE(statusOf(cardItem), QString());
        QCOMPARE(pause->property("text").toString(), QStringLiteral("Resume"));
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed.constFirst().constFirst().toString(), m_app.state().selectedVehicleId());

        m_app.click(pause);
        QTRY_VERIFY_WITH_TIMEOUT(!cardItem->property("paused").toBool(), 30000);
        QTRY_COMPARE(pause->property("text").toString(), QStringLiteral("Pause for 2 hours"));
        QCOMPARE(statusOf(cardItem), QString());
    }

    void cleanupTestCase() { m_app.stop(); }
};

QTEST_MAIN(TestWindowDashboard)
#include "tst_window_dashboard.moc"
