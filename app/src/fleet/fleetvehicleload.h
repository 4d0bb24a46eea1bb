#pragma once

#include "vehicle.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <vector>

namespace idlefleet::client {
class FleetClient;
class ListVehiclesJob;
} // namespace idlefleet::client

namespace idlefleet::app::fleet {

/// Every car of the organisation, page after page of GET /v1/vehicles until the server has no
/// next page. The list is whole or the load failed: a count that does not add up to the
/// server's total, a repeated car or an empty page with a next token all fail it.
/// `finished()` fires once; the caller owns the load. Pages are decoded on the calling thread:
/// a page of 1,000 cars takes 1 to 4 ms (bench_fleet_table), less than a frame.
class FleetVehicleLoad : public QObject
{
    Q_OBJECT
public:
    /// idlefleetd's largest page (MaxPageSize in fleet_backend/src/httpserver.cpp).
    static constexpr int PageSize = 1000;

    explicit FleetVehicleLoad(client::FleetClient *client, QObject *parent = nullptr);

    /// Asks for the first page; pageLoaded() follows each page, then finished().
    void start();

    bool failed() const { return !m_errorString.isEmpty(); }
    /// Translated, for a person.
    QString errorString() const { return m_errorString; }
    /// Cars received so far, and how many the server said there are (0 before the first page).
    int loaded() const { return int(m_vehicles.size()); }
    int total() const { return m_total < 0 ? 0 : m_total; }
    /// The cars in the server's order (the whole list once finished() without failure).
    const std::vector<Vehicle> &vehicles() const { return m_vehicles; }
    std::vector<Vehicle> takeVehicles() { return std::move(m_vehicles); }

Q_SIGNALS:
    /// A page arrived: vehicles() from `first` on are new.
    void pageLoaded(int first);
    void finished();

private:
    void requestPage(const QString &token);
    void onPage();
    void fail(const QString &message);

    QPointer<client::FleetClient> m_client;
    client::ListVehiclesJob *m_job = nullptr; // a child while in flight
    std::vector<Vehicle> m_vehicles;
    QSet<QString> m_seen;
    int m_total = -1;
    QString m_errorString;
};

} // namespace idlefleet::app::fleet
