#pragma once

#include "vehicle.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace idlefleet::client {

/// What GET /v1/info says about the server.
struct ServerInfo
{
    QString serverVersion;
    unsigned apiVersion = 0;
    unsigned minClientApiVersion = 0;
    bool simulated = false;
};

/// One page of GET /v1/vehicles.
struct VehiclePage
{
    std::vector<Vehicle> vehicles;
    QString nextPageToken;
    int totalCount = 0;
};

/// An `Error` body the server sent with a failed request.
struct ServerError
{
    QString code;
    QString message;
    QString field;
};

// Decoders of server payloads. Each returns false and names the problem in `problem` when the
// bytes are not a well-formed message of that type; none of them trusts the bytes.
bool decodeServerInfo(const QByteArray &bytes, ServerInfo *info, QString *problem);
bool decodeVehiclePage(const QByteArray &bytes, VehiclePage *page, QString *problem);
bool decodeServerError(const QByteArray &bytes, ServerError *error);

} // namespace idlefleet::client
