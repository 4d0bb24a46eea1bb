// DeviceRepository: cars' telematics units, their device credentials and their last reports.

#include "devicerepository.h"

#include "database.h"
#include "store.h"
#include "store/sqlbind.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace idlefleet::backend {

DeviceRepository::DeviceRepository(Store &store)
    : m_store(store)
{}

bool DeviceRepository::replaceDeviceTokens(
    const std::vector<std::pair<QString, QByteArray>> &digests, QString *error)
{
    return m_store.inTransaction(
        [&] {
            QSqlQuery remove(m_store.database());
            remove.prepare(QStringLiteral("DELETE FROM device_tokens WHERE vehicle_id = ?"));
            QSqlQuery insert(m_store.database());
            insert.prepare(
                QStringLiteral("INSERT INTO device_tokens (digest, vehicle_id) VALUES (?, ?)"));
            for (const auto &[vehicleId, digest] : digests) {
                bindValue(remove, vehicleId);
                bindValue(insert, digest);
                bindValue(insert, vehicleId);
                if (!remove.exec() || !insert.exec()) {
                    *error = QStringLiteral("database: %1")
                                 .arg(remove.lastError().isValid() ? remove.lastError().text()
                                                                   : insert.lastError().text());
                    return false;
                }
            }
            return true;
        },
        error);
}

std::optional<ReportRecord> DeviceRepository::lastReport(const QString &vehicleId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT vehicle_id, observed_ms, soc_centi, plugged_in, driving, chip_deci, "
        "compute_watts, energy_today_wh, received_ms FROM vehicle_reports WHERE vehicle_id = ?"));
    bindValue(query, vehicleId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ReportRecord{
        query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toInt(),
        query.value(3).toBool(),   query.value(4).toBool(),     query.value(5).toInt(),
        query.value(6).toInt(),    query.value(7).toLongLong(), query.value(8).toLongLong()};
}

namespace {

constexpr auto ReportColumns = "vehicle_id, observed_ms, soc_centi, plugged_in, driving, "
                               "chip_deci, compute_watts, energy_today_wh, received_ms";
/// Digests looked up, and rows written, per statement.
constexpr int RowsPerStatement = 200;

} // namespace

bool DeviceRepository::vehiclesForDevices(const std::vector<IncomingReport> &reports,
                                          QHash<QByteArray, QString> *vehicles, QString *error)
{
    QList<QByteArray> digests;
    for (const IncomingReport &incoming : reports) {
        if (!vehicles->contains(incoming.deviceDigest)) {
            vehicles->insert(incoming.deviceDigest, QString());
            digests.append(incoming.deviceDigest);
        }
    }
    for (qsizetype from = 0; from < digests.size(); from += RowsPerStatement) {
        const qsizetype count = std::min<qsizetype>(RowsPerStatement, digests.size() - from);
        QSqlQuery *query =
            PreparedStatements::of(m_store.database())
                ->statement(
                    QStringLiteral("SELECT digest, vehicle_id FROM "
                                   "device_tokens WHERE digest IN (%1)")
                        .arg(QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "))),
                    error);
        if (!query)
            return false;
        for (qsizetype i = from; i < from + count; ++i)
            bindValue(*query, digests.at(i));
        if (!query->exec()) {
            *error = QStringLiteral("database: %1").arg(query->lastError().text());
            return false;
        }
        while (query->next())
            vehicles->insert(query->value(0).toByteArray(), query->value(1).toString());
        query->finish();
    }
    return true;
}

bool DeviceRepository::saveReports(const std::vector<IncomingReport> &reports,
                                   const QString &origin, std::vector<ReportOutcome> *outcomes,
                                   QString *error)
{
    std::vector<ReportOutcome> found(reports.size(), ReportOutcome{ReportOutcome::OutOfOrder, {}});
    const bool kept = m_store.inTransaction(
        [&] {
            // A round at a time, so that no statement holds a car twice (which an upsert
            // refuses); a car's later reports go in later rounds, in the order they came.
            QHash<QByteArray, QString> vehicles;
            if (!vehiclesForDevices(reports, &vehicles, error))
                return false;
            std::vector<std::vector<std::size_t>> rounds;
            QHash<QString, std::size_t> seen; // vehicle -> reports of it so far
            for (std::size_t i = 0; i < reports.size(); ++i) {
                const QString &vehicle = vehicles.value(reports[i].deviceDigest);
                if (vehicle.isEmpty())
                    found[i] = {ReportOutcome::UnknownDevice, {}};
                else if (vehicle != reports[i].record.vehicleId)
                    found[i] = {ReportOutcome::OtherVehicle, vehicle};
                if (found[i].result != ReportOutcome::OutOfOrder)
                    continue;
                const std::size_t round = seen[vehicle]++;
                if (round == rounds.size())
                    rounds.emplace_back();
                rounds[round].push_back(i);
            }
            RowBatch changes(m_store.database(),
                             QStringLiteral("INSERT INTO changes (kind, subject, detail, origin, "
                                            "at_ms)"),
                             5, {}, RowsPerStatement);
            const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
            bool told = false;
            for (std::vector<std::size_t> &round : rounds) {
                // Rows locked in one order by every instance: two groups wait for each other
                // rather than deadlock.
                std::sort(round.begin(), round.end(), [&reports](std::size_t a, std::size_t b) {
                    return reports[a].record.vehicleId < reports[b].record.vehicleId;
                });
                // Kept only if newer than the report kept: the rows given back.
                QSet<QString> saved;
                RowBatch rows(
                    m_store.database(),
                    QStringLiteral("INSERT INTO vehicle_reports (%1)")
                        .arg(QLatin1String(ReportColumns)),
                    9,
                    onConflictReplace(QLatin1String(ReportColumns), QStringLiteral("vehicle_id")) +
                        QStringLiteral(" WHERE vehicle_reports.observed_ms < "
                                       "excluded.observed_ms RETURNING vehicle_id"),
                    RowsPerStatement);
                rows.setOnResultRow(
                    [&saved](const QSqlQuery &query) { saved.insert(query.value(0).toString()); });
                for (const std::size_t i : round) {
                    const ReportRecord &report = reports[i].record;
                    if (!rows.add({report.vehicleId, report.observedMs, report.socCenti,
                                   report.pluggedIn, report.driving, report.chipDeci,
                                   report.computeWatts, report.energyTodayWh, report.receivedMs},
                                  error))
                        return false;
                }
                if (!rows.flush(error))
                    return false;
                for (const std::size_t i : round) {
                    const ReportRecord &report = reports[i].record;
                    if (!saved.contains(report.vehicleId))
                        continue;
                    found[i].result = ReportOutcome::Kept;
                    told |= !origin.isEmpty();
                    if (!origin.isEmpty() &&
                        !changes.add({QStringLiteral("report"), report.vehicleId,
                                      reportDetail(report), origin, nowMs},
                                     error))
                        return false;
                }
            }
            // One word to the listening instances for the whole group.
            if (!changes.flush(error))
                return false;
            if (told && !m_store.shared().tellListeners()) {
                *error = QStringLiteral("database: %1").arg(m_store.database().lastError().text());
                return false;
            }
            return true;
        },
        error);
    if (!kept)
        found.assign(reports.size(), ReportOutcome{});
    *outcomes = std::move(found);
    return kept;
}

QString DeviceRepository::reportDetail(const ReportRecord &report)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(report.socCenti)
        .arg(int(report.pluggedIn))
        .arg(int(report.driving))
        .arg(report.chipDeci);
}

bool DeviceRepository::readReportDetail(const QString &detail, ReportRecord *report)
{
    const QStringList parts = detail.split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    bool ok[4] = {};
    const int values[4] = {parts[0].toInt(&ok[0]), parts[1].toInt(&ok[1]), parts[2].toInt(&ok[2]),
                           parts[3].toInt(&ok[3])};
    if (!(ok[0] && ok[1] && ok[2] && ok[3]))
        return false;
    report->socCenti = values[0];
    report->pluggedIn = values[1] != 0;
    report->driving = values[2] != 0;
    report->chipDeci = values[3];
    return true;
}

bool DeviceRepository::addDeviceToken(const QString &vehicleId, const QByteArray &digest,
                                      QString *error)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO device_tokens (digest, vehicle_id) VALUES (?, ?)"));
    bindValue(query, digest);
    bindValue(query, vehicleId);
    if (!query.exec()) {
        *error = QStringLiteral("database: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace idlefleet::backend
