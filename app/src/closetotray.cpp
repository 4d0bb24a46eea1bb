#include "closetotray.h"

#include "appsettings.h"

#include <QEvent>
#include <QGuiApplication>
#include <QWindow>

namespace idlefleet::app {
namespace {

const QString ToldKey = QStringLiteral("toldAboutTray");

} // namespace

CloseToTray::CloseToTray(QWindow *window, bool trayShown, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_keepsRunning(trayShown && window)
{
    if (!m_keepsRunning)
        return;
    QGuiApplication::setQuitOnLastWindowClosed(false);
    window->installEventFilter(this);
    // The application's Quit event is the one place every way of quitting passes (the tray's
    // Quit, SIGTERM, Qt.quit() from QML, the session ending), so it is watched there rather than
    // at each of them; two comparisons per event.
    qApp->installEventFilter(this);
}

bool CloseToTray::eventFilter(QObject *watched, QEvent *event)
{
    // Quitting (the tray's Quit, a logout) closes every window too, and is not what is meant.
    if (watched == qApp && event->type() == QEvent::Quit)
        m_quitting = true;
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting) {
        AppSettings settings;
        if (!settings.value(ToldKey, false).toBool()) {
            settings.setValue(ToldKey, true);
            Q_EMIT firstClosed();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace idlefleet::app
