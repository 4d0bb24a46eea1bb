#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>

class QSystemTrayIcon;
class QMenu;

namespace idlefleet::app {

class AppState;
class Preferences;

/// The app's presence on the desktop: a tray icon with the cars' status and a quick pause, and
/// a desktop notification when a car stops for a notable reason (its battery floor, heat) or a
/// monthly statement is ready. Notifications go to the desktop's notification service, else
/// through the tray icon; nothing happens where neither exists.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(AppState *state, Preferences *preferences, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Shows a desktop notification when the person allows them.
    void notify(const QString &title, const QString &body);
    /// Whether the icon is in the desktop's tray (there is none under some desktops).
    bool shown() const { return m_tray != nullptr; }
    /// Says, once, that closing the window left the app running in the tray.
    void tellStillRunning();

Q_SIGNALS:
    void showWindowRequested();

private:
    void vehiclesChanged();
    void checkStatementMonth();

    AppState *m_state;
    Preferences *m_preferences;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, QStringList> m_lastReasons;
};

} // namespace idlefleet::app
