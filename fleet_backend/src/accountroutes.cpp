// AccountRoutes: the signed-in person's sessions and own data: consent, deletion.

#include "accountroutes.h"

#include "authservice.h"
#include "executor.h"
#include "idlefleet/v1/account.pb.h"
#include "idlefleet/v1/diagnostics.pb.h"
#include "idlefleet/v1/grants.pb.h"
#include "idlefleet/v1/keys.pb.h"
#include "livestream.h"
#include "passwordhash.h"
#include "policy/eligibility.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "store.h"

#include <QDateTime>

namespace idlefleet::backend {

void AccountRoutes::addTo(http::Server &server)
{
    AccessChecker &access = m_context.access;
    AuthService &auth = m_context.auth;
    server.route("POST", QStringLiteral("/v1/auth/login"),
                 [&auth](const http::Request &request) { return auth.login(request); });
    server.route("POST", QStringLiteral("/v1/auth/refresh"),
                 [&auth](const http::Request &request) { return auth.refresh(request); });
    // Everything else needs a signed-in account.
    server.route(
        "POST", QStringLiteral("/v1/auth/logout"),
        access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            http::Response response = m_context.auth.logout(request, account);
            const QByteArray digest = tokenDigest(request.header("authorization").mid(7).trimmed());
            m_context.stream.endSession(digest);
            m_context.others.tell(QStringLiteral("session_end"),
                                  QString::fromLatin1(digest.toHex()));
            return response;
        }));
    server.route(
        "POST", QStringLiteral("/v1/auth/password"),
        access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return http::afterwards(m_context.auth.changePassword(request, account),
                                    [this, id = account.id](http::Response &done) {
                                        // every other session ended with it
                                        if (done.status == 200) {
                                            m_context.stream.endAccount(id);
                                            m_context.others.tell(QStringLiteral("account_end"),
                                                                  id);
                                        }
                                    });
        }));
    // The person's own data: consent and deletion (the export is ExportRoutes').
    server.route(
        "GET", QStringLiteral("/v1/account"),
        access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return accountDetails(request, account);
        }));
    server.route(
        "POST", QStringLiteral("/v1/account/consent"),
        access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return recordConsent(request, account);
        }));
    server.route(
        "POST", QStringLiteral("/v1/account/delete"),
        access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return http::afterwards(
                deleteAccount(request, account), [this, id = account.id](http::Response &done) {
                    if (done.status < 300) {
                        m_context.stream.endAccount(id);
                        m_context.others.tell(QStringLiteral("account_end"), id);
                    }
                });
        }));
}

void AccountRoutes::fillAccountDetails(const Store &store, v1::AccountDetails *out,
                                       const AccountRecord &account)
{
    v1::Account *who = out->mutable_account();
    who->set_id(account.id.toStdString());
    who->set_email(account.email.toStdString());
    who->set_display_name(account.displayName.toStdString());
    who->set_role(v1::Role(account.role));
    who->set_organisation_id(account.organisationId.toStdString());
    for (const AccountRepository::ConsentRecord &record : store.accounts().consentsOf(account.id)) {
        v1::Consent *consent = out->add_consents();
        consent->set_terms_version(record.termsVersion.toStdString());
        setMs(consent->mutable_accepted_at(), record.atMs);
        consent->set_withdrawn(record.withdrawn);
    }
}

http::Response AccountRoutes::accountDetails(const http::Request &, const AccountRecord &account)
{
    return m_context.executor.read([account](const Store &store) {
        v1::AccountDetails details;
        fillAccountDetails(store, &details, account);
        return protobufResponse(details);
    });
}

http::Response AccountRoutes::recordConsent(const http::Request &request,
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
    const bool withdraw = consent.withdraw();
    return m_context.executor.writeThen<std::optional<v1::AccountDetails>>(
        [account, terms, withdraw](Store &store) -> std::optional<v1::AccountDetails> {
            if (!store.accounts().insertConsent(account.id, terms,
                                                QDateTime::currentMSecsSinceEpoch(), withdraw))
                return std::nullopt;
            v1::AccountDetails details;
            fillAccountDetails(store, &details, account);
            return details;
        },
        [this, account, withdraw](std::optional<v1::AccountDetails> details) {
            if (!details)
                return errorResponse(500, QStringLiteral("storage_failed"),
                                     QStringLiteral("the consent could not be kept; nothing "
                                                    "changed"));
            // The backend enforces it (spec/ledger.md): the person's cars contribute only with
            // it.
            if (account.role == v1::ROLE_OWNER) {
                m_context.simulator.setOwnerConsent(account.email, !withdraw);
                m_context.others.tell(QStringLiteral("consent"), account.email,
                                      withdraw ? QStringLiteral("0") : QStringLiteral("1"));
            }
            return protobufResponse(*details);
        });
}

http::Response AccountRoutes::deleteAccount(const http::Request &request,
                                            const AccountRecord &account)
{
    v1::DeleteAccountRequest confirm;
    http::Response bad;
    if (!parseProtobufBody(request, &confirm, &bad))
        return bad;
    // Guesses count like failed sign-ins (AuthService's limits).
    return m_context.auth.checkPassword(
        request, account, confirm.password(), QStringLiteral("password"),
        QStringLiteral("the password is wrong; nothing was deleted"),
        [this](const AccountRecord &current, const QByteArray &) {
            QStringList cars;
            for (const SimulatedVehicle &vehicle : m_context.simulator.vehicles()) {
                if (current.role == v1::ROLE_OWNER &&
                    vehicle.owner.compare(current.email, Qt::CaseInsensitive) == 0)
                    cars.append(vehicle.id);
            }
            return m_context.executor.writeThen<http::Response>(
                [current, cars](Store &store) {
                    // Changed by another request since it was checked: nothing is deleted.
                    const auto now = store.accounts().accountById(current.id);
                    if (!now || now->password != current.password)
                        return errorResponse(403, QStringLiteral("wrong_password"),
                                             QStringLiteral("the password is wrong; nothing was "
                                                            "deleted"),
                                             QStringLiteral("password"));
                    QString error;
                    if (!store.accounts().deleteAccount(current.id, cars, &error))
                        return errorResponse(500, QStringLiteral("internal"),
                                             error.isEmpty() ? QStringLiteral("the account could "
                                                                              "not be deleted")
                                                             : error);
                    http::Response response;
                    response.status = 204;
                    return response;
                },
                [this, cars](http::Response response) {
                    if (response.status != 204)
                        return response;
                    for (const QString &id : std::as_const(cars)) {
                        m_context.simulator.removeVehicle(id);
                        m_context.others.tell(QStringLiteral("removed"), id);
                    }
                    return response;
                });
        });
}

} // namespace idlefleet::backend
