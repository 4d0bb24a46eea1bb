#pragma once

// Waiting in a test for a state that can also end in failure (a load that can end in an error, a
// change the car can refuse): the wait stops as soon as the failure shows and says what it was,
// instead of waiting out its timeout.
//
//     WAIT_UNTIL(editor.loaded(), editor.loadError(), 30000);
//     WAIT_UNTIL(state.phase() == AppState::Ready,
//                testwait::failedIf(state.phase() == AppState::Failed, state.errorMessage()),
//                30000);
//
// Where nothing can fail (a count of frames that grows), QTRY_VERIFY is enough.

#include <QString>
#include <QTest>

namespace testwait {

/// Processes events until `done()` holds; returns at once with what went wrong when `failure()`
/// returns a non-empty message. Empty when done; otherwise the failure, or that `what` did not
/// come within timeoutMs.
template<typename Done, typename Failure>
QString waitUntil(Done done, Failure failure, const QString &what, int timeoutMs)
{
    QString failed;
    const bool settled = QTest::qWaitFor(
        [&] {
            if (done())
                return true;
            failed = failure();
            return !failed.isEmpty();
        },
        timeoutMs);
    if (!failed.isEmpty())
        return QStringLiteral("failed while waiting for %1: %2").arg(what, failed);
    if (!settled)
        return QStringLiteral("%1: still not so after %2 ms").arg(what).arg(timeoutMs);
    return {};
}

/// A failure message for waitUntil: `message` when `failed`, never empty then.
inline QString failedIf(bool failed, const QString &message)
{
    if (!failed)
        return {};
    return message.isEmpty() ? QStringLiteral("failed, with no message") : message;
}

} // namespace testwait

/// Waits until the expression `done` holds; fails the current test (and returns from it) as soon
/// as the expression `failure` (a QString) is not empty, with that message, or at the timeout.
#define WAIT_UNTIL(done, failure, timeoutMs)                                                       \
    do {                                                                                           \
        const QString waitProblem =                                                                \
            ::testwait::waitUntil([&] { return bool(done); }, [&] { return QString(failure); },    \
                                  QStringLiteral(#done), (timeoutMs));                             \
        QVERIFY2(waitProblem.isEmpty(), qPrintable(waitProblem));                                  \
    } while (false)
