// Headers parsed once for the app's library and the tests that drive it (see CMakeLists.txt).
#pragma once

#include "common.h"

#include <QAbstractListModel>
#include <QColor>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSortFilterProxyModel>
