// Runs the Qt Quick Tests in this folder against the app's QML modules (static plugins), with the
// Material style the app uses and an AppState that is never started (the Theme follows it).

#include "appstate.h"
#include "navigation.h"
#include "preferences.h"

#include <QLocale>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(Idlefleet_AppPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_PolicyPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_SupportPlugin)

class Setup : public QObject
{
    Q_OBJECT
public:
    Setup()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // Numbers and times in one named locale, whatever the machine's.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // The AppState reads its settings; Qt's test mode keeps them out of the user's folders.
        QStandardPaths::setTestModeEnabled(true);
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        m_state = std::make_unique<idlefleet::app::AppState>(m_preferences, m_navigation,
                                                             /*demoMode=*/false, m_dir.path());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 does not look in the resource root for modules by itself.
        engine->addImportPath(QStringLiteral("qrc:/"));
    }
    void cleanupTestCase() { m_state.reset(); }

private:
    QTemporaryDir m_dir;
    idlefleet::app::Preferences m_preferences{nullptr};
    idlefleet::app::Navigation m_navigation{nullptr};
    std::unique_ptr<idlefleet::app::AppState> m_state;
};

QUICK_TEST_MAIN_WITH_SETUP(idlefleet_qml, Setup)

#include "main.moc"
