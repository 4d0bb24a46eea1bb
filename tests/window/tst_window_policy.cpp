// The owner edits the policy with the mouse in a real window: a drag on the week grid while the
// grid is partly scrolled out of view draws exactly the window dragged (the page no longer
// scrolls under the pointer), and the Energy card's "only on my own solar surplus" switch,
// clicked and applied, reaches the car; a sentence beside a field out of range, in the person's
// language; and the policy exported where the person types, never over a file without asking.

#include "appwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>
#include <algorithm>
#include <vector>

class TestWindowPolicy : public QObject
{
    Q_OBJECT

    windowtest::AppWindow m_app;
    QQuickItem *m_view = nullptr;  // PolicyEditorView
    QQuickItem *m_flick = nullptr; // its Flickable
    QObject *m_editor = nullptr;   // the car's PolicyEditor

    /// Scrolls the page so that `item`'s top is `offset` pixels below the page's top (negative:
    /// above it, out of view), and waits until the page stands still.
    void scrollTo(QQuickItem *item, qreal offset)
    {
        QQuickItem *content = m_flick->property("contentItem").value<QQuickItem *>();
        const qreal top = item->mapToItem(content, QPointF(0, 0)).y();
        m_flick->setProperty("contentY", std::max<qreal>(0, top - offset));
        waitUntilStill();
    }

    /// Waits until the page's scroll animation is over: the page stands still for 150 ms.
    void waitUntilStill()
    {
        qreal last = -1;
        int still = 0;
        const auto standsStill = [&] {
            const qreal y = m_flick->property("contentY").toReal();
            still = qAbs(y - last) < 0.5 ? still + 1 : 0;
            last = y;
            return still >= 3;
        };
        QTRY_VERIFY_WITH_TIMEOUT(standsStill(), 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        windowtest::AppWindow::Options options;
        m_app.start(options);
        // This computer paired with the car first, as the wizard does it (the demo shows the code
        // the car's screen shows): only a paired computer's changes reach the car.
        m_app.pairThisComputer();
        if (QTest::currentTestFailed())
            return;

        m_app.key(Qt::Key_1 +
                      int(m_app.navigation().pages().indexOf(idlefleet::app::Navigation::Policy)),
                  Qt::ControlModifier);
        QTRY_COMPARE(m_app.navigation().page(), idlefleet::app::Navigation::Policy);
        QTRY_VERIFY((m_view = m_app.item(QStringLiteral("policyEditorView"))));
        m_editor = m_view->property("editor").value<QObject *>();
        QVERIFY(m_editor);
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->property("loaded").toBool(), 30000);
        QTRY_VERIFY((m_flick = m_app.item(QStringLiteral("policyFlick"))));
    }

    void aDragOnThePartlyHiddenWeekGridDrawsWhatWasDragged()
    {
        auto *grid = m_view->property("weekGrid").value<QQuickItem *>();
        QVERIFY(grid);
        QObject *windows = grid->property("windows").value<QObject *>();
        // The car may contribute on Sunday mornings only: a window out of view below.
        while (windows->property("count").toInt() > 0)
            QVERIFY(QMetaObject::invokeMethod(windows, "removeWindow", Q_ARG(int, 0)));
        int sunday = -1;
        QVERIFY(QMetaObject::invokeMethod(windows, "addWindow", Q_RETURN_ARG(int, sunday),
                                          Q_ARG(int, 1 << 6), Q_ARG(int, 600), Q_ARG(int, 720)));
        const int before = windows->property("count").toInt();
        const qreal header = grid->property("headerHeight").toReal();
        const qreal row = grid->property("rowHeight").toReal();
        const qreal label = grid->property("labelWidth").toReal();
        const qreal minute = grid->property("minuteWidth").toReal();
        const auto at = [&](int day, int minuteOfDay) {
            return grid
                ->mapToScene(
                    QPointF(label + minuteOfDay * minute + 1, header + day * row + row / 2))
                .toPoint();
        };
        // A short window (a laptop's, a window beside another): the grid's last rows sit below
        // the page's bottom while the page is scrolled to its top, as a person finds it.
        const QSize size = m_app.window()->size();
        m_app.window()->resize(size.width(), 560);
        QTRY_COMPARE(m_app.window()->height(), 560);
        const auto restore = qScopeGuard([&] { m_app.window()->resize(size); });
        QTRY_VERIFY(m_flick->height() < 560);
        const qreal bottom = m_flick->mapToScene(QPointF(0, m_flick->height())).y();
        // Wednesday is the last day in view; Thursday to Sunday are below the page's bottom. The
        // page is where scrolling can take it, not beyond its ends.
        for (int i = 0; i < 4 && std::abs(at(3, 0).y() - (bottom + row / 2)) > 2; ++i) {
            m_flick->setProperty("contentY", m_flick->property("contentY").toReal() + at(3, 0).y() -
                                                 (bottom + row / 2));
            waitUntilStill();
        }
        const qreal contentY = m_flick->property("contentY").toReal();
        QVERIFY2(contentY >= 0 &&
                     contentY <= m_flick->property("contentHeight").toReal() - m_flick->height(),
                 qPrintable(QString::number(contentY)));
        QVERIFY2(
            at(2, 0).y() < bottom && at(3, 0).y() > bottom,
            qPrintable(QStringLiteral("Wednesday at %1, Thursday at %2, the page's bottom at %3")
                           .arg(at(2, 0).y())
                           .arg(at(3, 0).y())
                           .arg(bottom)));
        // Wednesday (day 2) from 10:00 to 14:00, as a hand drags: pressed, moved in steps, let go.
        // The points are where Wednesday is on the screen before the press: a hand does not
        // follow a page that moves under it.
        std::vector<QPoint> path;
        for (int step = 0; step <= 8; ++step)
            path.push_back(at(2, 600 + step * 30));
        QTest::mousePress(m_app.window(), Qt::LeftButton, {}, path.front());
        for (int step = 1; step <= 8; ++step) {
            QTest::qWait(40);
            QTest::mouseMove(m_app.window(), path[std::size_t(step)]);
        }
        QTest::mouseRelease(m_app.window(), Qt::LeftButton, {}, path.back());
        QCOMPARE(windows->property("count").toInt(), before + 1);
        QVariantMap drawn;
        QVERIFY(QMetaObject::invokeMethod(windows, "get", Q_RETURN_ARG(QVariantMap, drawn),
                                          Q_ARG(int, before)));
        QCOMPARE(drawn.value(QStringLiteral("daysMask")).toInt(), 1 << 2);
        QCOMPARE(drawn.value(QStringLiteral("startMinute")).toInt(), 600);
        QCOMPARE(drawn.value(QStringLiteral("endMinute")).toInt(), 840);
        QMetaObject::invokeMethod(m_editor, "revert");
        QTRY_VERIFY(!m_editor->property("dirty").toBool());
    }

    void theSolarSwitchClickedAndAppliedReachesTheCar()
    {
        QVERIFY(!m_editor->property("solarOnly").toBool());
        const double version = m_editor->property("version").toDouble();
        QQuickItem *solar = m_app.itemWithText(QStringLiteral("Only on my own solar surplus"));
        QVERIFY(solar);
        scrollTo(solar, 200);
        m_app.click(solar);
        QTRY_VERIFY(m_editor->property("solarOnly").toBool());
        QVERIFY(m_editor->property("dirty").toBool());
        auto *apply = m_view->property("applyButton").value<QQuickItem *>();
        QVERIFY(apply);
        QTRY_VERIFY(apply->isEnabled());
        m_app.click(apply);
        // The car confirms: the editor now shows the car's newer version, with the switch on.
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->property("version").toDouble() > version, 30000);
        QTRY_VERIFY(!m_editor->property("dirty").toBool());
        QVERIFY(m_editor->property("solarOnly").toBool());
    }

    /// Types `text` into a ValueField with the keyboard, as a person does: click, select all,
    /// type, Tab away.
    void typeInto(const char *fieldName, const QString &text)
    {
        auto *valueField = m_view->property(fieldName).value<QQuickItem *>();
        QVERIFY(valueField);
        auto *input = valueField->property("field").value<QQuickItem *>();
        QVERIFY(input);
        scrollTo(input, 200);
        m_app.click(input);
        QTRY_VERIFY(input->hasActiveFocus());
        m_app.key(Qt::Key_A, Qt::ControlModifier);
        for (const QChar c : text)
            QTest::keyClick(m_app.window(), c.toLatin1());
        m_app.key(Qt::Key_Tab);
    }

    void aLevelOutOfRangeSaysWhatToChooseInThePersonsLanguage()
    {
        typeInto("minSocField", QStringLiteral("50"));
        QTRY_COMPARE(m_editor->property("minSocPercent").toInt(), 50);
        typeInto("resumeSocField", QStringLiteral("45"));
        QTRY_COMPARE(m_editor->property("resumeSocPercent").toInt(), 45);
        // Beside the field, a sentence that says what to choose: no JSON path of the engine's.
        const QString english = QStringLiteral("Choose a level above the battery floor (50%) and "
                                               "at most 100%, or 0 to start again at the floor + "
                                               "5%.");
        QTRY_VERIFY(m_app.itemWithText(english));
        auto *apply = m_view->property("applyButton").value<QQuickItem *>();
        QVERIFY(!apply->isEnabled());
        // In German, in German.
        m_app.preferences().setLanguage(QStringLiteral("de"));
        QTRY_VERIFY(m_app.itemWithText(
            QStringLiteral("Wählen Sie einen Wert über dem Mindestladestand (50\u00a0%) und "
                           "höchstens 100\u00a0%, oder 0, um beim Mindestladestand + 5\u00a0% "
                           "wieder zu starten.")));
        QVERIFY(!m_app.itemWithText(english));
        m_app.preferences().setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(m_app.itemWithText(english));
        QMetaObject::invokeMethod(m_editor, "revert");
        QTRY_VERIFY(!m_editor->property("dirty").toBool());
    }

    /// The file dialog open in front of the window, once it is there.
    static QFileDialog *shownFileDialog()
    {
        QFileDialog *shown = nullptr;
        const auto find = [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QFileDialog *>(widget);
                    dialog && dialog->isVisible())
                    shown = dialog;
            }
            return shown != nullptr;
        };
        if (!QTest::qWaitFor(find, 10000))
            return nullptr;
        return shown;
    }

    /// Types `path` into the dialog's name field as a person does and clicks Save. A question
    /// the dialog asks then (whether to replace the file) waits in a loop of its own until it is
    /// answered: `answer` is clicked in it, and its text kept in `asked`.
    static void typeFileName(QFileDialog *dialog, const QString &path,
                             QMessageBox::StandardButton answer = QMessageBox::NoButton,
                             QString *asked = nullptr)
    {
        QTimer answering;
        answering.setInterval(50);
        QObject::connect(&answering, &QTimer::timeout, [&] {
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!question || answer == QMessageBox::NoButton)
                return;
            answering.stop();
            if (asked)
                *asked = question->text();
            QTest::mouseClick(question->button(answer), Qt::LeftButton);
        });
        answering.start();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        // Qt's completer fills from the folder in the background and, once it lists the file,
        // takes the Return for itself (a person presses Return again): typed here without it.
        name->setCompleter(nullptr);
        // A person types into the name field of the dialog in front, and the dialog relies on
        // it: while the field has no keyboard focus, each typed prefix that names an item
        // ("/tmp", its subfolder) stays selected in the folder view, and Save then opens the
        // first of them instead of saving (on a loaded machine the dialog is shown before the
        // window manager has made it active).
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, path);
        // The dialog enables Save once its folder model has looked at the typed path (in the
        // background, slower on a busy machine); a person clicks it then. (Return is taken by
        // whichever of the dialog's buttons is its default at that moment.)
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(box);
        const auto buttons = box->buttons();
        const auto save = std::find_if(buttons.cbegin(), buttons.cend(), [box](QAbstractButton *b) {
            return box->buttonRole(b) == QDialogButtonBox::AcceptRole;
        });
        QVERIFY(save != buttons.cend());
        QTRY_VERIFY_WITH_TIMEOUT((*save)->isEnabled(), 20000);
        QTest::mouseClick(*save, Qt::LeftButton);
    }

    void theExportIsSavedWhereTypedAndNeverOverAFileUnasked()
    {
        QQuickItem *exportButton = m_app.itemWithText(QStringLiteral("Export…"));
        QVERIFY(exportButton);
        scrollTo(exportButton, 200);
        m_app.click(exportButton);
        // The dialog deletes itself when it closes.
        QPointer<QFileDialog> dialog = shownFileDialog();
        QVERIFY(dialog);
        // It saves and says so; with no Documents folder it starts at home, not where the app
        // was started from.
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        const auto buttons = dialog->findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](const QPushButton *button) {
            return button->isVisible() && button->text() == QLatin1String("Save");
        }));
        QVERIFY(!QFileInfo::exists(QDir::home().filePath(QStringLiteral("Documents"))));
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir::home().canonicalPath());
        QVERIFY(dialog->selectedFiles().value(0).endsWith(QLatin1String(".json")));

        // A typed absolute path is that path, elsewhere than the folder shown.
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString target = elsewhere.filePath(QStringLiteral("blue-saloon"));
        typeFileName(dialog, target);
        if (QTest::currentTestFailed())
            return;
        const QString saved = target + QStringLiteral(".json");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(saved), 20000);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"windows\""));
        file.close();

        // Again to the same file: the person is asked, and No keeps the file as it was.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("kept");
        file.close();
        m_app.click(exportButton);
        QVERIFY((dialog = shownFileDialog()));
        QString asked;
        typeFileName(dialog, saved, QMessageBox::No, &asked);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(asked.contains(QStringLiteral("blue-saloon.json")), qPrintable(asked));
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("kept"));
        file.close();

        // And Yes replaces it.
        m_app.click(exportButton);
        QVERIFY((dialog = shownFileDialog()));
        asked.clear();
        typeFileName(dialog, saved, QMessageBox::Yes, &asked);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!asked.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        const auto replaced = [&saved] {
            QFile now(saved);
            return now.open(QIODevice::ReadOnly) && now.readAll().contains("\"windows\"");
        };
        QTRY_VERIFY_WITH_TIMEOUT(replaced(), 20000);
    }

    void cleanupTestCase() { m_app.stop(); }
};

QTEST_MAIN(TestWindowPolicy)
#include "tst_window_policy.moc"
