#pragma once

#include "storerecords.h"

#include <QByteArray>
#include <QHash>
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
    std::optional<ReportRecord> lastReport(const QString &vehicleId) const;
    /// Keeps a group of reports in one transaction, each one only if it came with its car's
    /// credential and is newer than the report kept (so that two instances cannot keep an older
    /// one over a newer); with each kept, when `origin` is not empty, a "report" change from it
    /// (its values as detail: reportDetail()) in the feed the other instances follow.
    /// `outcomes` gets one outcome per report, in order. False, with nothing kept, if the
    /// database failed.
    bool saveReports(const std::vector<IncomingReport> &reports, const QString &origin,
                     std::vector<ReportOutcome> *outcomes, QString *error);
    /// What a "report" change carries: the values another instance applies to its copy of the
    /// car, so that it need not read them back.
    static QString reportDetail(const ReportRecord &report);
    /// Reads a reportDetail() into `report`'s state of charge, plug, driving and chip; false if
    /// it is not one.
    static bool readReportDetail(const QString &detail, ReportRecord *report);

private:
    /// Adds to `vehicles` the car of each report's credential digest (an empty id for none).
    bool vehiclesForDevices(const std::vector<IncomingReport> &reports,
                            QHash<QByteArray, QString> *vehicles, QString *error);

    Store &m_store;
};

} // namespace idlefleet::backend
