#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace idlefleet::app {

/// What the person chose for how the app looks and speaks: the language, the light or dark
/// theme and desktop notifications. One instance, made by main() before the window (and by a
/// test before its app); what reads texts or colours follows its signals.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// en, de, fr, es, ja or ru; switching reloads every text at once.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    /// Desktop notifications for notable stops and ready statements (remembered at once).
    Q_PROPERTY(bool notificationsEnabled READ notificationsEnabled WRITE setNotificationsEnabled
                   NOTIFY notificationsEnabledChanged)

public:
    /// No default for `parent`: QML (Qt 6.4) would make a singleton of its own with a default
    /// constructor instead of asking create() for this one.
    explicit Preferences(QObject *parent);
    ~Preferences() override;

    static Preferences *create(QQmlEngine *, QJSEngine *);
    /// The one instance (null before main() or a test made it).
    static Preferences *instance();

    QString language() const { return m_language; }
    /// For this run only (a --language flag, a test): not remembered. An unknown code changes
    /// nothing.
    void setLanguage(const QString &language);
    bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    /// The person's choices in Settings: applied at once and remembered for the next start.
    Q_INVOKABLE void chooseLanguage(const QString &language);
    Q_INVOKABLE void chooseDarkTheme(bool dark);

Q_SIGNALS:
    void languageChanged();
    void darkThemeChanged();
    void notificationsEnabledChanged();

private:
    QString m_language; // set by main() before the window shows
    bool m_darkTheme = false;
};

} // namespace idlefleet::app
