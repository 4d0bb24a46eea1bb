#pragma once

// Waiting for a backend job in a test. A job that does not finish fails the test it runs in, with
// the call that made the job and what happened, instead of stopping the whole test binary.
//
//     AWAIT_JOB(keys, owner.listKeys(car));
//     QCOMPARE(keys->error(), FleetJob::NoError);
//
// and, in a helper that returns a value, FINISHED_JOB(owner.fetchPolicy(car))->result().
//
// Header-only: it needs nothing of the job but a finished() signal.

#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <memory>
#include <utility>

namespace jobwait {

/// How long a job may take before the test gives up on it.
constexpr int DefaultTimeoutMs = 30000;

/// A job that was waited for: owns it, and says what went wrong when it did not finish.
template<typename Job>
class Finished
{
public:
    Finished(std::unique_ptr<Job> job, QString failure)
        : m_job(std::move(job))
        , m_failure(std::move(failure))
    {}

    /// Whether the job finished (with or without an error of its own).
    bool ok() const { return m_failure.isEmpty(); }
    explicit operator bool() const { return ok(); }
    /// What went wrong, naming the call that made the job; empty when it finished.
    const QString &failure() const { return m_failure; }

    Job *get() const { return m_job.get(); }
    Job *operator->() const { return m_job.get(); }
    Job &operator*() const { return *m_job; }
    std::unique_ptr<Job> take() { return std::move(m_job); }

private:
    std::unique_ptr<Job> m_job;
    QString m_failure;
};

/// Takes ownership of job and waits for its finished() signal; `what` names it in the failure.
template<typename Job>
Finished<Job> waitForJob(Job *job, const char *what, int timeoutMs = DefaultTimeoutMs)
{
    std::unique_ptr<Job> owned(job);
    const QString name = QString::fromUtf8(what);
    if (!job)
        return {std::move(owned), QStringLiteral("%1 gave no job").arg(name)};
    QSignalSpy finished(job, &Job::finished);
    if (!finished.isValid())
        return {std::move(owned), QStringLiteral("%1: cannot watch its finished()").arg(name)};
    if (!finished.wait(timeoutMs)) {
        return {std::move(owned),
                QStringLiteral("%1 (%2) did not finish within %3 ms")
                    .arg(name, QString::fromLatin1(job->metaObject()->className()))
                    .arg(timeoutMs)};
    }
    return {std::move(owned), {}};
}

/// Passes `finished` on; when the job did not finish, first records that in the current test.
template<typename Job>
Finished<Job> failUnlessFinished(Finished<Job> finished, const char *file, int line)
{
    if (!finished.ok())
        QTest::qFail(qPrintable(finished.failure()), file, line);
    return finished;
}

} // namespace jobwait

/// Declares `name` as the finished job `call` returns; fails the current test (and returns from
/// it) if the job does not finish in time.
#define AWAIT_JOB(name, call)                                                                      \
    auto name = ::jobwait::waitForJob((call), #call);                                              \
    QVERIFY2(name.ok(), qPrintable(name.failure()))

/// AWAIT_JOB with a timeout of its own.
#define AWAIT_JOB_WITHIN(name, call, timeoutMs)                                                    \
    auto name = ::jobwait::waitForJob((call), #call, (timeoutMs));                                 \
    QVERIFY2(name.ok(), qPrintable(name.failure()))

/// The finished job `call` returns, as an expression, for helpers that return a value and so
/// cannot use AWAIT_JOB: a job that does not finish fails the current test, which then sees the
/// job's empty result until its next check.
#define FINISHED_JOB(call)                                                                         \
    ::jobwait::failUnlessFinished(::jobwait::waitForJob((call), #call), __FILE__, __LINE__)
