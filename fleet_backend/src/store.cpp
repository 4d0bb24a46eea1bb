#include "store.h"

#include "database.h"
#include "store/sqlitemigrations.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadStorage>
#include <QUuid>
#include <QVariant>
#include <memory>
#include <sqlite3.h>

namespace idlefleet::backend {
namespace {

// Each entry brings the schema from version (index) to version (index + 1). Append only.
const char *const Migrations[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
       CREATE TABLE vehicles (
           id TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL, model TEXT NOT NULL,
           time_zone TEXT NOT NULL, battery_capacity_wh INTEGER NOT NULL,
           charger_watts INTEGER NOT NULL, compute_watts INTEGER NOT NULL,
           commute_minute INTEGER NOT NULL, trip_wh_per_minute INTEGER NOT NULL);
       CREATE TABLE vehicle_state (
           vehicle_id TEXT PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
           battery_wh REAL NOT NULL, plugged_in INTEGER NOT NULL, driving INTEGER NOT NULL,
           contributing INTEGER NOT NULL, chip_temp_c REAL NOT NULL,
           energy_today_wh INTEGER NOT NULL, energy_today_fraction_wh REAL NOT NULL,
           local_day INTEGER NOT NULL);)",
    R"(CREATE TABLE accounts (
           id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE,
           display_name TEXT NOT NULL, role INTEGER NOT NULL, organisation_id TEXT NOT NULL,
           password TEXT NOT NULL, created_ms INTEGER NOT NULL);
       CREATE TABLE sessions (
           access_digest TEXT PRIMARY KEY, refresh_digest TEXT NOT NULL UNIQUE,
           account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
           access_expires_ms INTEGER NOT NULL, refresh_expires_ms INTEGER NOT NULL);
       CREATE INDEX sessions_account ON sessions(account_id);)",
    R"(CREATE TABLE vehicle_policies (
           vehicle_id TEXT PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
           version INTEGER NOT NULL, policy BLOB NOT NULL, updated_ms INTEGER NOT NULL);)",
    R"(CREATE TABLE status_minutes (
           vehicle_id TEXT NOT NULL, minute INTEGER NOT NULL, soc_centi INTEGER NOT NULL,
           flags INTEGER NOT NULL, chip_deci INTEGER NOT NULL, compute_watts INTEGER NOT NULL,
           reasons INTEGER NOT NULL, PRIMARY KEY (vehicle_id, minute)) WITHOUT ROWID;
       CREATE TABLE status_rollups (
           vehicle_id TEXT NOT NULL, resolution INTEGER NOT NULL, bucket INTEGER NOT NULL,
           minutes INTEGER NOT NULL, soc_centi_sum INTEGER NOT NULL,
           soc_centi_min INTEGER NOT NULL, soc_centi_max INTEGER NOT NULL,
           contributing_minutes INTEGER NOT NULL, plugged_minutes INTEGER NOT NULL,
           compute_watt_minutes INTEGER NOT NULL, chip_deci_max INTEGER NOT NULL,
           PRIMARY KEY (vehicle_id, resolution, bucket)) WITHOUT ROWID;)",
    R"(ALTER TABLE status_minutes ADD COLUMN price_micros_per_kwh INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE status_minutes ADD COLUMN gross_micros_per_hour INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE status_rollups ADD COLUMN price_watt_minutes INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE status_rollups ADD COLUMN gross_rate_minutes INTEGER NOT NULL DEFAULT 0;)",
    R"(CREATE TABLE vehicle_keys (
           vehicle_id TEXT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
           key_id TEXT NOT NULL, public_key BLOB NOT NULL, label TEXT NOT NULL,
           role INTEGER NOT NULL, added_ms INTEGER NOT NULL, last_used_ms INTEGER NOT NULL,
           revoked INTEGER NOT NULL, last_counter INTEGER NOT NULL,
           PRIMARY KEY (vehicle_id, key_id)) WITHOUT ROWID;)",
    R"(CREATE TABLE command_results (
           vehicle_id TEXT NOT NULL, idempotency_key TEXT NOT NULL, result BLOB NOT NULL,
           status INTEGER NOT NULL, created_ms INTEGER NOT NULL,
           PRIMARY KEY (vehicle_id, idempotency_key)) WITHOUT ROWID;)",
    R"(CREATE TABLE consents (
           account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
           terms_version TEXT NOT NULL, accepted_ms INTEGER NOT NULL);
       CREATE INDEX consents_account ON consents(account_id);)",
    R"(ALTER TABLE vehicles ADD COLUMN group_name TEXT NOT NULL DEFAULT '';
       ALTER TABLE vehicles ADD COLUMN step_minutes INTEGER NOT NULL DEFAULT 1;
       CREATE INDEX vehicles_owner ON vehicles(owner);)",
    R"(CREATE TABLE support_grants (
           id TEXT PRIMARY KEY, vehicle_id TEXT NOT NULL, support_account_id TEXT NOT NULL,
           granted_by TEXT NOT NULL, created_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL,
           revoked_ms INTEGER NOT NULL DEFAULT 0);
       CREATE INDEX support_grants_vehicle ON support_grants(vehicle_id);
       CREATE INDEX support_grants_account ON support_grants(support_account_id);
       CREATE TABLE support_audit (
           grant_id TEXT NOT NULL, vehicle_id TEXT NOT NULL, account_id TEXT NOT NULL,
           at_ms INTEGER NOT NULL, action TEXT NOT NULL);
       CREATE INDEX support_audit_vehicle ON support_audit(vehicle_id, at_ms);
       CREATE TABLE organisations (
           id TEXT PRIMARY KEY, fleet_key_id TEXT NOT NULL, fleet_public_key BLOB NOT NULL);
       CREATE TABLE revoked_certificates (
           organisation_id TEXT NOT NULL, key_id TEXT NOT NULL, revoked_ms INTEGER NOT NULL,
           PRIMARY KEY (organisation_id, key_id)) WITHOUT ROWID;)",
    R"(CREATE TABLE device_tokens (
           digest BLOB PRIMARY KEY, vehicle_id TEXT NOT NULL) WITHOUT ROWID;
       CREATE INDEX device_tokens_vehicle ON device_tokens(vehicle_id);
       CREATE TABLE vehicle_reports (
           vehicle_id TEXT PRIMARY KEY, observed_ms INTEGER NOT NULL, soc_centi INTEGER NOT NULL,
           plugged_in INTEGER NOT NULL, driving INTEGER NOT NULL, chip_deci INTEGER NOT NULL,
           compute_watts INTEGER NOT NULL, energy_today_wh INTEGER NOT NULL,
           received_ms INTEGER NOT NULL) WITHOUT ROWID;)",
    R"(ALTER TABLE consents ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;)",
    R"(CREATE TABLE policy_history (
           vehicle_id TEXT NOT NULL, version INTEGER NOT NULL, policy BLOB NOT NULL,
           applied_ms INTEGER NOT NULL, key_id TEXT NOT NULL,
           PRIMARY KEY (vehicle_id, version)) WITHOUT ROWID;
       INSERT OR IGNORE INTO policy_history
           SELECT vehicle_id, version, policy, updated_ms, '' FROM vehicle_policies;
       CREATE TABLE organisation_hours (
           owner TEXT NOT NULL, hour INTEGER NOT NULL, currency TEXT NOT NULL,
           contributing_minutes INTEGER NOT NULL, energy_mwh INTEGER NOT NULL,
           cost_micros INTEGER NOT NULL, gross_micros INTEGER NOT NULL,
           owner_micros INTEGER NOT NULL,
           PRIMARY KEY (owner, hour, currency)) WITHOUT ROWID;
       ALTER TABLE vehicle_state ADD COLUMN last_seen_minute INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE vehicle_state ADD COLUMN asleep_until_minute INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE vehicle_keys ADD COLUMN revoked_ms INTEGER NOT NULL DEFAULT 0;)",
    // The ledger (spec/ledger.md). An existing world's ledger is rebuilt from its minutes when
    // it first starts (LedgerRepository::needsLedgerRebuild); the organisation hours' running
    // totals go.
    R"(CREATE TABLE ledger_entries (
           vehicle_id TEXT NOT NULL, session_start INTEGER NOT NULL, start INTEGER NOT NULL,
           end INTEGER NOT NULL, last_end INTEGER NOT NULL, owner TEXT NOT NULL,
           currency TEXT NOT NULL, minutes INTEGER NOT NULL, watt_minutes INTEGER NOT NULL,
           grid_watt_minutes INTEGER NOT NULL, battery_watt_minutes INTEGER NOT NULL,
           price_watt_minutes INTEGER NOT NULL, share_bp INTEGER NOT NULL,
           energy_wh INTEGER NOT NULL, solar_wh INTEGER NOT NULL, grid_wh INTEGER NOT NULL,
           battery_wh INTEGER NOT NULL, carbon_grams INTEGER NOT NULL,
           cost_micros INTEGER NOT NULL, wear_micros INTEGER NOT NULL,
           gross_micros INTEGER NOT NULL, owner_micros INTEGER NOT NULL,
           net_micros INTEGER NOT NULL,
           PRIMARY KEY (vehicle_id, session_start, start)) WITHOUT ROWID;
       CREATE INDEX ledger_entries_vehicle_start ON ledger_entries(vehicle_id, start);
       CREATE INDEX ledger_entries_owner_start ON ledger_entries(owner, start);
       CREATE INDEX ledger_entries_last_end ON ledger_entries(last_end);
       CREATE TABLE ledger_jobs (
           vehicle_id TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL,
           session_start INTEGER NOT NULL, entry_start INTEGER NOT NULL, start INTEGER NOT NULL,
           end INTEGER NOT NULL, planned_end INTEGER NOT NULL, minutes INTEGER NOT NULL,
           operations INTEGER NOT NULL, gross_rate_minutes INTEGER NOT NULL,
           pay_micros INTEGER NOT NULL, state INTEGER NOT NULL,
           PRIMARY KEY (vehicle_id, id)) WITHOUT ROWID;
       CREATE INDEX ledger_jobs_entry ON ledger_jobs(vehicle_id, entry_start);
       CREATE TABLE ledger_sessions (
           vehicle_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
           minutes INTEGER NOT NULL, PRIMARY KEY (vehicle_id, start)) WITHOUT ROWID;
       CREATE INDEX ledger_sessions_end ON ledger_sessions(vehicle_id, end);
       CREATE TABLE ledger_owner_hours (
           owner TEXT NOT NULL, currency TEXT NOT NULL, hour INTEGER NOT NULL,
           entries INTEGER NOT NULL, minutes INTEGER NOT NULL, energy_wh INTEGER NOT NULL,
           cost_micros INTEGER NOT NULL, gross_micros INTEGER NOT NULL,
           owner_micros INTEGER NOT NULL, net_micros INTEGER NOT NULL,
           PRIMARY KEY (owner, hour, currency)) WITHOUT ROWID;
       DROP TABLE organisation_hours;
       ALTER TABLE vehicle_state ADD COLUMN simulate_from_minute INTEGER NOT NULL DEFAULT 0;)",
    // 14: an answer is handed out again only for the byte-identical command (its SHA-256);
    // answers kept before have none, so a retry of one is checked afresh.
    R"(ALTER TABLE command_results ADD COLUMN command_sha256 BLOB NOT NULL DEFAULT x'';)",
    // 15: a sign-in and the sessions its refreshes made are one family; a refresh token used
    // twice ends the family (the spent ones are kept until they would have expired).
    R"(ALTER TABLE sessions ADD COLUMN family TEXT NOT NULL DEFAULT '';
       CREATE INDEX sessions_family ON sessions(family);
       CREATE TABLE spent_refresh (
           refresh_digest TEXT PRIMARY KEY, family TEXT NOT NULL,
           expires_ms INTEGER NOT NULL) WITHOUT ROWID;)",
    // 16: the backend holds no fleet key: managers' keys wait for the organisation's
    // administrator, and the certificates the administrator made are relayed from here.
    R"(CREATE TABLE certificate_requests (
           organisation_id TEXT NOT NULL, key_id TEXT NOT NULL, public_key BLOB NOT NULL,
           label TEXT NOT NULL, manager_email TEXT NOT NULL, requested_ms INTEGER NOT NULL,
           PRIMARY KEY (organisation_id, key_id)) WITHOUT ROWID;
       CREATE TABLE certificates (
           organisation_id TEXT NOT NULL, key_id TEXT NOT NULL, certificate BLOB NOT NULL,
           not_after_ms INTEGER NOT NULL,
           PRIMARY KEY (organisation_id, key_id)) WITHOUT ROWID;
       INSERT INTO meta (key, value) SELECT 'simulated_world', '1'
           WHERE EXISTS (SELECT 1 FROM vehicles);)",
    // 18: what several instances on one database share: pairings waiting for their code,
    // failed sign-ins and the addresses accounts signed in from, and the feed of changes each
    // instance follows (sharedrepository.cpp).
    R"(CREATE TABLE pairings (
           vehicle_id TEXT PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
           public_key BLOB NOT NULL, label TEXT NOT NULL, code TEXT NOT NULL,
           expires_ms INTEGER NOT NULL, tries_left INTEGER NOT NULL) WITHOUT ROWID;
       CREATE TABLE login_failures (key TEXT NOT NULL, at_ms INTEGER NOT NULL);
       CREATE INDEX login_failures_key ON login_failures(key, at_ms);
       CREATE INDEX login_failures_at ON login_failures(at_ms);
       CREATE TABLE known_addresses (
           key TEXT PRIMARY KEY, last_ms INTEGER NOT NULL) WITHOUT ROWID;
       CREATE TABLE changes (
           seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, subject TEXT NOT NULL,
           detail TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL, at_ms INTEGER NOT NULL);)",
    // 19: energy-aware contribution (spec/policy.md, spec/ledger.md): a home's roof of panels,
    // and each entry's exact sums of solar, wear and carbon. Entries made before carbon was
    // known count their grid energy as of unknown carbon; the demo world's first car gets its
    // 7 kWp roof.
    R"(ALTER TABLE vehicles ADD COLUMN roof_watts INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE vehicles ADD COLUMN roof_azimuth INTEGER NOT NULL DEFAULT 180;
       ALTER TABLE vehicles ADD COLUMN roof_tilt INTEGER NOT NULL DEFAULT 35;
       ALTER TABLE ledger_entries ADD COLUMN solar_watt_minutes INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_entries ADD COLUMN wear_watt_minutes INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_entries ADD COLUMN carbon_watt_minutes INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_entries ADD COLUMN carbon_unknown_watt_minutes INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_entries ADD COLUMN carbon_avoided_watt_minutes INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_entries ADD COLUMN carbon_unknown_wh INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_entries ADD COLUMN carbon_avoided_grams INTEGER NOT NULL DEFAULT 0;
       UPDATE ledger_entries SET carbon_unknown_watt_minutes = grid_watt_minutes,
           carbon_unknown_wh = grid_wh;
       ALTER TABLE ledger_owner_hours ADD COLUMN solar_wh INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_owner_hours ADD COLUMN grid_wh INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_owner_hours ADD COLUMN carbon_grams INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_owner_hours ADD COLUMN carbon_unknown_wh INTEGER NOT NULL DEFAULT 0;
       ALTER TABLE ledger_owner_hours ADD COLUMN wear_micros INTEGER NOT NULL DEFAULT 0;
       UPDATE ledger_owner_hours SET grid_wh = (SELECT COALESCE(SUM(e.grid_wh), 0)
           FROM ledger_entries e WHERE e.owner = ledger_owner_hours.owner
           AND e.currency = ledger_owner_hours.currency AND e.start >= hour * 3600
           AND e.start < hour * 3600 + 3600);
       UPDATE ledger_owner_hours SET carbon_unknown_wh = grid_wh;
       UPDATE vehicles SET roof_watts = 7000 WHERE id = 'veh-alex-1'
           AND EXISTS (SELECT 1 FROM meta WHERE key = 'simulated_world' AND value = '1');)",
    // 20: each entry records the group its car was in at its last minute, and an organisation's
    // hourly sums are kept by group too, with battery energy and carbon avoided; the
    // organisation's totals are the sums of its groups'. Entries written before count for their
    // car's group now.
    R"(ALTER TABLE ledger_entries ADD COLUMN group_name TEXT NOT NULL DEFAULT '';
       UPDATE ledger_entries SET group_name = COALESCE((SELECT v.group_name FROM vehicles v
           WHERE v.id = ledger_entries.vehicle_id), '');
       CREATE TABLE ledger_group_hours (
           owner TEXT NOT NULL, group_name TEXT NOT NULL, currency TEXT NOT NULL,
           hour INTEGER NOT NULL, entries INTEGER NOT NULL, minutes INTEGER NOT NULL,
           energy_wh INTEGER NOT NULL, solar_wh INTEGER NOT NULL, grid_wh INTEGER NOT NULL,
           battery_wh INTEGER NOT NULL,
           carbon_grams INTEGER NOT NULL, carbon_unknown_wh INTEGER NOT NULL,
           carbon_avoided_grams INTEGER NOT NULL, cost_micros INTEGER NOT NULL,
           wear_micros INTEGER NOT NULL, gross_micros INTEGER NOT NULL,
           owner_micros INTEGER NOT NULL, net_micros INTEGER NOT NULL,
           PRIMARY KEY (owner, hour, currency, group_name)) WITHOUT ROWID;
       INSERT INTO ledger_group_hours (owner, group_name, currency, hour, entries, minutes,
               energy_wh, solar_wh, grid_wh, battery_wh, carbon_grams, carbon_unknown_wh,
               carbon_avoided_grams, cost_micros, wear_micros, gross_micros, owner_micros,
               net_micros)
               SELECT e.owner, e.group_name, e.currency, e.start / 3600, COUNT(*),
               SUM(e.minutes), SUM(e.energy_wh), SUM(e.solar_wh), SUM(e.grid_wh),
               SUM(e.battery_wh), SUM(e.carbon_grams), SUM(e.carbon_unknown_wh),
               SUM(e.carbon_avoided_grams),
               SUM(e.cost_micros), SUM(e.wear_micros), SUM(e.gross_micros), SUM(e.owner_micros),
               SUM(e.net_micros)
               FROM ledger_entries e
               WHERE e.owner LIKE 'org:%'
               GROUP BY e.owner, e.group_name, e.currency, e.start / 3600;
       DROP TABLE ledger_owner_hours;)",
};

} // namespace

Store::Store()
    : m_connectionName(QStringLiteral("idlefleetd-") + QUuid::createUuid().toString())
    , m_world(*this)
    , m_policies(*this)
    , m_history(*this)
    , m_ledger(*this)
    , m_keys(*this)
    , m_accounts(*this)
    , m_grants(*this)
    , m_organisations(*this)
    , m_devices(*this)
    , m_shared(*this)
{}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        PreparedStatements::release(db);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::open(const QString &path, QString *error)
{
    DatabaseUrl url;
    url.sqliteFile = path;
    return open(url, error);
}

bool Store::open(const DatabaseUrl &url, QString *error)
{
    m_dialect = url.dialect;
    m_url = url;
    if (!openDatabase(url, m_connectionName, error))
        return false;
    if (m_dialect == Dialect::Postgres)
        return migratePostgres(database(), int(std::size(Migrations)), error);
    return exec(QStringLiteral("PRAGMA journal_mode=WAL"), error) &&
           exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error) &&
           exec(QStringLiteral("PRAGMA foreign_keys=ON"), error) && migrate(error);
}

void Store::setStatementObserver(std::function<void(qint64 nanoseconds)> observer)
{
    m_statementObserver = std::move(observer);
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return;
    sqlite3_trace_v2(
        connection, SQLITE_TRACE_PROFILE,
        [](unsigned, void *context, void *, void *nanoseconds) {
            const Store *store = static_cast<const Store *>(context);
            if (store->m_statementObserver)
                store->m_statementObserver(*static_cast<const sqlite3_int64 *>(nanoseconds));
            return 0;
        },
        this);
}

bool Store::openReader(const DatabaseUrl &url, QString *error)
{
    m_dialect = url.dialect;
    m_url = url;
    // Reads only, on a schema the primary connection brought up to date: a statement that
    // would write fails instead.
    return openDatabase(url, m_connectionName, error) &&
           exec(m_dialect == Dialect::Postgres
                    ? QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                    : QStringLiteral("PRAGMA query_only=ON"),
                error);
}

bool Store::openWriter(const DatabaseUrl &url, QString *error)
{
    m_dialect = url.dialect;
    m_url = url;
    if (!openDatabase(url, m_connectionName, error))
        return false;
    return m_dialect == Dialect::Postgres ||
           (exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error) &&
            exec(QStringLiteral("PRAGMA foreign_keys=ON"), error));
}

Store *Store::forThisThread(const DatabaseUrl &url, ThreadAccess access,
                            const std::function<void(qint64)> &observer, QString *error)
{
    // A pool's threads serve that pool alone, so one connection per thread and kind of access
    // is one per pool's thread too. QThreadStorage, not thread_local: it closes a thread's
    // connections inside QThread's finish, before the pool's destructor stops waiting for the
    // thread. A thread_local's destructor runs later, as the thread itself exits, and could
    // race main()'s return and the end of Qt SQL's connection registry (a crash at exit).
    struct ThreadStores
    {
        std::unique_ptr<Store> byAccess[2];
    };
    static QThreadStorage<ThreadStores *> threadStores;
    if (!threadStores.hasLocalData())
        threadStores.setLocalData(new ThreadStores);
    std::unique_ptr<Store> &store =
        threadStores.localData()->byAccess[access == ThreadAccess::Read ? 0 : 1];
    if (store)
        return store.get();
    auto opened = std::make_unique<Store>();
    if (!(access == ThreadAccess::Read ? opened->openReader(url, error)
                                       : opened->openWriter(url, error)))
        return nullptr;
    if (observer)
        opened->setStatementObserver(observer);
    store = std::move(opened);
    return store.get();
}

bool Store::inTransaction(const std::function<bool()> &work, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QSqlDatabase db = database();
    // SQLite: the write lock is taken at the start. A transaction that read first and then
    // wrote would fail at once (SQLITE_BUSY, without waiting) whenever another connection (the
    // reports' or the world's thread) committed since its read; waiting at BEGIN never fails so.
    QSqlQuery begin(db);
    if (m_dialect == Dialect::Sqlite ? !begin.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                     : !db.transaction()) {
        *error = QStringLiteral("database: %1")
                     .arg(m_dialect == Dialect::Sqlite ? begin.lastError().text()
                                                       : db.lastError().text());
        return false;
    }
    if (!work() || !db.commit()) {
        if (error->isEmpty())
            *error = QStringLiteral("database: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool Store::inSnapshot(const std::function<bool()> &work, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery begin(db);
    if (!begin.exec(m_dialect == Dialect::Postgres
                        ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")
                        : QStringLiteral("BEGIN"))) {
        *error = QStringLiteral("database: %1").arg(begin.lastError().text());
        return false;
    }
    const bool done = work();
    QSqlQuery end(db);
    // A read-only transaction has nothing to keep: its end only lets go of the snapshot.
    if (!end.exec(QStringLiteral("COMMIT")) && done) {
        *error = QStringLiteral("database: %1").arg(end.lastError().text());
        return false;
    }
    return done;
}

bool Store::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(sql)) {
        *error = QStringLiteral("database: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

int Store::schemaVersion() const
{
    return m_dialect == Dialect::Postgres ? postgresSchemaVersion(database())
                                          : sqliteSchemaVersion(database());
}

bool Store::migrate(QString *error)
{
    return migrateSqlite(QSqlDatabase::database(m_connectionName), Migrations,
                         int(std::size(Migrations)), QStringLiteral("the database"), error);
}

bool Store::isEmpty() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.exec(QStringLiteral("SELECT COUNT(*) FROM vehicles"));
    return !query.next() || query.value(0).toInt() == 0;
}

bool Store::isSimulated() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'simulated_world'"));
    return query.next() && query.value(0).toString() == QLatin1String("1");
}

} // namespace idlefleet::backend
