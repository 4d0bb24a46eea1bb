#pragma once

#include <QStringList>

namespace idlefleet::backend {

/// `idlefleetd admin --data DIR COMMAND ...` (spec/cli.md): an operator's accounts,
/// organisations and cars in a world that is not simulated, beside a running server or not.
/// `arguments` are argv without the program name and without "admin". Returns the exit status
/// (0 done, 1 failed, 2 bad input with one line on stderr).
int runAdmin(const QStringList &arguments);

/// The text of `idlefleetd admin --help`.
QString adminHelp();

} // namespace idlefleet::backend
