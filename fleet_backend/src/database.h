#pragma once

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>

namespace idlefleet::backend {

/// Which SQL the store speaks: SQLite (the embedded default) or PostgreSQL (several idlefleetd
/// processes on one database).
enum class Dialect
{
    Sqlite,
    Postgres
};

/// `--database URL` (spec/cli.md): `sqlite:` (the database file in the data folder) or
/// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?host=/socket/dir]`.
struct DatabaseUrl
{
    Dialect dialect = Dialect::Sqlite;
    QString sqliteFile; ///< SQLite: the database file
    QString host;       ///< PostgreSQL: a host name, or the folder of its Unix socket
    int port = 5432;
    QString user; ///< its password is libpq's to find (PGPASSWORD, ~/.pgpass), never the URL's
    QString name; ///< the database
    /// For messages and logs: the URL without its password.
    QString display() const;
};

/// Parses `text` (empty means `sqlite:`), with `dataDir` for SQLite's file. Returns false with
/// one line naming what is wrong in `error`.
bool parseDatabaseUrl(const QString &text, const QString &dataDir, DatabaseUrl *url,
                      QString *error);

/// Opens a connection named `connectionName` to `url`; false with the reason in `error`.
bool openDatabase(const DatabaseUrl &url, const QString &connectionName, QString *error);

/// "INSERT INTO table (columns) VALUES (?, ...) ON CONFLICT (keys) DO UPDATE SET" every other
/// column from the new row: a row written whole whether it exists or not, in words SQLite and
/// PostgreSQL both take. `columns` and `keys` are comma-separated names.
QString upsertSql(const QString &table, const QString &columns, const QString &keys);
/// Its last part alone, "ON CONFLICT (keys) DO UPDATE SET" every other column (for RowBatch).
QString onConflictReplace(const QString &columns, const QString &keys);

/// Statements prepared once per connection and kept with it: the shapes RowBatch and the
/// report groups use (a statement per row count) come back group after group, and PostgreSQL
/// then parses and plans each once rather than at each use's PREPARE, EXECUTE and DEALLOCATE.
/// Kept as a child of the connection's driver; released before the connection closes.
class PreparedStatements : public QObject
{
    Q_OBJECT
public:
    /// `db`'s statements (made at the first use).
    static PreparedStatements *of(const QSqlDatabase &db);
    /// Lets go of `db`'s statements (before it closes).
    static void release(const QSqlDatabase &db);
    /// `sql` prepared on this connection, ready to be bound and run; null with the reason in
    /// `error` when it cannot be prepared. Valid until the next call.
    QSqlQuery *statement(const QString &sql, QString *error);
    /// More than this many kept, all are let go (a workload whose shapes never repeat).
    static constexpr int MaxKept = 256;

private:
    PreparedStatements(const QString &connection, QObject *driver);
    QString m_connection;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_kept;
};

/// Spreads one long piece of database work over time. While a Pace lives on a thread, each
/// statement that thread runs through RowBatch (and each page a paged read takes, through
/// rest()) is followed by a rest of `restPerWork` times what the statement took, at most
/// MaxRestMs at once. The leader's commit of a minute for 10,000 cars and a follower's read of
/// it back would otherwise take the database server's cores for a few hundred milliseconds at
/// once, while the reports of those same cars wait; paced, they take longer and leave room for
/// the requests served meanwhile. For a server alone (PostgreSQL): SQLite's writer holds the
/// file's lock for its whole transaction, which a rest would only make longer.
class Pace
{
public:
    explicit Pace(double restPerWork);
    ~Pace();
    Pace(const Pace &) = delete;
    Pace &operator=(const Pace &) = delete;
    /// After `nanoseconds` of work on this thread: rests, if a Pace lives here.
    static void rest(qint64 nanoseconds);
    static constexpr qint64 MaxRestMs = 40;

private:
    double m_previous;
};

/// Rows written many to a statement: `head` VALUES (?, ...), (?, ...), ... `tail`, one round trip
/// for up to `rowsPerStatement` rows instead of one per row (what PostgreSQL over a socket needs to
/// build a world in seconds; SQLite gains too). Rows go out when a statement is full and on
/// flush(). In an upsert (`tail` ON CONFLICT ... DO UPDATE) no two rows may share a key.
class RowBatch
{
public:
    RowBatch(QSqlDatabase db, const QString &head, int columns, const QString &tail = {},
             int rowsPerStatement = 200);
    /// One row of `columns` values (bound as sqlbind.h's bindValue binds them).
    bool add(std::initializer_list<QVariant> row, QString *error);
    bool flush(QString *error);
    /// Calls `onRow` with each row a statement gives back (a tail with RETURNING).
    void setOnResultRow(std::function<void(const QSqlQuery &)> onRow)
    {
        m_onRow = std::move(onRow);
    }

private:
    bool run(int rows, QString *error);
    QSqlDatabase m_db;
    QString m_head;
    QString m_tail;
    int m_columns;
    int m_rowsPerStatement;
    QString m_fullStatement; ///< the text of a statement of m_rowsPerStatement rows, once written
    QVariantList m_values;
    std::function<void(const QSqlQuery &)> m_onRow;
};

/// PostgreSQL's schema: its version (the highest applied in schema_migrations, 0 for none) and
/// bringing it up to `latest`, one migration at a time, each in a transaction that holds an
/// advisory lock so that two instances starting together migrate once.
int postgresSchemaVersion(const QSqlDatabase &db);
bool migratePostgres(QSqlDatabase db, int latest, QString *error);

} // namespace idlefleet::backend
