#pragma once

#include "http/httpmessage.h"
#include "policy/eligibility.h"
#include "vehicle.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <vector>

namespace idlefleet::backend {

struct AccountRecord;
struct SimulatedVehicle;

/// What the car list shows of one car: a copy of the simulator's car without its policy, taken
/// when the cars changed (VehicleRoutes::vehicleRows()), so that filtering, sorting and writing
/// a page of a 20,000-car list happen on a reading thread while the event loop goes on.
struct VehicleRow
{
    QString id;
    QString owner;
    QString name;
    QString model;
    QString timeZone;
    QString group;
    QString currency;
    qint64 batteryCapacityWh = 0;
    int floorSocPercent = 0;
    qint64 policyVersion = 0;
    double batteryWh = 0;
    bool pluggedIn = false;
    bool driving = false;
    bool contributing = false;
    bool online = true;
    double chipTempC = 0;
    int computeWatts = 0;
    qint64 energyTodayWh = 0;
    qint64 lastSeenMinute = 0;
    policy::ReasonSet reasons = 0;
    qint64 ownerRateMicrosPerHour = 0;

    static VehicleRow of(const SimulatedVehicle &vehicle);
    /// The car's state as it reports it at world time `at`.
    VehicleStatus statusAt(const QDateTime &at) const;
};

/// GET /v1/vehicles's query: paging, search, filters and order.
struct VehicleListQuery
{
    int pageSize = 100;
    int offset = 0;
    QString search;
    QString id; ///< exactly this car
    QString group;
    QString state;
    QString reason;
    QString sort;
    bool descending = false;

    /// Reads `request`'s query; false with the 400 naming the parameter in `*error`.
    bool read(const http::Request &request, http::Response *error);
};

/// One page of the cars `account` may see, or holds a grant for (`granted`: car id -> grant
/// id), as `query` filters, searches and sorts them, each car's status at `now`. The granted
/// cars on the page are added to `*listedGrants` (car id -> grant id), for the audit.
http::Response vehicleListPage(const std::vector<VehicleRow> &rows, const VehicleListQuery &query,
                               const AccountRecord &account, const QHash<QString, QString> &granted,
                               const QDateTime &now, QHash<QString, QString> *listedGrants);

} // namespace idlefleet::backend
