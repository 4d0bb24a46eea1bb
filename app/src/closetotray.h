#pragma once

#include <QObject>
#include <QPointer>

class QWindow;

namespace idlefleet::app {

/// Closing the window while the app has a tray icon hides the window and keeps the app running
/// (the cars' pauses and notifications go on); the tray's Quit ends it. The first time, the
/// person is told where the app went (firstClosed), once for good.
class CloseToTray : public QObject
{
    Q_OBJECT

public:
    /// `trayShown` false: closing the window quits, as without a tray.
    CloseToTray(QWindow *window, bool trayShown, QObject *parent = nullptr);

    bool keepsRunning() const { return m_keepsRunning; }

Q_SIGNALS:
    /// The window was closed for the first time ever while the app keeps running.
    void firstClosed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWindow> m_window;
    bool m_keepsRunning = false;
    bool m_quitting = false; ///< the app was asked to quit: its windows close on their way out
};

} // namespace idlefleet::app
