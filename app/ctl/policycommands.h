#pragma once

#include <QString>

namespace idlefleet::ctl {

/// The offline policy tools of spec/policy.md. Each returns the exit status; on bad input it
/// prints one line on stderr and nothing on stdout.
int windowsCommand(const QString &policyFile, const QString &from, const QString &to);
int eligibleCommand(const QString &policyFile, const QString &stateFile, const QString &at);
/// The forecast of docs/plan.md; `from` may be a date (00:00 in the policy's zone).
int planCommand(const QString &policyFile, const QString &profileFile, const QString &marketFile,
                const QString &from, const QString &days);

} // namespace idlefleet::ctl
