#pragma once

#include <QObject>

class QDBusMessage;

namespace idlefleet::app {

/// The desktop's light or dark preference, as the desktop portal tells it
/// (org.freedesktop.appearance color-scheme), read at start and followed as it changes. Nothing is
/// known where there is no portal (no session bus, an older desktop).
class SystemColorScheme : public QObject
{
    Q_OBJECT

public:
    enum Preference
    {
        NoPreference = 0,
        PreferDark = 1,
        PreferLight = 2
    };
    Q_ENUM(Preference)

    explicit SystemColorScheme(QObject *parent = nullptr);

    Preference preference() const { return m_preference; }
    /// Whether the portal answered.
    bool known() const { return m_known; }

Q_SIGNALS:
    void changed();

private Q_SLOTS:
    void onSettingChanged(const QDBusMessage &message);

private:
    void take(const QVariant &value);

    Preference m_preference = NoPreference;
    bool m_known = false;
};

} // namespace idlefleet::app
