#include "protobufhttp.h"

#include "idlefleet/v1/common.pb.h"

namespace idlefleet::backend {

http::Response protobufResponse(const google::protobuf::MessageLite &message, int status)
{
    http::Response response;
    response.status = status;
    response.contentType = ProtobufContentType;
    response.body = QByteArray::fromStdString(message.SerializeAsString());
    return response;
}

http::Response errorResponse(int status, const QString &code, const QString &message,
                             const QString &field)
{
    v1::Error error;
    error.set_code(code.toStdString());
    error.set_message(message.toStdString());
    error.set_field(field.toStdString());
    return protobufResponse(error, status);
}

http::Response retryLater(int status, const QString &code, const QString &message, qint64 seconds)
{
    http::Response response = errorResponse(status, code, message);
    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(seconds)));
    return response;
}

QString errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("bad_request");
    case 401:
        return QStringLiteral("unauthenticated");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("method_not_allowed");
    case 408:
        return QStringLiteral("request_timeout");
    case 411:
        return QStringLiteral("length_required");
    case 413:
        return QStringLiteral("body_too_large");
    case 415:
        return QStringLiteral("unsupported_media_type");
    case 429:
        return QStringLiteral("too_many_requests");
    case 431:
        return QStringLiteral("headers_too_large");
    case 501:
        return QStringLiteral("not_implemented");
    case 505:
        return QStringLiteral("http_version_not_supported");
    default:
        return QStringLiteral("error");
    }
}

bool parseProtobufBody(const http::Request &request, google::protobuf::MessageLite *message,
                       http::Response *error)
{
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type != ProtobufContentType) {
        *error = errorResponse(
            415, errorCodeFor(415),
            QStringLiteral("the body must be application/x-protobuf, not %1")
                .arg(type.isEmpty() ? QStringLiteral("(none)") : QString::fromLatin1(type)));
        return false;
    }
    if (!message->ParseFromArray(request.body.constData(), int(request.body.size()))) {
        *error = errorResponse(400, QStringLiteral("invalid_body"),
                               QStringLiteral("the body is not a valid %1")
                                   .arg(QString::fromStdString(message->GetTypeName())));
        return false;
    }
    return true;
}

} // namespace idlefleet::backend
