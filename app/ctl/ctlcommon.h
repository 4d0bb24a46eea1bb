#pragma once

#include "fleetjob.h"

#include <QEventLoop>
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

/// Micros as a decimal amount with two places (cents), rounded half away from zero.
inline QString money(qint64 micros)
{
    const qint64 cents = micros >= 0 ? (micros + 5000) / 10000 : -((-micros + 5000) / 10000);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(cents) / 100)
        .arg(qAbs(cents) % 100, 2, 10, QLatin1Char('0'));
}

/// Runs `job` to completion on a local event loop.
inline void wait(client::FleetJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &client::FleetJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace idlefleet::ctl
