// libFuzzer target: every decoder of server payloads (backend_client/src/payloads.h). The first
// byte picks the decoder, the rest is its body. A refusal must name its problem on one line; an
// acceptance must hold what the decoder checks. Built with clang (IDLEFLEET_FUZZ=ON) it fuzzes;
// in the normal build replay_main.cpp replays the corpus as an ordinary test.

#include "dataexport.h"
#include "idlefleet/v1/keys.pb.h"
#include "money.h"
#include "payloads.h"
#include "policy/policydocument.h"
#include "policy/schedule.h"

#include <QByteArray>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <google/protobuf/stubs/logging.h>

using namespace idlefleet;
using namespace idlefleet::client;

namespace {

constexpr qint64 MinSeconds = -62135596800; // 0001-01-01T00:00:00Z
constexpr qint64 MaxSeconds = 253402300799; // 9999-12-31T23:59:59Z

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

// A refusal says why, on one line.
void checkProblem(const QString &problem)
{
    check(!problem.isEmpty() && !problem.contains(QLatin1Char('\n')) &&
          !problem.contains(QLatin1Char('\r')));
}

bool inRange(const QDateTime &at)
{
    if (!at.isValid())
        return false;
    const qint64 seconds = at.toSecsSinceEpoch();
    return seconds >= MinSeconds && seconds <= MaxSeconds;
}

// Timestamps made from a checked instant: a valid one within 0001..9999, or invalid.
bool validOrInvalid(const QDateTime &at)
{
    return !at.isValid() || inRange(at);
}

void checkStatus(const VehicleStatus &status)
{
    check(inRange(status.observedAt));
    check(std::isfinite(status.socPercent) && status.socPercent >= 0 && status.socPercent <= 100);
    check(std::isfinite(status.chipTempC));
}

void checkEvent(const EventInfo &event)
{
    check(inRange(event.at));
    check(event.kind >= EventInfo::Unknown && event.kind <= EventInfo::PolicyChanged);
    check(std::isfinite(event.socPercent));
    check(event.detail.size() <= 64);
}

void checkAmounts(const Amounts &amounts)
{
    constexpr qint64 Max = 1000000000000000LL;
    for (const qint64 value :
         {amounts.costMicros, amounts.grossMicros, amounts.ownerMicros, amounts.netMicros})
        check(value >= -Max && value <= Max);
    check(amounts.energyWh >= 0 && amounts.contributingMinutes >= 0 && amounts.grossMicros >= 0 &&
          amounts.ownerMicros >= 0 && amounts.ownerMicros <= amounts.grossMicros);
}

void checkGrant(const GrantInfo &grant)
{
    check(!grant.grantId.isEmpty() && !grant.vehicleId.isEmpty() && inRange(grant.expiresAt));
    check(validOrInvalid(grant.createdAt) && validOrInvalid(grant.revokedAt));
}

// A validated policy must run: sorted, clipped windows over a few days.
void checkPolicy(const v1::Policy &parsed)
{
    check(policy::validatePolicy(parsed).isEmpty());
    const qint64 from = 1774656000; // 2026-03-28T00:00:00Z, a daylight-saving weekend in Europe
    const qint64 to = from + 3 * 86400;
    const auto windows = policy::allowedWindows(parsed, from, to);
    for (std::size_t i = 0; i < windows.size(); ++i) {
        check(windows[i].start < windows[i].end && windows[i].start >= from &&
              windows[i].end <= to && (i == 0 || windows[i - 1].end < windows[i].start));
    }
}

template<typename Decoded, typename Check>
void run(bool (*decode)(const QByteArray &, Decoded *, QString *), const QByteArray &body,
         Check checkDecoded)
{
    Decoded decoded;
    QString problem;
    if (decode(body, &decoded, &problem))
        checkDecoded(decoded);
    else
        checkProblem(problem);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // protobuf logs every string field with invalid UTF-8; the refusal is what is checked.
    static const bool quiet = [] {
        google::protobuf::SetLogHandler(nullptr);
        return true;
    }();
    (void)quiet;
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    constexpr unsigned Decoders = 25;

    switch (data[0] % Decoders) {
    case 0:
        run(decodeServerInfo, body, [](const ServerInfo &info) { check(info.apiVersion != 0); });
        break;
    case 1:
        run(decodeVehiclePage, body, [](const VehiclePage &page) {
            for (const Vehicle &vehicle : page.vehicles) {
                check(!vehicle.id.isEmpty());
                checkStatus(vehicle.status);
            }
        });
        break;
    case 2: {
        ServerError error;
        if (decodeServerError(body, &error))
            check(!error.code.isEmpty());
        break;
    }
    case 3:
        run(decodeSession, body, [](const Session &session) {
            check(!session.accessToken.isEmpty() && !session.refreshToken.isEmpty());
        });
        break;
    case 4:
        run(decodeVehiclePolicy, body,
            [](const VehiclePolicy &decoded) { checkPolicy(decoded.policy); });
        break;
    case 5:
        run(decodeHistory, body, [](const std::vector<HistoryPoint> &points) {
            for (std::size_t i = 0; i < points.size(); ++i) {
                const HistoryPoint &p = points[i];
                check(inRange(p.start) && (i == 0 || points[i - 1].start < p.start));
                check(p.minutes > 0 && p.contributingMinutes >= 0 &&
                      p.contributingMinutes <= p.minutes && p.pluggedInMinutes >= 0 &&
                      p.pluggedInMinutes <= p.minutes && p.computeEnergyWh >= 0);
                check(std::isfinite(p.socPercentAvg) && std::isfinite(p.socPercentMin) &&
                      std::isfinite(p.socPercentMax) && std::isfinite(p.chipTempCMax));
            }
        });
        break;
    case 6:
        run(decodeSessions, body, [](const EarningsReport &report) {
            check(isCurrencyCode(report.currency));
            for (const AmountsAt &entry : report.entries) {
                check(inRange(entry.start) && inRange(entry.end) && entry.start < entry.end);
                checkAmounts(entry.amounts);
            }
        });
        break;
    case 7:
        run(decodeKey, body, [](const KeyInfo &key) { check(!key.keyId.isEmpty()); });
        break;
    case 8:
        run(decodeKeyList, body, [](const std::vector<KeyInfo> &) {});
        break;
    case 9:
        run(decodePairing, body, [](const PairingInfo &) {});
        break;
    case 10:
        run(decodeCarScreen, body, [](const CarScreenInfo &) {});
        break;
    case 11:
        run(decodeCommandOutcome, body, [](const CommandOutcome &outcome) {
            check(outcome.outcome == CommandOutcome::Applied ||
                  outcome.outcome == CommandOutcome::Conflict ||
                  outcome.outcome == CommandOutcome::Rejected);
        });
        break;
    case 12:
        run(decodeEvents, body, [](const std::vector<EventInfo> &events) {
            for (const EventInfo &event : events)
                checkEvent(event);
        });
        break;
    case 13: {
        // The streamed export, cut where its first byte says: the same parts either way.
        const qsizetype cut = body.isEmpty() ? 0 : quint8(body.at(0)) % (body.size() + 1);
        QList<qint64> seen;
        for (const qsizetype at : {qsizetype(0), cut}) {
            ExportStreamReader reader([](const v1::DataExport &part, QString *) {
                check(part.vehicles_size() >= 0);
                return true;
            });
            QString problem;
            const bool fed =
                reader.feed(body.left(at), &problem) && reader.feed(body.mid(at), &problem);
            check(reader.partsDone() <= std::max<qint64>(reader.partsTotal(), 1));
            check(fed || !problem.isEmpty());
            if (fed && !reader.finish(&problem))
                check(!problem.isEmpty());
            seen.append(fed ? reader.partsDone() : -1);
        }
        check(seen.first() == seen.last());
    } break;
    case 14:
        run(decodeAccountDetails, body, [](const v1::AccountDetails &) {});
        break;
    case 15:
        run(decodeGrant, body, checkGrant);
        break;
    case 16:
        run(decodeGrantList, body, [](const std::vector<GrantInfo> &grants) {
            for (const GrantInfo &grant : grants)
                checkGrant(grant);
        });
        break;
    case 17:
        run(decodeAuditLog, body, [](const std::vector<AuditEntryInfo> &entries) {
            for (const AuditEntryInfo &entry : entries)
                check(inRange(entry.at));
        });
        break;
    case 18:
        run(decodeCertificate, body, [&body](const CertificateInfo &certificate) {
            check(certificate.certificate == body && inRange(certificate.notAfter));
            v1::KeyCertificate message;
            check(message.ParseFromArray(body.constData(), int(body.size())) &&
                  !message.signature().empty());
        });
        break;
    case 19:
        run(decodeEarnings, body, [](const EarningsReport &report) {
            check(isCurrencyCode(report.currency));
            for (const AmountsAt &entry : report.entries)
                checkAmounts(entry.amounts);
            checkAmounts(report.totals);
        });
        break;
    case 20:
        run(decodeStreamFrame, body, [](const StreamFrameInfo &frame) {
            switch (frame.kind) {
            case StreamFrameInfo::Hello:
                check(validOrInvalid(frame.worldTime));
                break;
            case StreamFrameInfo::Status:
                check(frame.sequence != 0 && !frame.vehicleId.isEmpty());
                checkStatus(frame.status);
                break;
            case StreamFrameInfo::Event:
                check(frame.sequence != 0 && !frame.vehicleId.isEmpty());
                checkEvent(frame.event);
                break;
            }
        });
        break;
    case 21:
        run(decodeOrganisationSummary, body, [](const v1::OrganisationSummary &summary) {
            check(summary.contributing_now() <= summary.vehicle_count());
            for (const auto &reason : summary.blocking_reasons())
                check(reason.vehicles() >= 0 && reason.vehicles() <= summary.vehicle_count());
        });
        break;
    case 22:
        run(decodeTrace, body, [](const v1::EligibilityTrace &trace) {
            check(trace.state().soc_percent() >= 0 && trace.state().soc_percent() <= 100);
            checkPolicy(trace.policy());
        });
        break;
    case 23:
        run(decodeDiagnostics, body, [](const v1::VehicleDiagnostics &diagnostics) {
            check(!diagnostics.vehicle_id().empty());
        });
        break;
    case 24:
        run(decodePolicyHistory, body, [](const v1::PolicyHistory &history) {
            for (const auto &revision : history.revisions())
                check(revision.version() > 0);
        });
        break;
    }
    return 0;
}
