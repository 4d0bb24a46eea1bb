#pragma once

// What a car's telematics unit sends: a status report posted to /v1/telemetry of a real
// idlefleetd, with the answer's status and error (test_telemetry, test_instances).

#include "idlefleet/v1/vehicle.pb.h"
#include "payloads.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

struct TelemetryAnswer
{
    int status = 0; ///< 0: no answer within 20 s
    QString code;
    QString field;
};

/// A serialized StatusReport of `vehicle` observed at `at`.
inline QByteArray statusReport(const QString &vehicle, const QDateTime &at, double soc,
                               bool plugged = true, double chipTemp = 31.5)
{
    idlefleet::v1::StatusReport message;
    message.set_vehicle_id(vehicle.toStdString());
    message.mutable_status()->mutable_observed_at()->set_seconds(at.toSecsSinceEpoch());
    message.mutable_status()->set_soc_percent(soc);
    message.mutable_status()->set_plugged_in(plugged);
    message.mutable_status()->set_chip_temp_c(chipTemp);
    message.mutable_status()->set_energy_today_wh(120);
    return QByteArray::fromStdString(message.SerializeAsString());
}

/// Posts `body` to the backend at `base` with `authorization` (none when empty).
inline TelemetryAnswer postTelemetry(QNetworkAccessManager &network, QUrl base,
                                     const QByteArray &authorization, const QByteArray &body,
                                     const QByteArray &contentType = "application/x-protobuf")
{
    base.setPath(QStringLiteral("/v1/telemetry"));
    QNetworkRequest request(base);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.post(request, body);
    // Loopback to the backend the test started; the pin is tested elsewhere.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        return {};
    TelemetryAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    idlefleet::client::ServerError error;
    if (idlefleet::client::decodeServerError(reply->readAll(), &error)) {
        answer.code = error.code;
        answer.field = error.field;
    }
    reply->deleteLater();
    return answer;
}
