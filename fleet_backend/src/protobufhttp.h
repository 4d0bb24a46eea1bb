#pragma once

#include "http/httpmessage.h"

#include <QtGlobal>
#include <google/protobuf/message_lite.h>
#include <google/protobuf/timestamp.pb.h>

namespace idlefleet::backend {

inline constexpr auto ProtobufContentType = "application/x-protobuf";

/// A protobuf body with the given status.
http::Response protobufResponse(const google::protobuf::MessageLite &message, int status = 200);

/// A protobuf `Error{code, message, field}` with the given status.
http::Response errorResponse(int status, const QString &code, const QString &message,
                             const QString &field = {});

/// An error (503 busy, 429 too many) that a client may send again after `seconds`: the error
/// with a `Retry-After` header.
http::Response retryLater(int status, const QString &code, const QString &message, qint64 seconds);

/// Sets a timestamp to `ms` milliseconds since the epoch.
inline void setMs(google::protobuf::Timestamp *timestamp, qint64 ms)
{
    timestamp->set_seconds(ms / 1000);
    timestamp->set_nanos(int(ms % 1000) * 1000000);
}

/// The stable error code of an HTTP status the transport itself answers with.
QString errorCodeFor(int status);

/// Reads a protobuf request body. On failure returns false and sets `error` to the 415 or 400
/// answer that names the problem.
bool parseProtobufBody(const http::Request &request, google::protobuf::MessageLite *message,
                       http::Response *error);

} // namespace idlefleet::backend
