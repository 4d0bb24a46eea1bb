#include "accountcommands.h"

#include "ctlcommon.h"
#include "ctlsession.h"
#include "fleetclient.h"

#include <QEventLoop>
#include <QFile>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace idlefleet::ctl {
int exportMyDataCommand(client::FleetClient &fleet, const QString &output)
{
    if (output.isEmpty())
        return fail(2, QStringLiteral("export-my-data needs --output FILE"));
    // Written as it arrives; in a terminal, how far it got.
    std::unique_ptr<client::ExportFileJob> job(fleet.exportMyDataTo(output));
    const bool terminal = isatty(fileno(stderr));
    int shown = -1;
    QObject::connect(
        job.get(), &client::ExportFileJob::progress, job.get(), [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (terminal && percent != shown)
                std::fprintf(stderr, "\ridlefleetctl: exporting your data, %d%%", percent);
            shown = percent;
        });
    wait(job.get());
    if (terminal && shown >= 0)
        std::fprintf(stderr, "\n");
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    std::printf("Exported your account, %d car(s) and %lld contribution(s) to %s\n",
                job->vehicles(), static_cast<long long>(job->sessions()), qPrintable(output));
    return 0;
}

int deleteAccountCommand(client::FleetClient &fleet, const QString &email)
{
    QString error;
    const QString password = readPassword(email, &error);
    if (password.isEmpty())
        return fail(2, error);
    std::unique_ptr<client::EmptyJob> job(fleet.deleteAccount(password));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    removeSession();
    std::printf("Deleted the account %s and everything kept about it and its cars.\n",
                qPrintable(email));
    return 0;
}

} // namespace idlefleet::ctl
