#pragma once

#include "fleetjob.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace idlefleet::client {

class PinnedTransport;

/// The typed entry point to the fleet API. Every call returns a job the caller owns.
class FleetClient : public QObject
{
    Q_OBJECT
public:
    explicit FleetClient(QObject *parent = nullptr);

    /// The backend to talk to and the pins of the keys it may show.
    void setEndpoint(const QUrl &baseUrl, const QStringList &pins);
    QUrl baseUrl() const;

    [[nodiscard]] ServerInfoJob *fetchServerInfo(QObject *owner = nullptr);
    [[nodiscard]] ListVehiclesJob *listVehicles(int pageSize = 100, const QString &pageToken = {},
                                                QObject *owner = nullptr);

private:
    PinnedTransport *m_transport;
};

} // namespace idlefleet::client
