#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QQuickWindow;

namespace idlefleet::app {

class AppState;
class Navigation;

/// Drives the app without a person: `--screenshot` writes the page once its data has loaded,
/// `--self-test` shows every page and fails on any QML warning.
class PageCapture : public QObject
{
    Q_OBJECT
public:
    PageCapture(AppState *state, Navigation *navigation, QQuickWindow *window,
                QObject *parent = nullptr);

    void screenshot(const QString &file);
    void selfTest();
    /// Prints, as one JSON line, the milliseconds since `sinceStart` to the first frame and to
    /// the first frame that shows data, and the peak resident memory; then exits.
    void startupReport(const QElapsedTimer &sinceStart);

    /// Records QML warnings and errors from the moment it is called (installs a message handler).
    static void recordWarnings();
    static QStringList warnings();

    /// How long a page may take to load: 120 s, or IDLEFLEET_PAGE_TIMEOUT_S seconds (for runs
    /// under a sanitizer, which are several times slower).
    static int timeoutMs();
    static constexpr int SettleMs = 600;

private:
    void whenSettled(const std::function<void()> &action);
    void whenPageIdle(const std::function<void()> &action);
    void finish(int exitCode, const QString &message);

    AppState *m_state;
    Navigation *m_navigation;
    QQuickWindow *m_window;
    QTimer m_timeout;
};

} // namespace idlefleet::app
