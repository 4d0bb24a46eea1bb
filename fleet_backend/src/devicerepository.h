#pragma once

#include "storerecords.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace idlefleet::backend {

class Store;

/// Cars' telematics units (devicerepository.cpp): the device credentials each car's unit signs
/// in with (as digests), and the last report each car sent.
class DeviceRepository
{
public:
    explicit DeviceRepository(Store &store);

    /// Gives each car in `digests` (vehicle id, token digest) that credential, replacing any older.
    bool replaceDeviceTokens(const std::vector<std::pair<QString, QByteArray>> &digests,
                             QString *error);
    /// One more device credential (its digest) for a car's telematics unit.
    bool addDeviceToken(const QString &vehicleId, const QByteArray &digest, QString *error);
    std::optional<QString> vehicleForDevice(const QByteArray &digest) const;
    std::optional<ReportRecord> lastReport(const QString &vehicleId) const;
    bool saveReport(const ReportRecord &report);
    /// Keeps a group of reports in one transaction, and with each, when `origin` is not empty,
    /// a "report" change from it in the feed the other instances follow.
    bool saveReports(const std::vector<ReportRecord> &reports, const QString &origin,
                     QString *error);

private:
    Store &m_store;
};

} // namespace idlefleet::backend
