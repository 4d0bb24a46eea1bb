// FleetHttpServer: the signed-in person's own data: consent, export, deletion.

#include "httpserver.h"
#include "idlefleet/v1/account.pb.h"
#include "idlefleet/v1/diagnostics.pb.h"
#include "idlefleet/v1/grants.pb.h"
#include "idlefleet/v1/keys.pb.h"
#include "passwordhash.h"
#include "policy/eligibility.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "store.h"

#include <QDateTime>
#include <limits>
#include <map>

namespace idlefleet::backend {
namespace {

void setMs(google::protobuf::Timestamp *timestamp, qint64 ms)
{
    timestamp->set_seconds(ms / 1000);
    timestamp->set_nanos(int(ms % 1000) * 1000000);
}

} // namespace

void FleetHttpServer::fillAccountDetails(v1::AccountDetails *out,
                                         const AccountRecord &account) const
{
    v1::Account *who = out->mutable_account();
    who->set_id(account.id.toStdString());
    who->set_email(account.email.toStdString());
    who->set_display_name(account.displayName.toStdString());
    who->set_role(v1::Role(account.role));
    who->set_organisation_id(account.organisationId.toStdString());
    for (const Store::ConsentRecord &record : m_store.consentsOf(account.id)) {
        v1::Consent *consent = out->add_consents();
        consent->set_terms_version(record.termsVersion.toStdString());
        setMs(consent->mutable_accepted_at(), record.atMs);
        consent->set_withdrawn(record.withdrawn);
    }
}

http::Response FleetHttpServer::accountDetails(const http::Request &,
                                               const AccountRecord &account) const
{
    v1::AccountDetails details;
    fillAccountDetails(&details, account);
    return protobufResponse(details);
}

http::Response FleetHttpServer::recordConsent(const http::Request &request,
                                              const AccountRecord &account)
{
    v1::ConsentRequest consent;
    http::Response bad;
    if (!parseProtobufBody(request, &consent, &bad))
        return bad;
    const QString terms = QString::fromStdString(consent.terms_version()).trimmed();
    if (terms.isEmpty() || terms.size() > 64)
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("terms_version must name the terms agreed to"),
                             QStringLiteral("terms_version"));
    if (!m_store.insertConsent(account.id, terms, QDateTime::currentMSecsSinceEpoch(),
                               consent.withdraw()))
        return errorResponse(500, QStringLiteral("storage_failed"),
                             QStringLiteral("the consent could not be kept; nothing changed"));
    // The backend enforces it (spec/ledger.md): the person's cars contribute only with it.
    if (account.role == v1::ROLE_OWNER)
        m_simulator.setOwnerConsent(account.email, !consent.withdraw());
    return accountDetails(request, account);
}

http::Response FleetHttpServer::exportData(const http::Request &,
                                           const AccountRecord &account) const
{
    v1::DataExport out;
    setMs(out.mutable_exported_at(), QDateTime::currentMSecsSinceEpoch());
    fillAccountDetails(out.mutable_details(), account);
    for (const SimulatedVehicle &vehicle : m_simulator.vehicles()) {
        if (!maySee(account, vehicle))
            continue;
        v1::ExportedVehicle *car = out.add_vehicles();
        car->set_id(vehicle.id.toStdString());
        car->set_name(vehicle.name.toStdString());
        car->set_model(vehicle.model.toStdString());
        car->set_time_zone(vehicle.timeZone.toStdString());
        car->set_policy_version(vehicle.policyVersion);
        *car->mutable_policy() = vehicle.policy;
        car->set_currency(vehicle.currency().toStdString());
        for (const KeyRecord &key : m_store.keysOf(vehicle.id))
            fillVehicleKey(car->add_keys(), key);
        // Every session ever kept, each the sum of its ledger entries.
        constexpr qint64 Always = std::numeric_limits<qint64>::max();
        std::map<qint64, std::vector<LedgerEntry>> entriesBySession;
        for (LedgerEntry &e : m_store.entriesOfSessions(vehicle.id, 0, Always))
            entriesBySession[e.sessionStart].push_back(std::move(e));
        for (const LedgerSession &s : m_store.sessions(vehicle.id, 0, Always)) {
            v1::ContributionSession *session = car->add_sessions();
            session->mutable_start()->set_seconds(s.start);
            session->mutable_end()->set_seconds(s.end);
            v1::Amounts *a = session->mutable_amounts();
            for (const LedgerEntry &e : entriesBySession[s.start]) {
                a->set_energy_wh(a->energy_wh() + e.energyWh());
                a->set_grid_wh(a->grid_wh() + e.gridWh());
                a->set_battery_wh(a->battery_wh() + e.batteryWh());
                a->set_cost_micros(a->cost_micros() + e.costMicros());
                a->set_gross_micros(a->gross_micros() + e.grossMicros);
                a->set_owner_micros(a->owner_micros() + e.ownerMicros());
                a->set_net_micros(a->net_micros() + e.netMicros());
                a->set_contributing_minutes(a->contributing_minutes() + e.minutes);
                a->set_entries(a->entries() + 1);
            }
        }
        // The ledger itself, the jobs, the payouts, every policy the car ran, every minute kept
        // and the timeline made of them: everything the backend keeps about the car.
        for (const LedgerEntry &e : m_store.entries(vehicle.id, 0, Always)) {
            v1::LedgerEntry *entry = car->add_entries();
            entry->mutable_session_start()->set_seconds(e.sessionStart);
            entry->mutable_start()->set_seconds(e.start);
            entry->mutable_end()->set_seconds(e.end);
            entry->set_contributing_minutes(e.minutes);
            entry->set_energy_wh(e.energyWh());
            entry->set_grid_wh(e.gridWh());
            entry->set_battery_wh(e.batteryWh());
            entry->set_cost_micros(e.costMicros());
            entry->set_gross_micros(e.grossMicros);
            entry->set_share_basis_points(e.shareBasisPoints);
            entry->set_owner_micros(e.ownerMicros());
            entry->set_net_micros(e.netMicros());
            entry->set_currency(e.currency.toStdString());
        }
        for (const LedgerJob &j : m_store.jobs(vehicle.id, 0, Always)) {
            v1::Job *job = car->add_jobs();
            job->set_id(j.id.toStdString());
            job->set_kind(j.kind.toStdString());
            job->mutable_start()->set_seconds(j.start);
            job->mutable_end()->set_seconds(j.end);
            job->set_operations(j.operations);
            job->set_pay_micros(j.payMicros());
            job->set_failed(j.state == LedgerJob::Failed);
            job->set_running(j.state == LedgerJob::Running);
        }
        v1::PayoutsResponse payouts = payoutsOf(vehicle);
        for (v1::Payout &payout : *payouts.mutable_payouts())
            *car->add_payouts() = std::move(payout);
        for (const PolicyRevisionRecord &r : m_store.policyHistory(vehicle.id, 1000000)) {
            v1::PolicyRevision *revision = car->add_policy_history();
            revision->set_version(r.version);
            setMs(revision->mutable_applied_at(), r.appliedMs);
            *revision->mutable_policy() = r.policy;
            revision->set_key_id(r.keyId.toStdString());
        }
        const auto minutes = m_store.minutes(vehicle.id, 0, Always / 120);
        for (const Store::MinuteRow &m : minutes) {
            v1::StatusMinute *row = car->add_status_history();
            row->mutable_minute()->set_seconds(m.minute * 60);
            row->set_soc_centi_percent(m.socCenti);
            row->set_plugged_in(m.pluggedIn);
            row->set_contributing(m.contributing);
            row->set_online(m.online);
            row->set_job_failed(m.jobFailed);
            row->set_chip_deci_celsius(m.chipDeci);
            for (const QString &code : policy::reasonCodes(policy::ReasonSet(m.reasons)))
                row->add_reasons(code.toStdString());
        }
        if (!minutes.empty()) {
            for (v1::VehicleEvent &event :
                 eventsOf(vehicle, minutes.front().minute * 60, (minutes.back().minute + 1) * 60))
                *car->add_events() = std::move(event);
        }
        for (const GrantRecord &grant : m_store.grantsOfVehicle(vehicle.id))
            fillGrant(car->add_grants(), grant);
        for (const AuditRecord &entry : m_store.auditOf(vehicle.id, 1000000)) {
            v1::AuditEntry *e = car->add_audit();
            setMs(e->mutable_at(), entry.atMs);
            e->set_grant_id(entry.grantId.toStdString());
            if (const auto support = m_store.accountById(entry.accountId))
                e->set_support_email(support->email.toStdString());
            e->set_action(entry.action.toStdString());
        }
    }
    for (const GrantRecord &grant : m_store.grantsHeldBy(account.id))
        fillGrant(out.add_grants_held(), grant);
    return protobufResponse(out);
}

http::Response FleetHttpServer::deleteAccount(const http::Request &request,
                                              const AccountRecord &account)
{
    v1::DeleteAccountRequest confirm;
    http::Response bad;
    if (!parseProtobufBody(request, &confirm, &bad))
        return bad;
    if (!verifyPassword(QString::fromStdString(confirm.password()), account.password))
        return errorResponse(403, QStringLiteral("wrong_password"),
                             QStringLiteral("the password is wrong; nothing was deleted"),
                             QStringLiteral("password"));
    QStringList cars;
    for (const SimulatedVehicle &vehicle : m_simulator.vehicles()) {
        if (account.role == v1::ROLE_OWNER &&
            vehicle.owner.compare(account.email, Qt::CaseInsensitive) == 0)
            cars.append(vehicle.id);
    }
    QString error;
    if (!m_store.deleteAccount(account.id, cars, &error))
        return errorResponse(500, QStringLiteral("internal"), error);
    for (const QString &id : std::as_const(cars))
        m_simulator.removeVehicle(id);
    http::Response response;
    response.status = 204;
    return response;
}

} // namespace idlefleet::backend
