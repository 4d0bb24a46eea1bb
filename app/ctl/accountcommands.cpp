#include "accountcommands.h"

#include "ctlcommon.h"
#include "ctlsession.h"
#include "fleetclient.h"

#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <cstdio>
#include <google/protobuf/util/json_util.h>
#include <memory>

namespace idlefleet::ctl {
int exportMyDataCommand(client::FleetClient &fleet, const QString &output)
{
    if (output.isEmpty())
        return fail(2, QStringLiteral("export-my-data needs --output FILE"));
    std::unique_ptr<client::DataExportJob> job(fleet.exportMyData());
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return failed(*job);
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    std::string json;
    google::protobuf::util::MessageToJsonString(job->result(), &json, options);
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(json.data(), qint64(json.size())) < 0 || !file.commit())
        return fail(1, QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    int sessions = 0;
    for (const auto &vehicle : job->result().vehicles())
        sessions += vehicle.sessions_size();
    std::printf("Exported your account, %d car(s) and %d contribution(s) to %s\n",
                job->result().vehicles_size(), sessions, qPrintable(output));
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
