#pragma once

#include <QString>

namespace idlefleet::backend {

/// Copies the SQLite database at `databasePath` to `backupPath` with SQLite's online backup API:
/// a consistent snapshot, taken while another process may be writing. Written to a temporary
/// file first and renamed, so a failed backup never leaves a half file behind.
bool backupDatabase(const QString &databasePath, const QString &backupPath, QString *error);

} // namespace idlefleet::backend
