// DeviceRepository: cars' telematics units, their device credentials and their last reports.

#include "devicerepository.h"

#include "store.h"
#include "store/sqlbind.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

std::optional<QString> DeviceRepository::vehicleForDevice(const QByteArray &digest) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT vehicle_id FROM device_tokens WHERE digest = ?"));
    bindValue(query, digest);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
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

bool DeviceRepository::saveReport(const ReportRecord &report)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO vehicle_reports (vehicle_id, observed_ms, soc_centi, plugged_in, "
        "driving, chip_deci, compute_watts, energy_today_wh, received_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (vehicle_id) DO UPDATE SET "
        "observed_ms = excluded.observed_ms, soc_centi = excluded.soc_centi, "
        "plugged_in = excluded.plugged_in, driving = excluded.driving, "
        "chip_deci = excluded.chip_deci, compute_watts = excluded.compute_watts, "
        "energy_today_wh = excluded.energy_today_wh, received_ms = excluded.received_ms"));
    bindValue(query, report.vehicleId);
    bindValue(query, report.observedMs);
    bindValue(query, report.socCenti);
    bindValue(query, report.pluggedIn);
    bindValue(query, report.driving);
    bindValue(query, report.chipDeci);
    bindValue(query, report.computeWatts);
    bindValue(query, report.energyTodayWh);
    bindValue(query, report.receivedMs);
    return query.exec();
}

bool DeviceRepository::saveReports(const std::vector<ReportRecord> &reports, const QString &origin,
                                   QString *error)
{
    return m_store.inTransaction(
        [&] {
            for (const ReportRecord &report : reports) {
                if (!saveReport(report) ||
                    (!origin.isEmpty() &&
                     !m_store.shared().addChange(origin, QStringLiteral("report"),
                                                 report.vehicleId))) {
                    *error =
                        QStringLiteral("database: %1").arg(m_store.database().lastError().text());
                    return false;
                }
            }
            return true;
        },
        error);
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
