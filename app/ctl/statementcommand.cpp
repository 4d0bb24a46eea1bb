#include "statementcommand.h"

#include "ctlcommon.h"
#include "fleetclient.h"
#include "policy/zonerules.h"
#include "statementfetch.h"
#include "worldtime.h"

#include <QDate>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTranslator>
#include <memory>

namespace idlefleet::ctl {

int statementCommand(client::FleetClient &fleet, const StatementRequest &request)
{
    static const QRegularExpression monthShape(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    const auto shape = monthShape.match(request.month);
    const QDate month =
        shape.hasMatch() ? QDate(shape.captured(1).toInt(), shape.captured(2).toInt(), 1) : QDate();
    if (!month.isValid() || month.year() < 1970 || month.year() >= 2100)
        return fail(
            ExitBadInput,
            QStringLiteral("--month: \"%1\" is not a month such as 2026-10").arg(request.month));
    if (request.format != QLatin1String("pdf") && request.format != QLatin1String("csv"))
        return fail(ExitBadInput,
                    QStringLiteral("--format: \"%1\" is not pdf or csv").arg(request.format));
    if (request.output.isEmpty())
        return fail(ExitBadInput, QStringLiteral("statement needs --output FILE"));
    const QString language = request.language.isEmpty() ? QStringLiteral("en") : request.language;
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("de"),
                                       QStringLiteral("fr"), QStringLiteral("es"),
                                       QStringLiteral("ja"), QStringLiteral("ru")};
    if (!languages.contains(language))
        return fail(ExitBadInput, QStringLiteral("--language: \"%1\" is not one of %2")
                                      .arg(language, languages.join(QStringLiteral(", "))));

    // The car's zone and name, and where the world's clock stands (the current month ends
    // today).
    std::unique_ptr<client::ServerInfoJob> info(fleet.fetchServerInfo());
    wait(info.get());
    if (info->error() != client::FleetJob::NoError)
        return fail(exitStatusFor(info->error()), info->errorString());
    std::unique_ptr<client::ListVehiclesJob> list(fleet.listVehicles(1000));
    wait(list.get());
    if (list->error() != client::FleetJob::NoError)
        return fail(exitStatusFor(list->error()), list->errorString());
    const Vehicle *car = nullptr;
    for (const Vehicle &vehicle : list->result().vehicles) {
        if (vehicle.id == request.vehicleId)
            car = &vehicle;
    }
    if (!car)
        return fail(ExitFailed, QStringLiteral("no such vehicle: %1").arg(request.vehicleId));
    auto rules = policy::ZoneRules::forZoneOrUtc(car->timeZone.toUtf8());
    const QDate today = QDate(1970, 1, 1).addDays(rules->localDay(WorldTime::nowSecs()));
    if (month > today)
        return fail(ExitBadInput,
                    QStringLiteral("--month: %1 has not begun in %2 (today is %3)")
                        .arg(request.month, car->timeZone, today.toString(Qt::ISODate)));
    const QDate lastDay = std::min(month.addMonths(1).addDays(-1), today);

    // The statement's words in the asked language, its numbers and dates in its locale.
    QTranslator translator;
    if (language != QLatin1String("en")) {
        if (!translator.load(QStringLiteral(":/i18n/idlefleet_%1.qm").arg(language)))
            return fail(
                ExitFailed,
                QStringLiteral("the %1 translation is missing from this build").arg(language));
        QCoreApplication::installTranslator(&translator);
    }
    const QLocale locale(language);

    app::earnings::StatementFetch fetch(
        &fleet, {car->id, car->name, car->timeZone, request.account, month, lastDay});
    QEventLoop loop;
    QObject::connect(&fetch, &app::earnings::StatementFetch::finished, &loop, &QEventLoop::quit);
    fetch.start();
    loop.exec();
    if (fetch.failed())
        return fail(ExitFailed, fetch.errorString());

    if (request.format == QLatin1String("pdf")) {
        const auto outcome =
            app::earnings::writeStatementPdf(fetch.statement(), request.output, locale);
        if (!outcome.error.isEmpty())
            return fail(ExitFailed, outcome.error);
    } else {
        QSaveFile file(request.output);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(app::earnings::statementCsv(fetch.statement())) < 0 || !file.commit())
            return fail(ExitFailed,
                        QStringLiteral("cannot write %1: %2")
                            .arg(QFileInfo(request.output).absoluteFilePath(), file.errorString()));
    }
    std::printf("wrote %s\n", qPrintable(QFileInfo(request.output).absoluteFilePath()));
    return 0;
}

} // namespace idlefleet::ctl
