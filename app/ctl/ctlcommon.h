#pragma once

#include "fleetjob.h"
#include "money.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cstdio>

// What every idlefleetctl command shares: the exit statuses of spec/cli.md, one-line errors on
// stderr, and running a job to its end.
namespace idlefleet::ctl {

inline constexpr int ExitFailed = 1;
inline constexpr int ExitBadInput = 2;
inline constexpr int ExitNotAllowed = 3;

/// Prints `idlefleetctl: message` on stderr and returns `status`.
inline int fail(int status, const QString &message)
{
    std::fprintf(stderr, "idlefleetctl: %s\n", qPrintable(message));
    return status;
}

/// The exit status for a job's error: 3 when not signed in or not allowed, else 1.
inline int exitStatusFor(client::FleetJob::Error error)
{
    switch (error) {
    case client::FleetJob::NoError:
        return 0;
    case client::FleetJob::NotSignedIn:
    case client::FleetJob::NotAllowed:
        return ExitNotAllowed;
    default:
        return ExitFailed;
    }
}

/// Reports a failed job and returns its exit status.
inline int failed(const client::FleetJob &job)
{
    return fail(exitStatusFor(job.error()), job.errorString());
}

/// Micros of `currency` as a plain decimal in its minor unit ("12.34", "1235" for JPY), rounded
/// once half away from zero, from integers.
inline QString money(qint64 micros, const QString &currency)
{
    const int digits = minorUnitDigits(currency);
    return plainDecimal(toMinorUnits(micros, digits), digits);
}

/// Prints one JSON object on stdout, the whole of a command's `--json` output.
inline void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

/// Runs `job` to completion on a local event loop.
inline void wait(client::FleetJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &client::FleetJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace idlefleet::ctl
