#include "preferences.h"

#include "appsettings.h"
#include "languages.h"

#include <QJSEngine>

namespace idlefleet::app {
namespace {

Preferences *s_instance = nullptr;

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
}

Preferences::~Preferences()
{
    s_instance = nullptr;
}

Preferences *Preferences::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Preferences *Preferences::instance()
{
    return s_instance;
}

void Preferences::setLanguage(const QString &language)
{
    if (m_language == language || !installLanguage(language))
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

void Preferences::setDarkTheme(bool dark)
{
    if (m_darkTheme == dark)
        return;
    m_darkTheme = dark;
    Q_EMIT darkThemeChanged();
}

bool Preferences::notificationsEnabled() const
{
    return AppSettings().value(QStringLiteral("notifications"), true).toBool();
}

void Preferences::setNotificationsEnabled(bool enabled)
{
    if (enabled == notificationsEnabled())
        return;
    AppSettings().setValue(QStringLiteral("notifications"), enabled);
    Q_EMIT notificationsEnabledChanged();
}

void Preferences::chooseLanguage(const QString &language)
{
    setLanguage(language);
    AppSettings().setValue(QStringLiteral("language"), m_language);
}

void Preferences::chooseDarkTheme(bool dark)
{
    setDarkTheme(dark);
    AppSettings().setValue(QStringLiteral("darkTheme"), dark);
}

} // namespace idlefleet::app
