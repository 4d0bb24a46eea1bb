#pragma once

// The world's time as a test's backend says it: tests pin their worlds far from the wall clock
// (worldinstants.h), so "now", "today" and "last week" come from the backend, never from the
// machine's clock.

#include "jobwait.h"
#include "worldtime.h"

#include <QDateTime>

/// Asks the backend `client` talks to where its world's clock stands (GET /v1/info, which also
/// sets the process's WorldTime) and returns the world's time now. A backend that does not
/// answer fails the current test and gives an invalid instant.
template<typename Client>
QDateTime worldNowFrom(Client &client)
{
    auto info = FINISHED_JOB(client.fetchServerInfo());
    if (!info.ok() || !info->result().worldTime.isValid()) {
        if (info.ok())
            QTest::qFail("the backend did not say where its world's clock stands", __FILE__,
                         __LINE__);
        return {};
    }
    return idlefleet::WorldTime::now();
}
