#pragma once

// Every QML module of the app is a static plugin: a program that loads Main.qml imports them all,
// once, by including this header in one of its files (the app's main.cpp, the real-window tests).

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Idlefleet_AppPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_DashboardPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_EarningsPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_FleetPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_MainPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_OnboardingPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_PolicyPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_SupportPlugin)
