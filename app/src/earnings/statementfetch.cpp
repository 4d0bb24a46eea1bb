#include "statementfetch.h"

#include "earningsfetch.h"
#include "fleetclient.h"
#include "policy/zonerules.h"

#include <QTimeZone>
#include <QTimer>

namespace idlefleet::app::earnings {

StatementFetch::StatementFetch(client::FleetClient *client, const Request &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
{}

StatementFetch::~StatementFetch() = default;

qint64 StatementFetch::localMidnight(const QDate &date) const
{
    auto rules = policy::ZoneRules::forZoneOrUtc(m_request.timeZone.toUtf8());
    return rules->boundary(date.toJulianDay() - QDate(1970, 1, 1).toJulianDay(), 0);
}

void StatementFetch::start()
{
    if (!m_client) {
        m_errorString = tr("Not connected to the fleet backend.");
        QTimer::singleShot(0, this, &StatementFetch::finished);
        return;
    }
    const QDateTime from = QDateTime::fromSecsSinceEpoch(localMidnight(m_request.month), Qt::UTC);
    const QDateTime to =
        QDateTime::fromSecsSinceEpoch(localMidnight(m_request.lastDay.addDays(1)), Qt::UTC);
    m_pending = 3;

    m_days = new EarningsFetch(m_client, m_request.vehicleId, m_request.timeZone, from, to,
                               EarningsFetch::What::Earnings, EarningsFetch::Period::Day, this);
    connect(m_days, &EarningsFetch::finished, this, [this] {
        const QTimeZone zone(m_request.timeZone.toUtf8());
        m_statement = makeStatement(
            m_days->result(), m_request.month, m_request.lastDay, [zone](const QDateTime &utc) {
                return utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
            });
        m_statement.shareBasisPoints = m_days->result().shareBasisPoints;
        partDone(m_days->failed() ? m_days->errorString() : QString());
    });
    m_days->start();

    // A month is at most 31 days: one call for its sessions and their jobs.
    auto *sessions = m_client->fetchSessions(m_request.vehicleId, from, to, this, true);
    connect(sessions, &client::FleetJob::finished, this, [this, sessions] {
        sessions->deleteLater();
        if (sessions->error() == client::FleetJob::NoError)
            m_sessions = sessions->result().entries;
        partDone(sessions->errorString());
    });

    auto *payouts = m_client->fetchPayouts(m_request.vehicleId, this);
    connect(payouts, &client::FleetJob::finished, this, [this, payouts] {
        payouts->deleteLater();
        if (payouts->error() == client::FleetJob::NoError) {
            const QString month = m_request.month.toString(QStringLiteral("yyyy-MM"));
            for (const v1::Payout &p : payouts->result().payouts()) {
                if (QString::fromStdString(p.month()) != month)
                    continue;
                Statement::Payout payout;
                payout.netMicros = p.net_micros();
                payout.carriedInMicros = p.carried_in_micros();
                payout.amountMicros = p.amount_micros();
                payout.carriedOutMicros = p.carried_out_micros();
                payout.state = QString::fromStdString(p.state());
                payout.paidAt = QDateTime::fromSecsSinceEpoch(p.paid_at().seconds(), Qt::UTC);
                payout.minimumMicros = payouts->result().minimum_micros();
                m_payout = payout;
            }
        }
        partDone(payouts->errorString());
    });
}

void StatementFetch::partDone(const QString &error)
{
    if (m_errorString.isEmpty() && !error.isEmpty())
        m_errorString = error;
    if (--m_pending > 0)
        return;
    if (!failed()) {
        m_statement.vehicleId = m_request.vehicleId;
        m_statement.vehicleName = m_request.vehicleName;
        m_statement.timeZone = m_request.timeZone;
        m_statement.account = m_request.account;
        m_statement.generatedAt = QDateTime::currentDateTimeUtc();
        m_statement.payout = m_payout;
        addSessions(&m_statement, m_sessions);
    }
    Q_EMIT finished();
}

} // namespace idlefleet::app::earnings
