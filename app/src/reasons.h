#pragma once

#include "vehicle.h"

#include <QString>
#include <QStringList>

namespace idlefleet::app {

/// One catalogue of the reasons a car does not contribute: every code core's rules give
/// (policy::reasonCode) and the server's "offline", each with the words people read and the
/// setting that governs it. The dashboard's cards, the organisation's overview, the fleet table,
/// the support workspace, the tray and idlefleetctl all read it, so a reason reads the same
/// everywhere and a new rule is added in one place.
class Reasons
{
public:
    /// Who reads the sentence: the car's owner ("your settings") or someone looking after
    /// another person's or an organisation's car ("its settings").
    enum class Audience
    {
        Owner,
        Other
    };

    /// Every code, in the order a filter lists them: out of reach first, then core's rules in
    /// the order the policy contract gives them.
    static QStringList codes();
    static bool known(const QString &code);

    /// A few words for a table cell, a filter or a chart bar: "Outside the schedule".
    static QString label(const QString &code);
    /// A sentence for a card or a notification: "Outside your contribution schedule".
    static QString sentence(const QString &code, Audience audience = Audience::Owner);
    /// The policy field that governs it (PolicyEditorView reveals it), or empty.
    static QString field(const QString &code);
    /// What the reader can do about it, as a button says it, or empty: consent is the owner's
    /// alone to give.
    static QString action(const QString &code, Audience audience = Audience::Owner);
    /// The page that changes it: "Onboarding" for consent, "Policy" for a rule, else empty.
    static QString page(const QString &code);

    /// Whom an account of `role` (auth.proto's Role) is spoken to as: a fleet manager or support
    /// engineer of "its" car; anyone else as its owner (the app shows such an account the
    /// owner's pages too, AppState::accountRole).
    static Audience audienceFor(int role);
    /// Why a car in `status` does not contribute now, out of reach first: a car out of reach
    /// keeps the reasons it gave when last seen, which no longer say what holds it back.
    static QStringList codesOf(const VehicleStatus &status);
    /// Whether the car contributes now: it says so and is in reach.
    static bool contributingNow(const VehicleStatus &status);
};

} // namespace idlefleet::app
