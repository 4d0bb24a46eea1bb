#include "database.h"

#include "store/sqlbind.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>
#include <algorithm>

namespace idlefleet::backend {
namespace {

/// PostgreSQL migrations: each brings the schema to `version`, the same numbers as SQLite's
/// (store.cpp), so both dialects speak of one schema. The first is SQLite's schema at version 17
/// in PostgreSQL's words: BIGINT for every integer, BYTEA for bytes, "end" quoted, a rowid
/// column where the store orders by insertion, e-mail addresses unique whatever their case.
struct PostgresMigration
{
    int version;
    const char *sql;
};

const PostgresMigration PostgresMigrations[] = {
    {17, R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE vehicles (
           rowid BIGSERIAL,
           id TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL, model TEXT NOT NULL,
           time_zone TEXT NOT NULL, battery_capacity_wh BIGINT NOT NULL,
           charger_watts BIGINT NOT NULL, compute_watts BIGINT NOT NULL,
           commute_minute BIGINT NOT NULL, trip_wh_per_minute BIGINT NOT NULL, group_name TEXT NOT NULL DEFAULT '', step_minutes BIGINT NOT NULL DEFAULT 1);
CREATE TABLE vehicle_state (
           vehicle_id TEXT PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
           battery_wh DOUBLE PRECISION NOT NULL, plugged_in BIGINT NOT NULL, driving BIGINT NOT NULL,
           contributing BIGINT NOT NULL, chip_temp_c DOUBLE PRECISION NOT NULL,
           energy_today_wh BIGINT NOT NULL, energy_today_fraction_wh DOUBLE PRECISION NOT NULL,
           local_day BIGINT NOT NULL, last_seen_minute BIGINT NOT NULL DEFAULT 0, asleep_until_minute BIGINT NOT NULL DEFAULT 0, simulate_from_minute BIGINT NOT NULL DEFAULT 0);
CREATE TABLE accounts (
           rowid BIGSERIAL,
           id TEXT PRIMARY KEY, email TEXT NOT NULL,
           display_name TEXT NOT NULL, role BIGINT NOT NULL, organisation_id TEXT NOT NULL,
           password TEXT NOT NULL, created_ms BIGINT NOT NULL);
CREATE TABLE sessions (
           access_digest TEXT PRIMARY KEY, refresh_digest TEXT NOT NULL UNIQUE,
           account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
           access_expires_ms BIGINT NOT NULL, refresh_expires_ms BIGINT NOT NULL, family TEXT NOT NULL DEFAULT '');
CREATE UNIQUE INDEX accounts_email ON accounts (lower(email));
CREATE INDEX sessions_account ON sessions(account_id);
CREATE TABLE vehicle_policies (
           vehicle_id TEXT PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
           version BIGINT NOT NULL, policy BYTEA NOT NULL, updated_ms BIGINT NOT NULL);
CREATE TABLE status_minutes (
           vehicle_id TEXT NOT NULL, minute BIGINT NOT NULL, soc_centi BIGINT NOT NULL,
           flags BIGINT NOT NULL, chip_deci BIGINT NOT NULL, compute_watts BIGINT NOT NULL,
           reasons BIGINT NOT NULL, price_micros_per_kwh BIGINT NOT NULL DEFAULT 0, gross_micros_per_hour BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (vehicle_id, minute));
CREATE TABLE status_rollups (
           vehicle_id TEXT NOT NULL, resolution BIGINT NOT NULL, bucket BIGINT NOT NULL,
           minutes BIGINT NOT NULL, soc_centi_sum BIGINT NOT NULL,
           soc_centi_min BIGINT NOT NULL, soc_centi_max BIGINT NOT NULL,
           contributing_minutes BIGINT NOT NULL, plugged_minutes BIGINT NOT NULL,
           compute_watt_minutes BIGINT NOT NULL, chip_deci_max BIGINT NOT NULL, price_watt_minutes BIGINT NOT NULL DEFAULT 0, gross_rate_minutes BIGINT NOT NULL DEFAULT 0,
           PRIMARY KEY (vehicle_id, resolution, bucket));
CREATE TABLE vehicle_keys (
           vehicle_id TEXT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
           key_id TEXT NOT NULL, public_key BYTEA NOT NULL, label TEXT NOT NULL,
           role BIGINT NOT NULL, added_ms BIGINT NOT NULL, last_used_ms BIGINT NOT NULL,
           revoked BIGINT NOT NULL, last_counter BIGINT NOT NULL, revoked_ms BIGINT NOT NULL DEFAULT 0,
           PRIMARY KEY (vehicle_id, key_id));
CREATE TABLE command_results (
           vehicle_id TEXT NOT NULL, idempotency_key TEXT NOT NULL, result BYTEA NOT NULL,
           status BIGINT NOT NULL, created_ms BIGINT NOT NULL, command_sha256 BYTEA NOT NULL DEFAULT ''::bytea,
           PRIMARY KEY (vehicle_id, idempotency_key));
CREATE TABLE consents (
           rowid BIGSERIAL,
           account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
           terms_version TEXT NOT NULL, accepted_ms BIGINT NOT NULL, withdrawn BIGINT NOT NULL DEFAULT 0);
CREATE INDEX consents_account ON consents(account_id);
CREATE INDEX vehicles_owner ON vehicles(owner);
CREATE TABLE support_grants (
           id TEXT PRIMARY KEY, vehicle_id TEXT NOT NULL, support_account_id TEXT NOT NULL,
           granted_by TEXT NOT NULL, created_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL,
           revoked_ms BIGINT NOT NULL DEFAULT 0);
CREATE INDEX support_grants_vehicle ON support_grants(vehicle_id);
CREATE INDEX support_grants_account ON support_grants(support_account_id);
CREATE TABLE support_audit (
           rowid BIGSERIAL,
           grant_id TEXT NOT NULL, vehicle_id TEXT NOT NULL, account_id TEXT NOT NULL,
           at_ms BIGINT NOT NULL, action TEXT NOT NULL);
CREATE INDEX support_audit_vehicle ON support_audit(vehicle_id, at_ms);
CREATE TABLE organisations (
           rowid BIGSERIAL,
           id TEXT PRIMARY KEY, fleet_key_id TEXT NOT NULL, fleet_public_key BYTEA NOT NULL);
CREATE TABLE revoked_certificates (
           organisation_id TEXT NOT NULL, key_id TEXT NOT NULL, revoked_ms BIGINT NOT NULL,
           PRIMARY KEY (organisation_id, key_id));
CREATE TABLE device_tokens (
           digest BYTEA PRIMARY KEY, vehicle_id TEXT NOT NULL);
CREATE INDEX device_tokens_vehicle ON device_tokens(vehicle_id);
CREATE TABLE vehicle_reports (
           vehicle_id TEXT PRIMARY KEY, observed_ms BIGINT NOT NULL, soc_centi BIGINT NOT NULL,
           plugged_in BIGINT NOT NULL, driving BIGINT NOT NULL, chip_deci BIGINT NOT NULL,
           compute_watts BIGINT NOT NULL, energy_today_wh BIGINT NOT NULL,
           received_ms BIGINT NOT NULL);
CREATE TABLE policy_history (
           vehicle_id TEXT NOT NULL, version BIGINT NOT NULL, policy BYTEA NOT NULL,
           applied_ms BIGINT NOT NULL, key_id TEXT NOT NULL,
           PRIMARY KEY (vehicle_id, version));
CREATE TABLE ledger_entries (
           vehicle_id TEXT NOT NULL, session_start BIGINT NOT NULL, start BIGINT NOT NULL,
           "end" BIGINT NOT NULL, last_end BIGINT NOT NULL, owner TEXT NOT NULL,
           currency TEXT NOT NULL, minutes BIGINT NOT NULL, watt_minutes BIGINT NOT NULL,
           grid_watt_minutes BIGINT NOT NULL, battery_watt_minutes BIGINT NOT NULL,
           price_watt_minutes BIGINT NOT NULL, share_bp BIGINT NOT NULL,
           energy_wh BIGINT NOT NULL, solar_wh BIGINT NOT NULL, grid_wh BIGINT NOT NULL,
           battery_wh BIGINT NOT NULL, carbon_grams BIGINT NOT NULL,
           cost_micros BIGINT NOT NULL, wear_micros BIGINT NOT NULL,
           gross_micros BIGINT NOT NULL, owner_micros BIGINT NOT NULL,
           net_micros BIGINT NOT NULL,
           PRIMARY KEY (vehicle_id, session_start, start));
CREATE INDEX ledger_entries_vehicle_start ON ledger_entries(vehicle_id, start);
CREATE INDEX ledger_entries_owner_start ON ledger_entries(owner, start);
CREATE INDEX ledger_entries_last_end ON ledger_entries(last_end);
CREATE TABLE ledger_jobs (
           vehicle_id TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL,
           session_start BIGINT NOT NULL, entry_start BIGINT NOT NULL, start BIGINT NOT NULL,
           "end" BIGINT NOT NULL, planned_end BIGINT NOT NULL, minutes BIGINT NOT NULL,
           operations BIGINT NOT NULL, gross_rate_minutes BIGINT NOT NULL,
           pay_micros BIGINT NOT NULL, state BIGINT NOT NULL,
           PRIMARY KEY (vehicle_id, id));
CREATE INDEX ledger_jobs_entry ON ledger_jobs(vehicle_id, entry_start);
CREATE TABLE ledger_sessions (
           vehicle_id TEXT NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL,
           minutes BIGINT NOT NULL, PRIMARY KEY (vehicle_id, start));
CREATE INDEX ledger_sessions_end ON ledger_sessions(vehicle_id, "end");
CREATE TABLE ledger_owner_hours (
           owner TEXT NOT NULL, currency TEXT NOT NULL, hour BIGINT NOT NULL,
           entries BIGINT NOT NULL, minutes BIGINT NOT NULL, energy_wh BIGINT NOT NULL,
           cost_micros BIGINT NOT NULL, gross_micros BIGINT NOT NULL,
           owner_micros BIGINT NOT NULL, net_micros BIGINT NOT NULL,
           PRIMARY KEY (owner, hour, currency));
CREATE INDEX sessions_family ON sessions(family);
CREATE TABLE spent_refresh (
           refresh_digest TEXT PRIMARY KEY, family TEXT NOT NULL,
           expires_ms BIGINT NOT NULL);
CREATE TABLE certificate_requests (
           organisation_id TEXT NOT NULL, key_id TEXT NOT NULL, public_key BYTEA NOT NULL,
           label TEXT NOT NULL, manager_email TEXT NOT NULL, requested_ms BIGINT NOT NULL,
           PRIMARY KEY (organisation_id, key_id));
CREATE TABLE certificates (
           organisation_id TEXT NOT NULL, key_id TEXT NOT NULL, certificate BYTEA NOT NULL,
           not_after_ms BIGINT NOT NULL,
           PRIMARY KEY (organisation_id, key_id));)"},
    {18, R"(CREATE TABLE pairings (
           vehicle_id TEXT PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
           public_key BYTEA NOT NULL, label TEXT NOT NULL, code TEXT NOT NULL,
           expires_ms BIGINT NOT NULL, tries_left BIGINT NOT NULL);
CREATE TABLE login_failures (key TEXT NOT NULL, at_ms BIGINT NOT NULL);
CREATE INDEX login_failures_key ON login_failures(key, at_ms);
CREATE INDEX login_failures_at ON login_failures(at_ms);
CREATE TABLE known_addresses (key TEXT PRIMARY KEY, last_ms BIGINT NOT NULL);
CREATE TABLE changes (
           seq BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, subject TEXT NOT NULL,
           detail TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL, at_ms BIGINT NOT NULL);
ALTER TABLE status_minutes RENAME TO status_minutes_unpartitioned;
ALTER INDEX status_minutes_pkey RENAME TO status_minutes_unpartitioned_pkey;
CREATE TABLE status_minutes (
           vehicle_id TEXT NOT NULL, minute BIGINT NOT NULL, soc_centi BIGINT NOT NULL,
           flags BIGINT NOT NULL, chip_deci BIGINT NOT NULL, compute_watts BIGINT NOT NULL,
           reasons BIGINT NOT NULL, price_micros_per_kwh BIGINT NOT NULL DEFAULT 0,
           gross_micros_per_hour BIGINT NOT NULL DEFAULT 0, PRIMARY KEY (vehicle_id, minute))
           PARTITION BY RANGE (minute);
CREATE TABLE status_minutes_default PARTITION OF status_minutes DEFAULT;
INSERT INTO status_minutes SELECT * FROM status_minutes_unpartitioned;
DROP TABLE status_minutes_unpartitioned;)"},
    {19, R"(ALTER TABLE vehicles ADD COLUMN roof_watts BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN roof_azimuth BIGINT NOT NULL DEFAULT 180,
           ADD COLUMN roof_tilt BIGINT NOT NULL DEFAULT 35;
ALTER TABLE ledger_entries ADD COLUMN solar_watt_minutes BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN wear_watt_minutes BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN carbon_watt_minutes BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN carbon_unknown_watt_minutes BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN carbon_avoided_watt_minutes BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN carbon_unknown_wh BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN carbon_avoided_grams BIGINT NOT NULL DEFAULT 0;
UPDATE ledger_entries SET carbon_unknown_watt_minutes = grid_watt_minutes,
           carbon_unknown_wh = grid_wh;
ALTER TABLE ledger_owner_hours ADD COLUMN solar_wh BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN grid_wh BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN carbon_grams BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN carbon_unknown_wh BIGINT NOT NULL DEFAULT 0,
           ADD COLUMN wear_micros BIGINT NOT NULL DEFAULT 0;
UPDATE ledger_owner_hours SET grid_wh = (SELECT COALESCE(SUM(e.grid_wh), 0)
           FROM ledger_entries e WHERE e.owner = ledger_owner_hours.owner
           AND e.currency = ledger_owner_hours.currency AND e.start >= hour * 3600
           AND e.start < hour * 3600 + 3600);
UPDATE ledger_owner_hours SET carbon_unknown_wh = grid_wh;
UPDATE vehicles SET roof_watts = 7000 WHERE id = 'veh-alex-1'
           AND EXISTS (SELECT 1 FROM meta WHERE key = 'simulated_world' AND value = '1');)"},
    {20, R"(ALTER TABLE ledger_entries ADD COLUMN group_name TEXT NOT NULL DEFAULT '';
UPDATE ledger_entries SET group_name = COALESCE((SELECT v.group_name FROM vehicles v
           WHERE v.id = ledger_entries.vehicle_id), '');
CREATE TABLE ledger_group_hours (
           owner TEXT NOT NULL, group_name TEXT NOT NULL, currency TEXT NOT NULL,
           hour BIGINT NOT NULL, entries BIGINT NOT NULL, minutes BIGINT NOT NULL,
           energy_wh BIGINT NOT NULL, solar_wh BIGINT NOT NULL, grid_wh BIGINT NOT NULL,
           battery_wh BIGINT NOT NULL,
           carbon_grams BIGINT NOT NULL, carbon_unknown_wh BIGINT NOT NULL,
           carbon_avoided_grams BIGINT NOT NULL, cost_micros BIGINT NOT NULL,
           wear_micros BIGINT NOT NULL, gross_micros BIGINT NOT NULL,
           owner_micros BIGINT NOT NULL, net_micros BIGINT NOT NULL,
           PRIMARY KEY (owner, hour, currency, group_name));
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
DROP TABLE ledger_owner_hours;)"},
};

/// One advisory-lock key for "migrating idlefleetd's schema".
constexpr qint64 MigrationLock = 0x1d1ef1ee7;

} // namespace

QString DatabaseUrl::display() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + sqliteFile;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

bool parseDatabaseUrl(const QString &text, const QString &dataDir, DatabaseUrl *url, QString *error)
{
    if (text.isEmpty() || text == QLatin1String("sqlite:")) {
        url->dialect = Dialect::Sqlite;
        url->sqliteFile = QDir(dataDir).filePath(QStringLiteral("idlefleetd.sqlite"));
        return true;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("postgresql") &&
                              parsed.scheme() != QLatin1String("postgres"))) {
        *error = QStringLiteral("--database: '%1' is not sqlite: or "
                                "postgresql://USER@HOST:PORT/DB")
                     .arg(text);
        return false;
    }
    url->dialect = Dialect::Postgres;
    url->user = parsed.userName();
    if (!parsed.password().isEmpty()) {
        // Every user of the machine reads a command line (ps, /proc); a config file is copied.
        *error = QStringLiteral("--database: the URL holds a password; give it in PGPASSWORD or "
                                "~/.pgpass instead, where other users cannot read it");
        return false;
    }
    url->host = parsed.host();
    url->port = parsed.port(5432);
    url->name = parsed.path().mid(1);
    const QUrlQuery query(parsed);
    if (query.hasQueryItem(QStringLiteral("host")))
        url->host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (url->name.isEmpty() || url->name.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("--database: '%1' names no database (postgresql://USER@HOST/DB)")
                     .arg(text);
        return false;
    }
    if (url->user.isEmpty()) {
        *error =
            QStringLiteral("--database: '%1' names no user (postgresql://USER@HOST/DB)").arg(text);
        return false;
    }
    if (url->host.isEmpty()) {
        *error = QStringLiteral("--database: '%1' names no host, nor a socket folder "
                                "(?host=/run/postgresql)")
                     .arg(text);
        return false;
    }
    return true;
}

namespace {

QStringList namesOf(const QString &list)
{
    QStringList names;
    for (const QString &name : list.split(QLatin1Char(',')))
        names.append(name.trimmed());
    return names;
}

} // namespace

QString onConflictReplace(const QString &columns, const QString &keys)
{
    const QStringList keyNames = namesOf(keys);
    QStringList updates;
    for (const QString &name : namesOf(columns)) {
        if (!keyNames.contains(name))
            updates.append(QStringLiteral("%1 = excluded.%1").arg(name));
    }
    return QStringLiteral("ON CONFLICT (%1) DO %2")
        .arg(keyNames.join(QStringLiteral(", ")),
             updates.isEmpty()
                 ? QStringLiteral("NOTHING")
                 : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
}

QString upsertSql(const QString &table, const QString &columns, const QString &keys)
{
    const QStringList names = namesOf(columns);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) %4")
        .arg(table, names.join(QStringLiteral(", ")),
             QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
             onConflictReplace(columns, keys));
}

namespace {
/// The rest per unit of work of the Pace living on this thread; 0 with none.
thread_local double t_restPerWork = 0;
} // namespace

Pace::Pace(double restPerWork)
    : m_previous(t_restPerWork)
{
    t_restPerWork = std::max(0.0, restPerWork);
}

Pace::~Pace()
{
    t_restPerWork = m_previous;
}

void Pace::rest(qint64 nanoseconds)
{
    if (t_restPerWork <= 0 || nanoseconds <= 0)
        return;
    const auto micros = qint64(double(nanoseconds) * t_restPerWork / 1000);
    QThread::usleep(ulong(std::min(micros, MaxRestMs * 1000)));
}

RowBatch::RowBatch(QSqlDatabase db, const QString &head, int columns, const QString &tail,
                   int rowsPerStatement)
    : m_db(std::move(db))
    , m_head(head)
    , m_tail(tail)
    , m_columns(columns)
    // In-process SQLite gains nothing from long statements (it lost time binding them): only a
    // server over a socket gets them.
    , m_rowsPerStatement(m_db.driverName() == QLatin1String("QSQLITE") ? 1 : rowsPerStatement)
{}

bool RowBatch::add(std::initializer_list<QVariant> row, QString *error)
{
    Q_ASSERT(int(row.size()) == m_columns);
    for (const QVariant &value : row)
        m_values.append(sqlValue(value));
    if (m_values.size() >= qsizetype(m_columns) * m_rowsPerStatement)
        return run(m_rowsPerStatement, error);
    return true;
}

bool RowBatch::flush(QString *error)
{
    return m_values.isEmpty() || run(int(m_values.size() / m_columns), error);
}

bool RowBatch::run(int rows, QString *error)
{
    auto text = [this](int count) {
        const QString one = QLatin1Char('(') +
                            QStringList(m_columns, QStringLiteral("?")).join(QStringLiteral(", ")) +
                            QLatin1Char(')');
        return QString(m_head + QStringLiteral(" VALUES ") +
                       QStringList(count, one).join(QStringLiteral(", ")) +
                       (m_tail.isEmpty() ? QString() : QLatin1Char(' ') + m_tail));
    };
    // A full statement's text is written once: most statements are full.
    if (rows == m_rowsPerStatement && m_fullStatement.isEmpty())
        m_fullStatement = text(rows);
    QSqlQuery *query = PreparedStatements::of(m_db)->statement(
        rows == m_rowsPerStatement ? m_fullStatement : text(rows), error);
    if (!query)
        return false;
    const qsizetype count = qsizetype(rows) * m_columns;
    for (qsizetype i = 0; i < count; ++i)
        query->addBindValue(m_values.at(i));
    m_values.remove(0, count);
    QElapsedTimer took;
    took.start();
    if (!query->exec()) {
        *error = QStringLiteral("database: %1").arg(query->lastError().text());
        return false;
    }
    if (m_onRow) {
        while (query->next())
            m_onRow(*query);
    }
    query->finish(); // kept prepared, its result let go
    Pace::rest(took.nsecsElapsed());
    return true;
}

PreparedStatements::PreparedStatements(const QString &connection, QObject *driver)
    : QObject(driver)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("idlefleet prepared statements"));
}

PreparedStatements *PreparedStatements::of(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    auto *kept = driver->findChild<PreparedStatements *>(QString(), Qt::FindDirectChildrenOnly);
    return kept ? kept : new PreparedStatements(db.connectionName(), driver);
}

void PreparedStatements::release(const QSqlDatabase &db)
{
    if (QSqlDriver *driver = db.driver())
        delete driver->findChild<PreparedStatements *>(QString(), Qt::FindDirectChildrenOnly);
}

QSqlQuery *PreparedStatements::statement(const QString &sql, QString *error)
{
    if (const auto found = m_kept.constFind(sql); found != m_kept.cend())
        return found->get();
    if (m_kept.size() >= MaxKept)
        m_kept.clear();
    auto query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connection, false));
    if (!query->prepare(sql)) {
        *error = QStringLiteral("database: %1").arg(query->lastError().text());
        return nullptr;
    }
    m_kept.insert(sql, query);
    return query.get();
}

bool openDatabase(const DatabaseUrl &url, const QString &connectionName, QString *error)
{
    QSqlDatabase db;
    if (url.dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(url.sqliteFile);
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *error = QStringLiteral("PostgreSQL needs Qt's QPSQL driver (Debian: libqt6sql6-psql)");
            return false;
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setDatabaseName(url.name);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=idlefleetd"));
    }
    if (!db.open()) {
        *error = QStringLiteral("cannot open the database %1: %2")
                     .arg(url.display(), db.lastError().text());
        return false;
    }
    // PostgreSQL's notices ("already exists, skipping") are not the operator's business; libpq
    // would print them on stderr.
    if (url.dialect == Dialect::Postgres) {
        QSqlQuery quiet(db);
        if (!quiet.exec(QStringLiteral("SET client_min_messages TO warning"))) {
            *error = QStringLiteral("database %1: %2").arg(url.display(), quiet.lastError().text());
            return false;
        }
    }
    return true;
}

int postgresSchemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) ||
        !query.next() || !query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

bool migratePostgres(QSqlDatabase db, int latest, QString *error)
{
    QSqlQuery query(db);
    const auto failed = [&](const QString &what) {
        *error = QStringLiteral("PostgreSQL schema: %1: %2").arg(what, query.lastError().text());
        db.rollback();
        return false;
    };
    // Every SQLite migration has its PostgreSQL counterpart: a schema change made for one
    // dialect only would leave the other behind.
    if (std::end(PostgresMigrations)[-1].version != latest) {
        *error = QStringLiteral("this build has no PostgreSQL migration to schema version %1")
                     .arg(latest);
        return false;
    }
    if (!db.transaction())
        return failed(QStringLiteral("cannot begin"));
    // Another instance starting now waits here, then finds the schema it made.
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLock)))
        return failed(QStringLiteral("cannot lock"));
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT "
                                   "PRIMARY KEY, applied_ms BIGINT NOT NULL)")))
        return failed(QStringLiteral("cannot create schema_migrations"));
    const int current = postgresSchemaVersion(db);
    if (current > latest) {
        *error = QStringLiteral("the PostgreSQL database has schema version %1, newer than this "
                                "program knows (%2); use a newer version")
                     .arg(current)
                     .arg(latest);
        db.rollback();
        return false;
    }
    for (const PostgresMigration &migration : PostgresMigrations) {
        if (migration.version <= current || migration.version > latest)
            continue;
        const auto statements =
            QString::fromUtf8(migration.sql).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (!statement.trimmed().isEmpty() && !query.exec(statement))
                return failed(QStringLiteral("migration %1").arg(migration.version));
        }
        if (!query.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_ms) "
                                       "VALUES (%1, (EXTRACT(EPOCH FROM now()) * 1000)::BIGINT)")
                            .arg(migration.version)))
            return failed(QStringLiteral("migration %1").arg(migration.version));
    }
    if (!db.commit())
        return failed(QStringLiteral("cannot commit"));
    return true;
}

} // namespace idlefleet::backend
