#pragma once

// The whole app in a real window, as a person meets it: the demo world it starts (a real
// idlefleetd over TLS) pinned to an instant, Main.qml with the Material style, shown under Xvfb
// (X11, drawn with Mesa's OpenGL) and driven with real mouse and keyboard events (QTest on the
// live window). Each test executable has a home, settings and demo world of its own.

#include "appstate.h"
#include "demobackend.h"
#include "navigation.h"
#include "onboarding.h"
#include "preferences.h"
#include "qmlmodules.h"
#include "waituntil.h"
#include "worldinstants.h"

#include <QElapsedTimer>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>
#include <optional>

namespace windowtest {

class AppWindow
{
public:
    struct Options
    {
        QString account = QStringLiteral("owner"); // the demo account: owner, fleet or support
        QString language = QStringLiteral("en");
        bool dark = false;
        // Qt Quick's software renderer with the Fusion style, as the app draws without OpenGL
        // (main.cpp); otherwise Mesa's OpenGL with the Material style.
        bool software = false;
    };

    /// Starts the app: its settings and data in a folder of its own, the demo world at the
    /// tests' ordinary day, the window shown and exposed, the first page loaded.
    void start(const Options &options)
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("IDLEFLEET_NO_KEYCHAIN", "1");
        if (options.software)
            QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(options.software ? QStringLiteral("Fusion")
                                               : QStringLiteral("Material"));
        m_state = std::make_unique<idlefleet::app::AppState>(
            m_preferences, m_navigation, true, idlefleet::app::DemoBackend::defaultDataDir(),
            options.account);
        m_preferences.setLanguage(options.language);
        m_preferences.setDarkTheme(options.dark);
        m_state->setDemoWorldStart(worlds::argument(worlds::ordinaryDay()));
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        QObject::connect(&m_preferences, &idlefleet::app::Preferences::languageChanged,
                         m_engine.get(), &QQmlEngine::retranslate);
        m_engine->load(QUrl(QStringLiteral("qrc:/Idlefleet/Main/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_state->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        WAIT_UNTIL(m_state->phase() == idlefleet::app::AppState::Ready,
                   testwait::failedIf(m_state->phase() == idlefleet::app::AppState::Failed,
                                      m_state->errorMessage()),
                   60000);
    }

    /// Pairs this computer with the selected car, as the wizard does it (the demo shows the
    /// code the car's screen shows): only a paired computer's changes reach the car.
    void pairThisComputer()
    {
        idlefleet::app::OnboardingController onboarding;
        onboarding.setClient(m_state->fleetClient());
        onboarding.setLocalClient(m_state->localClient());
        onboarding.setDemo(m_state->demoMode());
        onboarding.setVehicleId(m_state->selectedVehicleId());
        const auto pairingFailed = [&] {
            return testwait::failedIf(onboarding.pairingState() ==
                                          idlefleet::app::OnboardingController::Failed,
                                      onboarding.pairingError());
        };
        onboarding.startPairing();
        WAIT_UNTIL(!onboarding.demoCode().isEmpty(), pairingFailed(), 20000);
        onboarding.confirmCode(onboarding.demoCode());
        WAIT_UNTIL(onboarding.pairingState() == idlefleet::app::OnboardingController::Paired,
                   pairingFailed(), 20000);
    }

    void stop()
    {
        m_engine.reset();
        m_state.reset();
    }

    /// The window's picture once it has stopped changing: three pictures taken 50 ms apart are
    /// alike (a page sliding in, a layout still moving or colours still changing make them
    /// differ). It waits no longer than needed; nothing if the window is still changing after
    /// `timeoutMs` (a spinner that never stops), which the caller fails on.
    std::optional<QImage> settledPicture(int timeoutMs = 5000) const
    {
        QElapsedTimer waited;
        waited.start();
        QImage last = m_window->grabWindow();
        int alike = 1;
        while (alike < 3) {
            if (waited.elapsed() > timeoutMs) {
                qWarning("the window was still changing after %d ms", timeoutMs);
                return std::nullopt;
            }
            QTest::qWait(50);
            QImage next = m_window->grabWindow();
            alike = next == last ? alike + 1 : 1;
            last = std::move(next);
        }
        return last;
    }

    QQuickWindow *window() const { return m_window; }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    idlefleet::app::AppState &state() const { return *m_state; }
    idlefleet::app::Preferences &preferences() { return m_preferences; }
    idlefleet::app::Navigation &navigation() { return m_navigation; }

    /// The first item named `objectName` that `accept` takes, anywhere in the window (popups
    /// included), or nullptr.
    QQuickItem *item(const QString &objectName,
                     const std::function<bool(QQuickItem *)> &accept = {}) const
    {
        return find(m_window->contentItem(), [&](QQuickItem *candidate) {
            return candidate->objectName() == objectName && candidate->isVisible() &&
                   (!accept || accept(candidate));
        });
    }

    /// The first visible item whose `text` property is `text` (a label, a button, a delegate).
    QQuickItem *itemWithText(const QString &text, QQuickItem *under = nullptr) const
    {
        return find(under ? under : m_window->contentItem(), [&](QQuickItem *candidate) {
            return candidate->isVisible() && candidate->property("text").toString() == text &&
                   candidate->width() > 0;
        });
    }

    /// Where `item`'s centre is in the window.
    QPoint centreOf(const QQuickItem *item) const
    {
        return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    }

    /// A left click in the middle of `item`, as the mouse does it.
    void click(const QQuickItem *item) const
    {
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(item));
    }

    void key(int key, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::keyClick(m_window, Qt::Key(key), modifiers);
    }

    QQuickItem *focused() const { return m_window->activeFocusItem(); }

private:
    static QQuickItem *find(QQuickItem *root, const std::function<bool(QQuickItem *)> &accept)
    {
        if (!root)
            return nullptr;
        if (accept(root))
            return root;
        for (QQuickItem *child : root->childItems()) {
            if (QQuickItem *found = find(child, accept))
                return found;
        }
        return nullptr;
    }

    QTemporaryDir m_home;
    idlefleet::app::Preferences m_preferences{nullptr};
    idlefleet::app::Navigation m_navigation{nullptr};
    std::unique_ptr<idlefleet::app::AppState> m_state;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace windowtest
