#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace idlefleet::backend {

/// The command line of idlefleetd (spec/cli.md), parsed and checked.
struct BackendOptions
{
    QString dataDir;
    QString database; // --database URL: empty or sqlite: (the file in dataDir), postgresql://...
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0;
    QHostAddress metricsAddress; // --metrics ADDRESS:PORT: Prometheus metrics there (null: none)
    quint16 metricsPort = 0;
    bool demoWorld = false;
    int worldSize = 2000;
    QByteArray demoFleetKey; // --demo-fleet-key PUBLIC.pem: the demo organisation's (DER)
    double clockSpeed = 1.0;
    QDateTime worldStart;         // --world-start INSTANT: a new world's clock starts there
    int backfillDays = 90;        // history a new demo world starts with
    int minuteHistoryDays = 90;   // minute rows kept (older ones are rolled up)
    QString backupFile;           // --backup FILE: copy the database while it serves, then exit
    QString provisionFile;        // --provision-devices FILE: new device credentials for every car
    int accessTokenSeconds = 900; // --access-token-seconds N: lifetime of new access tokens
    int grantHourSeconds = 3600;  // --grant-hour-seconds N: how long an hour of a grant lasts
};

/// Parses `arguments` (argv with the program name first). On bad input returns false with one
/// line naming the problem in `error`; `helpText` receives the text to print when --help or
/// --version was asked.
bool parseBackendOptions(const QStringList &arguments, BackendOptions *options, QString *error,
                         QString *helpText);

} // namespace idlefleet::backend
