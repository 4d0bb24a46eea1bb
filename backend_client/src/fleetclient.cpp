#include "fleetclient.h"

#include "pinnedtransport.h"

namespace idlefleet::client {

FleetClient::FleetClient(QObject *parent)
    : QObject(parent)
    , m_transport(new PinnedTransport(this))
{}

void FleetClient::setEndpoint(const QUrl &baseUrl, const QStringList &pins)
{
    m_transport->setEndpoint(baseUrl, pins);
}

QUrl FleetClient::baseUrl() const
{
    return m_transport->baseUrl();
}

ServerInfoJob *FleetClient::fetchServerInfo(QObject *owner)
{
    return new ServerInfoJob(m_transport->get(QStringLiteral("/v1/info")), owner);
}

ListVehiclesJob *FleetClient::listVehicles(int pageSize, const QString &pageToken, QObject *owner)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("page_token"), pageToken);
    return new ListVehiclesJob(m_transport->get(QStringLiteral("/v1/vehicles"), query), owner);
}

} // namespace idlefleet::client
