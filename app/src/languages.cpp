#include "languages.h"

#include "startupoptions.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace idlefleet::app {
namespace {

std::unique_ptr<QTranslator> s_appTranslator;
std::unique_ptr<QTranslator> s_qtTranslator;

} // namespace

bool installLanguage(const QString &code)
{
    if (!code.isEmpty() && !supportedLanguages().contains(code))
        return false;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    for (auto *old : {s_appTranslator.get(), s_qtTranslator.get()}) {
        if (old)
            QCoreApplication::removeTranslator(old);
    }
    s_appTranslator = std::make_unique<QTranslator>();
    if (s_appTranslator->load(locale, QStringLiteral("idlefleet"), QStringLiteral("_"),
                              QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(s_appTranslator.get());
    s_qtTranslator = std::make_unique<QTranslator>();
    if (s_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QStringLiteral("/usr/share/qt6/translations")))
        QCoreApplication::installTranslator(s_qtTranslator.get());
    return true;
}

QString defaultLanguage()
{
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return supportedLanguages().contains(system) ? system : QStringLiteral("en");
}

} // namespace idlefleet::app
