#include "systemcolorscheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace idlefleet::app {
namespace {

const QString Service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString Path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString Interface = QStringLiteral("org.freedesktop.portal.Settings");
const QString Group = QStringLiteral("org.freedesktop.appearance");
const QString Key = QStringLiteral("color-scheme");

/// Read() wraps the value in a variant of a variant; SettingChanged in one.
QVariant unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}

} // namespace

SystemColorScheme::SystemColorScheme(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(Service, Path, Interface, QStringLiteral("SettingChanged"), this,
                SLOT(onSettingChanged(QDBusMessage)));
    QDBusMessage read =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Read"));
    read << Group << Key;
    // Asked without waiting: a slow or absent portal does not hold the window back.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (!reply.isError())
            take(reply.value().variant());
    });
}

void SystemColorScheme::onSettingChanged(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    if (arguments.size() == 3 && arguments.at(0).toString() == Group &&
        arguments.at(1).toString() == Key)
        take(arguments.at(2));
}

void SystemColorScheme::take(const QVariant &value)
{
    bool ok = false;
    const uint number = unwrap(value).toUInt(&ok);
    const Preference preference = !ok || number > 2 ? NoPreference : Preference(number);
    if (m_known && preference == m_preference)
        return;
    m_known = true;
    m_preference = preference;
    Q_EMIT changed();
}

} // namespace idlefleet::app
