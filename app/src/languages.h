#pragma once

#include <QString>

namespace idlefleet::app {

/// Loads the app's and Qt's translations for `code` (en, de, fr, es, ja, ru; empty: the
/// system's language), replacing the ones loaded before, and makes it the default locale, so
/// numbers, money and dates follow. False when `code` is not one of the app's languages.
bool installLanguage(const QString &code);

/// The system's language when the app speaks it, else English.
QString defaultLanguage();

} // namespace idlefleet::app
