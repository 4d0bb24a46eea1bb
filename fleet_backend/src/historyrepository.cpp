// HistoryRepository: status history, kept per minute with hour and local-day roll-ups so that a
// year of history is a few thousand rows to read, and how long its minutes are kept.

#include "historyrepository.h"

#include "jobmarket.h"
#include "money.h"
#include "policy/zonerules.h"
#include "store.h"
#include "store/sqlbind.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace idlefleet::backend {
namespace {

constexpr int PluggedFlag = 1;
constexpr int ContributingFlag = 2;
constexpr int OfflineFlag = 4;
constexpr int JobFailedFlag = 8;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

HistoryRepository::HistoryRepository(Store &store)
    : m_store(store)
{}

bool HistoryRepository::writeHistory(const std::vector<SimulatedVehicle> &vehicles,
                                     const std::vector<MinuteSample> &samples, QString *error)
{
    if (samples.empty())
        return true;
    QSqlDatabase db = m_store.database();
    RowBatch minute(db,
                    QStringLiteral("INSERT INTO status_minutes (vehicle_id, minute, soc_centi, "
                                   "flags, chip_deci, compute_watts, reasons, "
                                   "price_micros_per_kwh, gross_micros_per_hour)"),
                    9, QStringLiteral("ON CONFLICT DO NOTHING"));
    // Roll-ups are summed in memory first, then merged into the table once per bucket.
    std::map<std::tuple<std::size_t, int, qint64>, HistoryBucket> buckets;
    for (const MinuteSample &sample : samples) {
        const SimulatedVehicle &vehicle = vehicles[sample.vehicle];
        const int socCenti = int(std::lround(sample.socPercent * 100));
        const int chipDeci = int(std::lround(sample.chipTempC * 10));
        const int flags =
            (sample.pluggedIn ? PluggedFlag : 0) | (sample.contributing ? ContributingFlag : 0) |
            (sample.online ? 0 : OfflineFlag) | (sample.jobFailed ? JobFailedFlag : 0);
        if (!minute.add({vehicle.id, sample.minute, socCenti, flags, chipDeci, sample.computeWatts,
                         int(sample.reasons), sample.priceMicrosPerKwh, sample.grossMicrosPerHour},
                        error))
            return false;
        const qint64 seconds = sample.minute * 60;
        const qint64 hour = floorDiv(seconds, 3600);
        const qint64 day = vehicle.zoneRules()->localDay(seconds);
        for (const auto &[resolution, bucket] :
             {std::pair<int, qint64>{int(Resolution::Hour), hour},
              std::pair<int, qint64>{int(Resolution::Day), day}}) {
            HistoryBucket &b = buckets[{sample.vehicle, resolution, bucket}];
            if (b.minutes == 0) {
                b.socCentiMin = socCenti;
                b.socCentiMax = socCenti;
                b.chipDeciMax = chipDeci;
            }
            ++b.minutes;
            b.socCentiSum += socCenti;
            b.socCentiMin = std::min(b.socCentiMin, socCenti);
            b.socCentiMax = std::max(b.socCentiMax, socCenti);
            b.contributingMinutes += sample.contributing ? 1 : 0;
            b.pluggedMinutes += sample.pluggedIn ? 1 : 0;
            b.computeWattMinutes += sample.computeWatts;
            b.chipDeciMax = std::max(b.chipDeciMax, chipDeci);
            b.priceWattMinutes += sample.priceMicrosPerKwh * sample.computeWatts;
            b.grossRateMinutes += sample.grossMicrosPerHour;
        }
    }
    if (!minute.flush(error))
        return false;
    // Each bucket once: a statement's rows never share a key.
    RowBatch rollup(
        db,
        QStringLiteral(
            "INSERT INTO status_rollups AS r (vehicle_id, resolution, bucket, minutes, "
            "soc_centi_sum, soc_centi_min, soc_centi_max, contributing_minutes, plugged_minutes, "
            "compute_watt_minutes, chip_deci_max, price_watt_minutes, gross_rate_minutes)"),
        13,
        QStringLiteral(
            "ON CONFLICT (vehicle_id, resolution, bucket) DO UPDATE SET "
            // The kept row by the table's name (PostgreSQL finds a bare name ambiguous); CASE
            // rather than min()/max() of two values, which PostgreSQL calls LEAST/GREATEST.
            "minutes = r.minutes + excluded.minutes, "
            "soc_centi_sum = r.soc_centi_sum + excluded.soc_centi_sum, "
            "soc_centi_min = CASE WHEN excluded.soc_centi_min < r.soc_centi_min "
            "THEN excluded.soc_centi_min ELSE r.soc_centi_min END, "
            "soc_centi_max = CASE WHEN excluded.soc_centi_max > r.soc_centi_max "
            "THEN excluded.soc_centi_max ELSE r.soc_centi_max END, "
            "contributing_minutes = r.contributing_minutes + excluded.contributing_minutes, "
            "plugged_minutes = r.plugged_minutes + excluded.plugged_minutes, "
            "compute_watt_minutes = r.compute_watt_minutes + excluded.compute_watt_minutes, "
            "chip_deci_max = CASE WHEN excluded.chip_deci_max > r.chip_deci_max "
            "THEN excluded.chip_deci_max ELSE r.chip_deci_max END, "
            "price_watt_minutes = r.price_watt_minutes + excluded.price_watt_minutes, "
            "gross_rate_minutes = r.gross_rate_minutes + excluded.gross_rate_minutes"));
    for (const auto &[key, b] : buckets) {
        if (!rollup.add({vehicles[std::get<0>(key)].id, std::get<1>(key), std::get<2>(key),
                         b.minutes, b.socCentiSum, b.socCentiMin, b.socCentiMax,
                         b.contributingMinutes, b.pluggedMinutes, b.computeWattMinutes,
                         b.chipDeciMax, b.priceWattMinutes, b.grossRateMinutes},
                        error))
            return false;
    }
    if (!rollup.flush(error))
        return false;
    return true;
}

std::vector<HistoryBucket> HistoryRepository::history(const SimulatedVehicle &vehicle,
                                                      Resolution resolution, qint64 from,
                                                      qint64 to) const
{
    std::vector<HistoryBucket> out;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (resolution == Resolution::Minute) {
        query.prepare(QStringLiteral(
            "SELECT minute, soc_centi, flags, chip_deci, compute_watts FROM status_minutes "
            "WHERE vehicle_id = ? AND minute >= ? AND minute < ? ORDER BY minute"));
        bindValue(query, vehicle.id);
        bindValue(query, floorDiv(from, 60));
        bindValue(query, floorDiv(to + 59, 60));
        query.exec();
        while (query.next()) {
            HistoryBucket b;
            b.start = query.value(0).toLongLong() * 60;
            b.minutes = 1;
            b.socCentiSum = b.socCentiMin = b.socCentiMax = query.value(1).toInt();
            const int flags = query.value(2).toInt();
            b.pluggedMinutes = flags & PluggedFlag ? 1 : 0;
            b.contributingMinutes = flags & ContributingFlag ? 1 : 0;
            b.chipDeciMax = query.value(3).toInt();
            b.computeWattMinutes = query.value(4).toInt();
            out.push_back(b);
        }
        return out;
    }
    const auto rules = vehicle.zoneRules();
    qint64 first = 0;
    qint64 last = 0; // inclusive bucket numbers
    if (resolution == Resolution::Hour) {
        first = floorDiv(from, 3600);
        last = floorDiv(to - 1, 3600);
    } else {
        first = rules->localDay(from);
        last = rules->localDay(to - 1);
    }
    query.prepare(QStringLiteral(
        "SELECT bucket, minutes, soc_centi_sum, soc_centi_min, soc_centi_max, "
        "contributing_minutes, plugged_minutes, compute_watt_minutes, chip_deci_max, "
        "price_watt_minutes, gross_rate_minutes FROM status_rollups WHERE vehicle_id = ? AND "
        "resolution = ? AND bucket BETWEEN ? AND ? "
        "ORDER BY bucket"));
    bindValue(query, vehicle.id);
    bindValue(query, int(resolution));
    bindValue(query, first);
    bindValue(query, last);
    query.exec();
    while (query.next()) {
        const qint64 bucket = query.value(0).toLongLong();
        HistoryBucket b;
        b.start = resolution == Resolution::Hour ? bucket * 3600 : rules->boundary(bucket, 0);
        b.minutes = query.value(1).toInt();
        b.socCentiSum = query.value(2).toLongLong();
        b.socCentiMin = query.value(3).toInt();
        b.socCentiMax = query.value(4).toInt();
        b.contributingMinutes = query.value(5).toInt();
        b.pluggedMinutes = query.value(6).toInt();
        b.computeWattMinutes = query.value(7).toLongLong();
        b.chipDeciMax = query.value(8).toInt();
        b.priceWattMinutes = query.value(9).toLongLong();
        b.grossRateMinutes = query.value(10).toLongLong();
        out.push_back(b);
    }
    return out;
}

std::optional<qint64> HistoryRepository::historyStart(const QString &vehicleId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT (SELECT MIN(minute) * 60 FROM status_minutes WHERE vehicle_id = ?), "
                       "(SELECT MIN(start) FROM ledger_entries WHERE vehicle_id = ?)"));
    bindValue(query, vehicleId);
    bindValue(query, vehicleId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    std::optional<qint64> start;
    for (int i = 0; i < 2; ++i) {
        if (!query.value(i).isNull())
            start =
                std::min(start.value_or(query.value(i).toLongLong()), query.value(i).toLongLong());
    }
    return start;
}

std::vector<HistoryRepository::MinuteRow>
HistoryRepository::minutes(const QString &vehicleId, qint64 fromMinute, qint64 toMinute) const
{
    std::vector<MinuteRow> rows;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT minute, soc_centi, flags, reasons, chip_deci FROM status_minutes "
                       "WHERE vehicle_id = ? AND minute >= ? AND minute < ? ORDER BY minute"));
    bindValue(query, vehicleId);
    bindValue(query, fromMinute);
    bindValue(query, toMinute);
    query.exec();
    while (query.next()) {
        const int flags = query.value(2).toInt();
        rows.push_back({query.value(0).toLongLong(), query.value(1).toInt(),
                        (flags & PluggedFlag) != 0, (flags & ContributingFlag) != 0,
                        query.value(3).toInt(), (flags & OfflineFlag) == 0,
                        (flags & JobFailedFlag) != 0, query.value(4).toInt()});
    }
    return rows;
}

// How long minute rows are kept. Minutes older than the retention go; their hour and day
// roll-ups (written with them), sessions, entries and jobs stay, so no figure changes. On
// PostgreSQL the minutes live in one partition per UTC month, and whole months go at once.

namespace {

/// Unix minute of the first instant of `month` (UTC).
qint64 minuteOf(const QDate &month)
{
    return month.startOfDay(Qt::UTC).toSecsSinceEpoch() / 60;
}

QDate monthOf(qint64 minute)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC).date();
    return QDate(day.year(), day.month(), 1);
}

QString partitionName(const QDate &month)
{
    return QStringLiteral("status_minutes_%1").arg(month.toString(QStringLiteral("yyyyMM")));
}

/// -1 with the database's reason in `error`.
qint64 failed(const QSqlQuery &query, QString *error)
{
    *error = QStringLiteral("database: %1").arg(query.lastError().text());
    return -1;
}

/// The months status_minutes has a partition of, oldest first.
std::vector<QDate> partitionMonths(const QSqlDatabase &db)
{
    std::vector<QDate> months;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'status_minutes' "
            "ORDER BY c.relname")))
        return months;
    while (query.next()) {
        const QDate month = QDate::fromString(
            query.value(0).toString().mid(int(qstrlen("status_minutes_"))) + QStringLiteral("01"),
            QStringLiteral("yyyyMMdd"));
        if (month.isValid())
            months.push_back(month);
    }
    return months;
}

} // namespace

bool HistoryRepository::preparePartitions(qint64 fromMinute, qint64 toMinute, QString *error)
{
    if (m_store.dialect() != Dialect::Postgres)
        return true;
    QSqlDatabase db = m_store.database();
    const std::vector<QDate> existing = partitionMonths(db);
    for (QDate month = monthOf(fromMinute); minuteOf(month) < toMinute;
         month = month.addMonths(1)) {
        if (std::find(existing.begin(), existing.end(), month) != existing.end())
            continue;
        const QString name = partitionName(month);
        const QString from = QString::number(minuteOf(month));
        const QString to = QString::number(minuteOf(month.addMonths(1)));
        // Rows of the month kept before its partition existed wait in the default partition:
        // they move into the new one, then it is attached, all in one transaction.
        const QStringList statements{
            QStringLiteral("CREATE TABLE %1 (LIKE status_minutes INCLUDING DEFAULTS "
                           "INCLUDING CONSTRAINTS)")
                .arg(name),
            QStringLiteral("INSERT INTO %1 SELECT * FROM status_minutes_default WHERE minute >= "
                           "%2 AND minute < %3")
                .arg(name, from, to),
            QStringLiteral("DELETE FROM status_minutes_default WHERE minute >= %1 AND minute < %2")
                .arg(from, to),
            QStringLiteral("ALTER TABLE status_minutes ATTACH PARTITION %1 FOR VALUES FROM (%2) "
                           "TO (%3)")
                .arg(name, from, to)};
        const bool moved = m_store.inTransaction(
            [&] {
                QSqlQuery query(db);
                for (const QString &statement : statements) {
                    if (!query.exec(statement)) {
                        failed(query, error);
                        return false;
                    }
                }
                return true;
            },
            error);
        if (!moved)
            return false;
    }
    return true;
}

qint64 HistoryRepository::pruneMinutes(qint64 beforeMinute, QString *error)
{
    QSqlDatabase db = m_store.database();
    qint64 gone = 0;
    // The edge first: from here on nobody is answered from minutes about to go.
    QSqlQuery edge(db);
    edge.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('minutes_kept_from', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    bindValue(edge, QString::number(beforeMinute));
    if (!edge.exec())
        return failed(edge, error);
    if (m_store.dialect() == Dialect::Postgres) {
        // Whole months go at once, without a row-by-row delete or the bloat it leaves.
        for (const QDate &month : partitionMonths(db)) {
            if (minuteOf(month.addMonths(1)) > beforeMinute)
                break;
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(partitionName(month))) ||
                !query.next())
                return failed(query, error);
            const qint64 rows = query.value(0).toLongLong();
            if (!query.exec(QStringLiteral("DROP TABLE %1").arg(partitionName(month))))
                return failed(query, error);
            gone += rows;
        }
    }
    // The rest a day at a time, so that no statement holds the database for long.
    QSqlQuery oldest(db);
    if (!oldest.exec(QStringLiteral("SELECT min(minute) FROM status_minutes")))
        return failed(oldest, error);
    if (!oldest.next() || oldest.value(0).isNull())
        return gone;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM status_minutes WHERE minute >= ? AND minute < ?"));
    for (qint64 from = oldest.value(0).toLongLong(); from < beforeMinute; from += 24 * 60) {
        bindValues(query, {from, std::min(from + 24 * 60, beforeMinute)});
        if (!query.exec())
            return failed(query, error);
        gone += query.numRowsAffected();
    }
    return gone;
}

qint64 HistoryRepository::minutesKeptFrom() const
{
    QSqlQuery query(m_store.database());
    return query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'minutes_kept_from'")) &&
                   query.next()
               ? query.value(0).toString().toLongLong()
               : 0;
}

} // namespace idlefleet::backend
