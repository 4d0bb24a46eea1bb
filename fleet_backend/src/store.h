#pragma once

#include "accountrepository.h"
#include "database.h"
#include "devicerepository.h"
#include "grantrepository.h"
#include "historyrepository.h"
#include "keyrepository.h"
#include "ledgerrepository.h"
#include "organisationrepository.h"
#include "policyrepository.h"
#include "sharedrepository.h"
#include "simulator.h"
#include "storerecords.h"
#include "worldrepository.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace idlefleet::backend {

/// idlefleetd's database, one connection to it: the SQLite file in the data folder (versioned
/// schema, WAL journal) or PostgreSQL. It opens the connection and keeps the schema up to date;
/// what is kept lives in one repository per area (world(), policies(), history(), ledger(),
/// keys(), accounts(), grants(), organisations(), devices(), shared()), each reading and writing
/// through this connection.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Opens (or creates) `path` and brings its schema up to date.
    bool open(const QString &path, QString *error); ///< a SQLite file
    bool open(const DatabaseUrl &url, QString *error);
    /// Opens another connection to a database open() brought up to date, for reads alone (a
    /// reading thread's own: Executor::read()).
    bool openReader(const DatabaseUrl &url, QString *error);
    /// Opens another connection to a database open() brought up to date, to write from a thread
    /// of its own (ReportWriter).
    bool openWriter(const DatabaseUrl &url, QString *error);
    enum class ThreadAccess
    {
        Read,
        Write
    };
    /// This thread's own connection to `url`, opened with openReader() or openWriter() at its
    /// first use (with `observer` as its statement observer, if any) and closed when the thread
    /// ends. Null, with `error` set, when it cannot be opened; tried again at the next use.
    static Store *forThisThread(const DatabaseUrl &url, ThreadAccess access,
                                const std::function<void(qint64)> &observer, QString *error);
    Dialect dialect() const { return m_dialect; }
    const DatabaseUrl &url() const { return m_url; }
    /// Calls `observer` with the run time of every SQL statement this store runs from now on
    /// (SQLite's profile trace), for the operator's metrics.
    void setStatementObserver(std::function<void(qint64 nanoseconds)> observer);

    int schemaVersion() const;
    bool isEmpty() const;
    /// Whether the world is simulated (made with --demo-world): only then does the backend show
    /// what a car's own screen shows, or put cars to sleep.
    bool isSimulated() const;

    // What is kept, one repository per area.
    WorldRepository &world() { return m_world; }
    const WorldRepository &world() const { return m_world; }
    PolicyRepository &policies() { return m_policies; }
    const PolicyRepository &policies() const { return m_policies; }
    HistoryRepository &history() { return m_history; }
    const HistoryRepository &history() const { return m_history; }
    LedgerRepository &ledger() { return m_ledger; }
    const LedgerRepository &ledger() const { return m_ledger; }
    KeyRepository &keys() { return m_keys; }
    const KeyRepository &keys() const { return m_keys; }
    AccountRepository &accounts() { return m_accounts; }
    const AccountRepository &accounts() const { return m_accounts; }
    GrantRepository &grants() { return m_grants; }
    const GrantRepository &grants() const { return m_grants; }
    OrganisationRepository &organisations() { return m_organisations; }
    const OrganisationRepository &organisations() const { return m_organisations; }
    DeviceRepository &devices() { return m_devices; }
    const DeviceRepository &devices() const { return m_devices; }
    SharedRepository &shared() { return m_shared; }
    const SharedRepository &shared() const { return m_shared; }

private:
    // The repositories run their statements on this connection, and their transactions here.
    friend class AccountRepository;
    friend class DeviceRepository;
    friend class GrantRepository;
    friend class HistoryRepository;
    friend class KeyRepository;
    friend class LedgerRepository;
    friend class OrganisationRepository;
    friend class PolicyRepository;
    friend class SharedRepository;
    friend class WorldRepository;

    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName); }
    bool migrate(QString *error);
    bool exec(const QString &sql, QString *error);
    /// Runs `work` in one transaction: committed if it returns true, else rolled back; false
    /// with the reason in `error` (may be null) when it failed or the commit did.
    bool inTransaction(const std::function<bool()> &work, QString *error);
    /// Runs `work`, which only reads, in one transaction that sees the database as it was at
    /// its first statement (PostgreSQL: REPEATABLE READ; SQLite: a read transaction), without
    /// taking any write lock; false with the reason in `error` when it failed.
    bool inSnapshot(const std::function<bool()> &work, QString *error);

    QString m_connectionName;
    DatabaseUrl m_url;
    Dialect m_dialect = Dialect::Sqlite;
    std::function<void(qint64)> m_statementObserver;

    WorldRepository m_world;
    PolicyRepository m_policies;
    HistoryRepository m_history;
    LedgerRepository m_ledger;
    KeyRepository m_keys;
    AccountRepository m_accounts;
    GrantRepository m_grants;
    OrganisationRepository m_organisations;
    DeviceRepository m_devices;
    SharedRepository m_shared;
};

} // namespace idlefleet::backend
