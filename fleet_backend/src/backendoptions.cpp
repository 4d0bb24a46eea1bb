#include "backendoptions.h"

#include "rfc3339.h"
#include "vehiclekey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <cmath>

namespace idlefleet::backend {
namespace {

constexpr int MaxWorldSize = 200000;
constexpr double MaxClockSpeed = 100000.0;

/// ADDRESS:PORT of an option named `option` ("--listen").
bool parseAddress(const QString &option, const QString &value, QHostAddress *address, quint16 *port,
                  QString *error)
{
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = QStringLiteral("%1: '%2' is not ADDRESS:PORT").arg(option, value);
        return false;
    }
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (!address->setAddress(host)) {
        *error = QStringLiteral("%1: '%2' is not an IP address").arg(option, host);
        return false;
    }
    bool ok = false;
    const uint number = value.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535) {
        *error = QStringLiteral("%1: port '%2' is not a number from 0 to 65535")
                     .arg(option, value.mid(colon + 1));
        return false;
    }
    *port = quint16(number);
    return true;
}

/// The settings of a config file as options placed before the command line's (which win):
/// `name = value` lines, where each name is one of idlefleetd's long options; `#` starts a
/// comment; a switch is `true` or `false`. Returns false with "FILE:LINE: problem" in `error`.
bool readConfigFile(const QString &path, const QList<QCommandLineOption> &options,
                    QStringList *arguments, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("--config: cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QStringList notSettings{QStringLiteral("help"), QStringLiteral("version"),
                                  QStringLiteral("config")};
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto problem = [&](const QString &what) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(what);
            return false;
        };
        const int equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return problem(QStringLiteral("'%1' is not NAME = VALUE").arg(line));
        const QString name = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        const QCommandLineOption *option = nullptr;
        for (const QCommandLineOption &candidate : options) {
            if (candidate.names().contains(name) && name.size() > 1 && !notSettings.contains(name))
                option = &candidate;
        }
        if (!option)
            return problem(QStringLiteral("unknown setting '%1' (a setting is one of idlefleetd's "
                                          "long options, such as data or listen)")
                               .arg(name));
        if (option->valueName().isEmpty()) {
            if (value == QLatin1String("true"))
                arguments->append(QLatin1String("--") + name);
            else if (value != QLatin1String("false"))
                return problem(QStringLiteral("%1 is true or false, not '%2'").arg(name, value));
        } else {
            if (value.isEmpty())
                return problem(
                    QStringLiteral("%1 needs a value (%2)").arg(name, option->valueName()));
            arguments->append(QLatin1String("--") + name + QLatin1Char('=') + value);
        }
    }
    return true;
}

} // namespace

bool parseBackendOptions(const QStringList &arguments, BackendOptions *options, QString *error,
                         QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("idlefleetd: the reference Idlefleet fleet backend. It serves the fleet API "
                       "over HTTPS from a simulated demo world (--demo-world) or from the reports "
                       "of cars an operator adds with idlefleetd admin."));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Shows this help."));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QStringLiteral("Folder for the key, certificate and "
                                                       "database (created on first start)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Where the data lives: sqlite: (the default, idlefleetd.sqlite in DIR) or "
                       "postgresql://USER@HOST:PORT/DB (also ?host=/socket/dir), which several "
                       "idlefleetd processes may serve. DIR still holds the TLS key and "
                       "certificate."),
        QStringLiteral("URL"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to serve HTTPS on; port 0 picks a free one."),
        QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption metricsOption(
        QStringLiteral("metrics"),
        QStringLiteral("Serves Prometheus metrics (GET /metrics, plain HTTP) on ADDRESS:PORT, "
                       "such as 127.0.0.1:9464; none unless given."),
        QStringLiteral("ADDRESS:PORT"));
    const QCommandLineOption demoOption(QStringLiteral("demo-world"),
                                        QStringLiteral("Creates the demo world on a new folder."));
    const QCommandLineOption sizeOption(
        QStringLiteral("world-size"),
        QStringLiteral("Vehicles in the demo organisation (default 2000)."), QStringLiteral("N"));
    const QCommandLineOption fleetKeyOption(
        QStringLiteral("demo-fleet-key"),
        QStringLiteral("With --demo-world on a new folder: the public half of the demo "
                       "organisation's fleet key (PEM), which its cars enrol. Its private half "
                       "stays with the organisation's administrator (idlefleetctl fleet key "
                       "create); without it the organisation has no fleet key."),
        QStringLiteral("PUBLIC.pem"));
    const QCommandLineOption speedOption(
        QStringLiteral("clock-speed"),
        QStringLiteral("How many times faster than the wall clock the world runs (default 1)."),
        QStringLiteral("X"));
    const QCommandLineOption worldStartOption(
        QStringLiteral("world-start"),
        QStringLiteral("On a new folder, the world's clock starts at INSTANT (RFC 3339, a whole "
                       "minute; the backfill ends there) instead of now. A restart resumes where "
                       "the world was, plus the wall time since. Ignored on an existing world."),
        QStringLiteral("INSTANT"));
    const QCommandLineOption backfillOption(
        QStringLiteral("backfill-days"),
        QStringLiteral("Days of history a new demo world starts with (default 90)."),
        QStringLiteral("N"));
    const QCommandLineOption minuteHistoryOption(
        QStringLiteral("minute-history-days"),
        QStringLiteral("Days a car's minute-by-minute status is kept (default 90, 1 to 3660); "
                       "older minutes go, their hour and day roll-ups stay, and every session, "
                       "entry and job is kept whole."),
        QStringLiteral("N"));
    const QCommandLineOption backupOption(
        QStringLiteral("backup"),
        QStringLiteral("Copies the database of --data DIR to FILE, consistently, even while "
                       "another idlefleetd serves it; then exits."),
        QStringLiteral("FILE"));
    const QCommandLineOption provisionOption(
        QStringLiteral("provision-devices"),
        QStringLiteral("Gives every car a new device credential for its status reports (POST "
                       "/v1/telemetry) and writes them to FILE (mode 0600), one JSON object per "
                       "line; then serves."),
        QStringLiteral("FILE"));
    const QCommandLineOption accessOption(
        QStringLiteral("access-token-seconds"),
        QStringLiteral("How long new access tokens last, 1 to 86400 (default 900)."),
        QStringLiteral("N"));
    const QCommandLineOption grantHourOption(
        QStringLiteral("grant-hour-seconds"),
        QStringLiteral("How long an hour of a support grant lasts, 1 to 3600 seconds (default "
                       "3600; shorter for tests of expiry)."),
        QStringLiteral("N"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Reads settings from FILE first: one NAME = VALUE per line, NAME being any "
                       "long option here (switches take true or false), # for comments; the "
                       "command line wins over the file (/etc/idlefleetd/idlefleetd.conf for "
                       "the service)."),
        QStringLiteral("FILE"));
    const QList<QCommandLineOption> all{
        helpOption,      dataOption,          databaseOption, listenOption,    metricsOption,
        demoOption,      sizeOption,          fleetKeyOption, speedOption,     worldStartOption,
        backfillOption,  minuteHistoryOption, backupOption,   provisionOption, accessOption,
        grantHourOption, configOption};
    parser.addOptions(all);
    parser.addVersionOption();

    // The config file's settings go before the command line's, whose later values win.
    QStringList effective = arguments;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(configOption) && !parser.isSet(helpOption) &&
        !parser.isSet(QStringLiteral("version"))) {
        QStringList settings;
        if (!readConfigFile(parser.value(configOption), all, &settings, error))
            return false;
        effective = arguments.mid(0, 1) + settings + arguments.mid(1);
    }
    if (!parser.parse(effective)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(helpOption)) {
        // The usage line names the program, not the path it was started by, and the admin
        // commands beside the server.
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')),
                     QStringLiteral("Usage: idlefleetd [options]\n"
                                    "       idlefleetd admin --data DIR COMMAND (idlefleetd "
                                    "admin --help)"));
        *helpText = text;
        return true;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *helpText = QStringLiteral("idlefleetd %1\n").arg(QCoreApplication::applicationVersion());
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
    if (!parser.isSet(dataOption) || parser.value(dataOption).isEmpty()) {
        *error = QStringLiteral("--data DIR is required");
        return false;
    }
    options->dataDir = parser.value(dataOption);
    options->database = parser.value(databaseOption);
    if (!parseAddress(QStringLiteral("--listen"), parser.value(listenOption),
                      &options->listenAddress, &options->listenPort, error))
        return false;
    if (parser.isSet(metricsOption) &&
        !parseAddress(QStringLiteral("--metrics"), parser.value(metricsOption),
                      &options->metricsAddress, &options->metricsPort, error))
        return false;
    options->demoWorld = parser.isSet(demoOption);
    if (parser.isSet(sizeOption)) {
        bool ok = false;
        const int size = parser.value(sizeOption).toInt(&ok);
        if (!ok || size < 0 || size > MaxWorldSize) {
            *error = QStringLiteral("--world-size: '%1' is not a number from 0 to %2")
                         .arg(parser.value(sizeOption))
                         .arg(MaxWorldSize);
            return false;
        }
        options->worldSize = size;
    }
    if (parser.isSet(fleetKeyOption)) {
        const QString path = parser.value(fleetKeyOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--demo-fleet-key: cannot read %1: %2")
                         .arg(path, file.errorString());
            return false;
        }
        options->demoFleetKey = publicKeyDerFromPem(file.read(8192));
        if (options->demoFleetKey.isEmpty()) {
            *error = QStringLiteral("--demo-fleet-key: %1 is not a P-256 public key in PEM "
                                    "(-----BEGIN PUBLIC KEY-----)")
                         .arg(path);
            return false;
        }
    }
    if (parser.isSet(speedOption)) {
        bool ok = false;
        const double speed = parser.value(speedOption).toDouble(&ok);
        if (!ok || !std::isfinite(speed) || speed <= 0 || speed > MaxClockSpeed) {
            *error = QStringLiteral("--clock-speed: '%1' is not a number above 0 and at most %2")
                         .arg(parser.value(speedOption))
                         .arg(MaxClockSpeed);
            return false;
        }
        options->clockSpeed = speed;
    }
    if (parser.isSet(worldStartOption)) {
        const QString text = parser.value(worldStartOption);
        qint64 seconds = 0;
        // parseRfc3339 drops fractions of a second; a whole minute has none.
        static const QRegularExpression fraction(QStringLiteral("\\.[0-9]*[1-9]"));
        if (!parseRfc3339(text, &seconds) || seconds % 60 != 0 || fraction.match(text).hasMatch()) {
            *error = QStringLiteral("--world-start: '%1' is not an RFC 3339 instant on a whole "
                                    "minute (such as 2026-03-29T00:30:00Z)")
                         .arg(text);
            return false;
        }
        options->worldStart = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    }
    if (parser.isSet(backupOption)) {
        options->backupFile = parser.value(backupOption);
        if (options->backupFile.isEmpty()) {
            *error = QStringLiteral("--backup needs a file name");
            return false;
        }
    }
    if (parser.isSet(accessOption)) {
        bool ok = false;
        const int seconds = parser.value(accessOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400) {
            *error = QStringLiteral("--access-token-seconds: '%1' is not a number from 1 to 86400")
                         .arg(parser.value(accessOption));
            return false;
        }
        options->accessTokenSeconds = seconds;
    }
    if (parser.isSet(grantHourOption)) {
        bool ok = false;
        const int seconds = parser.value(grantHourOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            *error = QStringLiteral("--grant-hour-seconds: '%1' is not a number from 1 to 3600")
                         .arg(parser.value(grantHourOption));
            return false;
        }
        options->grantHourSeconds = seconds;
    }
    if (parser.isSet(provisionOption)) {
        options->provisionFile = parser.value(provisionOption);
        if (options->provisionFile.isEmpty()) {
            *error = QStringLiteral("--provision-devices needs a file name");
            return false;
        }
    }
    if (parser.isSet(backfillOption)) {
        bool ok = false;
        const int days = parser.value(backfillOption).toInt(&ok);
        if (!ok || days < 1 || days > 3660) {
            *error = QStringLiteral("--backfill-days: '%1' is not a number from 1 to 3660")
                         .arg(parser.value(backfillOption));
            return false;
        }
        options->backfillDays = days;
    }
    if (parser.isSet(minuteHistoryOption)) {
        bool ok = false;
        const int days = parser.value(minuteHistoryOption).toInt(&ok);
        if (!ok || days < 1 || days > 3660) {
            *error = QStringLiteral("--minute-history-days: '%1' is not a number from 1 to 3660")
                         .arg(parser.value(minuteHistoryOption));
            return false;
        }
        options->minuteHistoryDays = days;
    }
    return true;
}

} // namespace idlefleet::backend
