#include "payloads.h"

#include "idlefleet/v1/auth.pb.h"
#include "idlefleet/v1/commands.pb.h"
#include "idlefleet/v1/common.pb.h"
#include "idlefleet/v1/earnings.pb.h"
#include "idlefleet/v1/events.pb.h"
#include "idlefleet/v1/history.pb.h"
#include "idlefleet/v1/keys.pb.h"
#include "idlefleet/v1/stream.pb.h"
#include "idlefleet/v1/vehicle.pb.h"
#include "money.h"
#include "payloadhelpers.h"
#include "policy/policydocument.h"

#include <QTimeZone>
#include <cmath>

namespace idlefleet::client {
namespace {

using namespace payloadhelpers;

bool decodeStatus(const v1::VehicleStatus &in, VehicleStatus *out, const QString &where,
                  QString *problem)
{
    const auto &at = in.observed_at();
    if (at.seconds() < MinTimestampSeconds || at.seconds() > MaxTimestampSeconds ||
        at.nanos() < 0 || at.nanos() > 999999999) {
        *problem = QStringLiteral("%1.observedAt is not a valid instant").arg(where);
        return false;
    }
    if (!std::isfinite(in.soc_percent()) || in.soc_percent() < 0 || in.soc_percent() > 100) {
        *problem = QStringLiteral("%1.socPercent is outside 0..100").arg(where);
        return false;
    }
    if (!std::isfinite(in.chip_temp_c())) {
        *problem = QStringLiteral("%1.chipTempC is not a finite number").arg(where);
        return false;
    }
    out->observedAt =
        QDateTime::fromMSecsSinceEpoch(at.seconds() * 1000 + at.nanos() / 1000000, Qt::UTC);
    out->socPercent = in.soc_percent();
    out->pluggedIn = in.plugged_in();
    out->driving = in.driving();
    out->contributing = in.contributing();
    out->chipTempC = in.chip_temp_c();
    out->computePowerWatts = in.compute_power_watts();
    out->energyTodayWh = in.energy_today_wh();
    out->online = in.online();
    out->lastSeen = in.has_last_seen()
                        ? QDateTime::fromSecsSinceEpoch(in.last_seen().seconds(), Qt::UTC)
                        : QDateTime(); // never seen
    out->blockingReasons.clear();
    for (const std::string &reason : in.blocking_reasons())
        out->blockingReasons.append(fromStd(reason));
    out->marketRateMicrosPerHour = in.market_rate_micros_per_hour();
    out->currency = fromStd(in.currency());
    return true;
}

} // namespace

const char *eventKindName(EventInfo::Kind kind)
{
    switch (kind) {
    case EventInfo::ContributionStarted:
        return "contribution_started";
    case EventInfo::ContributionStopped:
        return "contribution_stopped";
    case EventInfo::PluggedIn:
        return "plugged_in";
    case EventInfo::Unplugged:
        return "unplugged";
    case EventInfo::BlockingChanged:
        return "blocking_changed";
    case EventInfo::JobFailed:
        return "job_failed";
    case EventInfo::ConnectionLost:
        return "connection_lost";
    case EventInfo::ConnectionRestored:
        return "connection_restored";
    case EventInfo::KeyAdded:
        return "key_added";
    case EventInfo::KeyRevoked:
        return "key_revoked";
    case EventInfo::PolicyChanged:
        return "policy_changed";
    case EventInfo::Unknown:
        break;
    }
    return "unknown";
}

bool decodeServerInfo(const QByteArray &bytes, ServerInfo *info, QString *problem)
{
    v1::ServerInfo message;
    if (!parse(bytes, &message, "server information", problem))
        return false;
    info->serverVersion = fromStd(message.server_version());
    info->apiVersion = message.api_version();
    info->minClientApiVersion = message.min_client_api_version();
    info->simulated = message.simulated();
    info->worldTime = message.has_world_time() ? instantOf(message.world_time()) : QDateTime();
    info->clockSpeed = message.clock_speed() > 0 && std::isfinite(message.clock_speed())
                           ? message.clock_speed()
                           : 1.0;
    if (info->apiVersion == 0) {
        *problem = QStringLiteral("the server did not say which API version it speaks");
        return false;
    }
    return true;
}

bool decodeVehiclePage(const QByteArray &bytes, VehiclePage *page, QString *problem)
{
    v1::ListVehiclesResponse message;
    if (!parse(bytes, &message, "vehicle list", problem))
        return false;
    page->vehicles.clear();
    page->vehicles.reserve(std::size_t(message.vehicles_size()));
    for (int i = 0; i < message.vehicles_size(); ++i) {
        const v1::Vehicle &in = message.vehicles(i);
        const QString where = QStringLiteral("vehicles[%1]").arg(i);
        Vehicle out;
        out.id = fromStd(in.id());
        if (out.id.isEmpty()) {
            *problem = QStringLiteral("%1.id is empty").arg(where);
            return false;
        }
        out.name = fromStd(in.name());
        out.model = fromStd(in.model());
        out.timeZone = fromStd(in.time_zone());
        out.batteryCapacityWh = in.battery_capacity_wh();
        out.group = fromStd(in.group());
        out.floorSocPercent = in.floor_soc_percent();
        out.policyVersion = in.policy_version();
        if (!decodeStatus(in.status(), &out.status, where + QStringLiteral(".status"), problem))
            return false;
        page->vehicles.push_back(std::move(out));
    }
    page->nextPageToken = fromStd(message.next_page_token());
    page->totalCount = message.total_count();
    return true;
}

bool decodeSession(const QByteArray &bytes, Session *session, QString *problem)
{
    v1::Session message;
    if (!parse(bytes, &message, "session", problem))
        return false;
    if (message.access_token().empty() || message.refresh_token().empty()) {
        *problem = QStringLiteral("the session has no tokens");
        return false;
    }
    auto instant = [](const google::protobuf::Timestamp &t) {
        return QDateTime::fromSecsSinceEpoch(t.seconds(), Qt::UTC);
    };
    session->accessToken = QByteArray::fromStdString(message.access_token());
    session->accessExpiresAt = instant(message.access_expires_at());
    session->refreshToken = QByteArray::fromStdString(message.refresh_token());
    session->refreshExpiresAt = instant(message.refresh_expires_at());
    session->account.id = fromStd(message.account().id());
    session->account.email = fromStd(message.account().email());
    session->account.displayName = fromStd(message.account().display_name());
    session->account.role = message.account().role();
    session->account.organisationId = fromStd(message.account().organisation_id());
    return true;
}

bool decodeVehiclePolicy(const QByteArray &bytes, VehiclePolicy *out, QString *problem)
{
    v1::VehiclePolicy message;
    if (!parse(bytes, &message, "vehicle policy", problem))
        return false;
    const QString invalid = policy::validatePolicy(message.policy());
    if (!invalid.isEmpty()) {
        *problem = invalid;
        return false;
    }
    out->vehicleId = fromStd(message.vehicle_id());
    out->version = message.version();
    out->policy = message.policy();
    return true;
}

bool decodeHistory(const QByteArray &bytes, std::vector<HistoryPoint> *points, QString *problem)
{
    v1::HistoryResponse message;
    if (!parse(bytes, &message, "history", problem))
        return false;
    points->clear();
    points->reserve(std::size_t(message.points_size()));
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int i = 0; i < message.points_size(); ++i) {
        const v1::StatusPoint &in = message.points(i);
        const qint64 start = in.start().seconds();
        if (start < MinTimestampSeconds || start > MaxTimestampSeconds || start <= previous) {
            *problem =
                QStringLiteral("points[%1].start is not a valid instant after the previous one")
                    .arg(i);
            return false;
        }
        if (in.minutes() <= 0 || !std::isfinite(in.soc_percent_avg()) ||
            !std::isfinite(in.soc_percent_min()) || !std::isfinite(in.soc_percent_max()) ||
            !std::isfinite(in.chip_temp_c_max()) || in.contributing_minutes() < 0 ||
            in.contributing_minutes() > in.minutes() || in.plugged_in_minutes() < 0 ||
            in.plugged_in_minutes() > in.minutes() || in.compute_energy_wh() < 0) {
            *problem = QStringLiteral("points[%1] has values out of range").arg(i);
            return false;
        }
        previous = start;
        HistoryPoint point;
        point.start = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        point.minutes = in.minutes();
        point.socPercentAvg = in.soc_percent_avg();
        point.socPercentMin = in.soc_percent_min();
        point.socPercentMax = in.soc_percent_max();
        point.contributingMinutes = in.contributing_minutes();
        point.pluggedInMinutes = in.plugged_in_minutes();
        point.computeEnergyWh = in.compute_energy_wh();
        point.chipTempCMax = in.chip_temp_c_max();
        points->push_back(point);
    }
    return true;
}

namespace {

void fillKey(const v1::VehicleKey &in, KeyInfo *out)
{
    out->keyId = fromStd(in.key_id());
    out->label = fromStd(in.label());
    out->role = in.role();
    out->addedAt = QDateTime::fromSecsSinceEpoch(in.added_at().seconds(), Qt::UTC);
    out->lastUsedAt = in.has_last_used_at()
                          ? QDateTime::fromSecsSinceEpoch(in.last_used_at().seconds(), Qt::UTC)
                          : QDateTime();
    out->revoked = in.revoked();
    out->publicKey = QByteArray::fromStdString(in.public_key());
}

} // namespace

bool decodeKey(const QByteArray &bytes, KeyInfo *key, QString *problem)
{
    v1::VehicleKey message;
    if (!parse(bytes, &message, "key", problem))
        return false;
    fillKey(message, key);
    if (key->keyId.isEmpty()) {
        *problem = QStringLiteral("the key has no id");
        return false;
    }
    return true;
}

bool decodeKeyList(const QByteArray &bytes, std::vector<KeyInfo> *keys, QString *problem)
{
    v1::KeyList message;
    if (!parse(bytes, &message, "key list", problem))
        return false;
    keys->clear();
    for (const auto &in : message.keys()) {
        KeyInfo key;
        fillKey(in, &key);
        keys->push_back(key);
    }
    return true;
}

bool decodePairing(const QByteArray &bytes, PairingInfo *pairing, QString *problem)
{
    v1::PairingStarted message;
    if (!parse(bytes, &message, "pairing", problem))
        return false;
    pairing->expiresAt = QDateTime::fromSecsSinceEpoch(message.expires_at().seconds(), Qt::UTC);
    pairing->triesLeft = message.tries_left();
    return true;
}

bool decodeCarScreen(const QByteArray &bytes, CarScreenInfo *screen, QString *problem)
{
    v1::CarScreen message;
    if (!parse(bytes, &message, "car screen", problem))
        return false;
    screen->text = fromStd(message.text());
    screen->pairingCode = fromStd(message.pairing_code());
    return true;
}

bool decodeCommandOutcome(const QByteArray &bytes, CommandOutcome *outcome, QString *problem)
{
    v1::CommandResult message;
    if (!parse(bytes, &message, "command result", problem))
        return false;
    switch (message.outcome()) {
    case v1::CommandResult::APPLIED:
        outcome->outcome = CommandOutcome::Applied;
        break;
    case v1::CommandResult::CONFLICT:
        outcome->outcome = CommandOutcome::Conflict;
        break;
    case v1::CommandResult::REJECTED:
        outcome->outcome = CommandOutcome::Rejected;
        break;
    default:
        *problem = QStringLiteral("the car's answer has no outcome");
        return false;
    }
    outcome->code = fromStd(message.code());
    outcome->message = fromStd(message.message());
    outcome->version = message.version();
    outcome->currentPolicy = message.current_policy();
    return true;
}

namespace {

EventInfo eventFrom(const v1::VehicleEvent &in)
{
    EventInfo event;
    event.at = QDateTime::fromSecsSinceEpoch(
        std::clamp<qint64>(in.at().seconds(), MinTimestampSeconds, MaxTimestampSeconds), Qt::UTC);
    event.kind =
        in.kind() >= 0 && in.kind() <= 11 ? EventInfo::Kind(int(in.kind())) : EventInfo::Unknown;
    for (const std::string &reason : in.reasons())
        event.reasons.append(fromStd(reason));
    event.socPercent = std::isfinite(in.soc_percent()) ? in.soc_percent() : 0;
    event.detail = fromStd(in.detail()).left(64);
    return event;
}

} // namespace

bool decodeEvents(const QByteArray &bytes, std::vector<EventInfo> *events, QString *problem)
{
    v1::EventsResponse message;
    if (!parse(bytes, &message, "events", problem))
        return false;
    events->clear();
    for (const auto &in : message.events())
        events->push_back(eventFrom(in));
    return true;
}

bool decodeStreamFrame(const QByteArray &bytes, StreamFrameInfo *frame, QString *problem)
{
    v1::StreamFrame message;
    if (!parse(bytes, &message, "stream frame", problem))
        return false;
    frame->sequence = message.sequence();
    if (message.has_hello()) {
        frame->kind = StreamFrameInfo::Hello;
        frame->latestSequence = message.hello().latest_sequence();
        frame->resumed = message.hello().resumed();
        frame->worldTime = instantOf(message.hello().world_time());
        return true;
    }
    if (message.sequence() == 0) {
        *problem = QStringLiteral("a stream frame has no sequence number");
        return false;
    }
    if (message.has_status()) {
        frame->kind = StreamFrameInfo::Status;
        frame->vehicleId = fromStd(message.status().vehicle_id());
        if (frame->vehicleId.isEmpty()) {
            *problem = QStringLiteral("a status frame names no vehicle");
            return false;
        }
        return decodeStatus(message.status().status(), &frame->status,
                            QStringLiteral("stream.status"), problem);
    }
    if (message.has_event()) {
        frame->kind = StreamFrameInfo::Event;
        frame->vehicleId = fromStd(message.event().vehicle_id());
        if (frame->vehicleId.isEmpty()) {
            *problem = QStringLiteral("an event frame names no vehicle");
            return false;
        }
        frame->event = eventFrom(message.event().event());
        return true;
    }
    *problem = QStringLiteral("a stream frame carries nothing this client knows");
    return false;
}

bool decodeAccountDetails(const QByteArray &bytes, v1::AccountDetails *details, QString *problem)
{
    return parse(bytes, details, "account", problem);
}

QByteArray encodeConsent(const QString &termsVersion, bool withdraw)
{
    v1::ConsentRequest request;
    request.set_terms_version(termsVersion.toStdString());
    request.set_withdraw(withdraw);
    return QByteArray::fromStdString(request.SerializeAsString());
}

QByteArray encodeDeleteAccount(const QString &password)
{
    v1::DeleteAccountRequest request;
    request.set_password(password.toStdString());
    return QByteArray::fromStdString(request.SerializeAsString());
}

QByteArray encodeSignedCommand(const QByteArray &command, const QByteArray &signature,
                               const QByteArray &certificate)
{
    v1::SignedCommand message;
    message.set_command(command.toStdString());
    message.set_signature(signature.toStdString());
    if (!certificate.isEmpty() && !message.mutable_certificate()->ParseFromArray(
                                      certificate.constData(), int(certificate.size())))
        message.clear_certificate();
    return QByteArray::fromStdString(message.SerializeAsString());
}

QByteArray encodePairingRequest(const QByteArray &publicKey, const QString &label)
{
    v1::PairingRequest request;
    request.set_public_key(publicKey.toStdString());
    request.set_label(label.toStdString());
    return QByteArray::fromStdString(request.SerializeAsString());
}

QByteArray encodePairingConfirmation(const QByteArray &publicKey, const QString &code)
{
    v1::PairingConfirmation confirmation;
    confirmation.set_public_key(publicKey.toStdString());
    confirmation.set_code(code.toStdString());
    return QByteArray::fromStdString(confirmation.SerializeAsString());
}

QByteArray encodeLogin(const QString &email, const QString &password)
{
    v1::LoginRequest request;
    request.set_email(email.toStdString());
    request.set_password(password.toStdString());
    return QByteArray::fromStdString(request.SerializeAsString());
}

QByteArray encodeRefresh(const QByteArray &refreshToken)
{
    v1::RefreshRequest request;
    request.set_refresh_token(refreshToken.toStdString());
    return QByteArray::fromStdString(request.SerializeAsString());
}

bool decodeServerError(const QByteArray &bytes, ServerError *error)
{
    v1::Error message;
    if (!message.ParseFromArray(bytes.constData(), int(bytes.size())))
        return false;
    error->code = fromStd(message.code());
    error->message = fromStd(message.message());
    error->field = fromStd(message.field());
    return !error->code.isEmpty();
}

} // namespace idlefleet::client

namespace idlefleet::client {

bool decodeOrganisationSummary(const QByteArray &bytes, v1::OrganisationSummary *summary,
                               QString *problem)
{
    if (!parse(bytes, summary, "organisation summary", problem))
        return false;
    const int cars = summary->vehicle_count();
    auto outside = [cars](int count) {
        return count < 0 || count > cars;
    };
    if (cars < 0 || outside(summary->contributing_now()) || outside(summary->online_now()) ||
        outside(summary->driving_now()) || outside(summary->plugged_in_now())) {
        *problem = QStringLiteral("the organisation summary counts more cars than it has");
        return false;
    }
    for (const auto &reason : summary->blocking_reasons()) {
        if (reason.code().empty() || outside(reason.vehicles())) {
            *problem = QStringLiteral("the organisation summary has a bad reason count");
            return false;
        }
    }
    const auto checkCurrency = [&](const v1::OrganisationSummary::CurrencyTotals &currency,
                                   const QString &where) {
        if (!isCurrencyCode(QString::fromStdString(currency.currency()))) {
            *problem =
                QStringLiteral("%1 names a currency that is not an ISO 4217 code").arg(where);
            return false;
        }
        if (outside(currency.vehicles())) {
            *problem = QStringLiteral("%1 counts more cars than the organisation has").arg(where);
            return false;
        }
        if (!checkAmounts(currency.totals(), where, problem))
            return false;
        for (const auto &hour : currency.hours()) {
            if (!checkAmounts(hour.amounts(), where, problem))
                return false;
        }
        return true;
    };
    for (int i = 0; i < summary->currencies_size(); ++i) {
        if (!checkCurrency(summary->currencies(i),
                           QStringLiteral("the organisation summary's currencies[%1]").arg(i)))
            return false;
    }
    for (int i = 0; i < summary->groups_size(); ++i) {
        const auto &group = summary->groups(i);
        const QString where = QStringLiteral("the organisation summary's groups[%1]").arg(i);
        if (outside(group.vehicles()) || group.contributing_now() < 0 ||
            group.contributing_now() > group.vehicles()) {
            *problem = QStringLiteral("%1 counts more cars than it has").arg(where);
            return false;
        }
        for (const auto &currency : group.currencies()) {
            if (!checkCurrency(currency, where))
                return false;
        }
    }
    return true;
}

bool decodeTrace(const QByteArray &bytes, v1::EligibilityTrace *trace, QString *problem)
{
    if (!parse(bytes, trace, "eligibility trace", problem))
        return false;
    const double soc = trace->state().soc_percent();
    if (!std::isfinite(soc) || soc < 0 || soc > 100 ||
        !std::isfinite(trace->state().chip_temp_c())) {
        *problem = QStringLiteral("the eligibility trace has a state of charge outside 0..100");
        return false;
    }
    if (!QTimeZone(QByteArray::fromStdString(trace->time_zone())).isValid()) {
        *problem = QStringLiteral("the eligibility trace names an unknown time zone");
        return false;
    }
    const QString invalid = policy::validatePolicy(trace->policy());
    if (!invalid.isEmpty()) {
        *problem = QStringLiteral("the eligibility trace's policy is not valid: %1").arg(invalid);
        return false;
    }
    return true;
}

bool decodeDiagnostics(const QByteArray &bytes, v1::VehicleDiagnostics *diagnostics,
                       QString *problem)
{
    if (!parse(bytes, diagnostics, "vehicle diagnostics", problem))
        return false;
    if (diagnostics->vehicle_id().empty()) {
        *problem = QStringLiteral("the vehicle diagnostics name no vehicle");
        return false;
    }
    return true;
}

bool decodePolicyHistory(const QByteArray &bytes, v1::PolicyHistory *history, QString *problem)
{
    if (!parse(bytes, history, "policy history", problem))
        return false;
    for (const v1::PolicyRevision &revision : history->revisions()) {
        if (revision.version() <= 0) {
            *problem = QStringLiteral("the policy history has a version below 1");
            return false;
        }
    }
    return true;
}

} // namespace idlefleet::client
