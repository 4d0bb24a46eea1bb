#include "reasons.h"

#include "policy/eligibility.h"

#include <QCoreApplication>
#include <array>

namespace idlefleet::app {
namespace {

/// The words of one reason, untranslated (QT_TRANSLATE_NOOP); translated() looks them up.
struct Entry
{
    const char *code;
    const char *field;
    const char *label;
    const char *toOwner;
    const char *toOther;
    const char *action;
};

// clang-format off
constexpr std::array<Entry, policy::ReasonCount + 1> Entries{{
    {"offline", "",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Out of reach"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Out of reach: the car is asleep or has no signal"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Out of reach: the car is asleep or has no signal"),
     ""},
    {"not_plugged_in", "requirePluggedIn",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Not plugged in"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Not plugged in, and your settings require it"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Not plugged in, and its settings require it"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Allow contributing unplugged")},
    {"outside_schedule", "windows",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Outside the schedule"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Outside your contribution schedule"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Outside its contribution schedule"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the schedule")},
    {"peak_tariff", "offPeakOnly",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Peak tariff"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Electricity is at its peak price and you allow only off-peak hours"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Electricity is at its peak price and its settings allow only off-peak hours"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the off-peak setting")},
    {"price_above_limit", "maxPriceMicrosPerKwh",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Price above the limit"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Electricity costs more than your price limit"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Electricity costs more than its price limit"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the price limit")},
    {"carbon_above_limit", "maxCarbonGramsPerKwh",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Carbon above the limit"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "The grid's electricity is above your carbon limit"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "The grid's electricity is above its carbon limit"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the carbon limit")},
    {"no_solar_surplus", "solarOnly",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "No solar surplus"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Not enough solar surplus, and you allow only solar power"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Not enough solar surplus, and its settings allow only solar power"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Allow power from the grid")},
    {"unprofitable", "requireProfitable",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Unprofitable"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Jobs would earn less than the electricity costs"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Jobs would earn less than the electricity costs"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the profit guard")},
    {"below_min_soc", "minSocPercent",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Battery floor reached"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "The battery reached your minimum charge"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "The battery reached its minimum charge"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the battery floor")},
    {"below_resume_soc", "resumeSocPercent",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Below the resume level"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Waiting for the battery to reach your resume level"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Waiting for the battery to reach its resume level"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the resume level")},
    {"departure_reserve", "departures",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Departure reserve"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Keeping charge for your next departure"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Keeping charge for the next departure"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the departures")},
    {"chip_too_hot", "maxChipTempC",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Computer too hot"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "The computer is too hot"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "The computer is too hot"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the temperature limit")},
    {"daily_energy_cap", "maxDailyWh",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Daily energy cap"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Today's energy limit is reached"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Today's energy limit is reached"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Change the daily energy limit")},
    {"paused", "pausedUntil",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Paused"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "You paused contributing"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Contributing is paused"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Resume or change the pause")},
    {"disabled", "enabled",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Switched off"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Contributing is switched off in your settings"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Contributing is switched off in its settings"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Switch contributing on")},
    {"driving", "",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Driving"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "The car is driving"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "The car is driving"),
     ""},
    {"no_consent", "consent",
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "No consent"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Your consent to take part is missing"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "The owner has not given consent to take part"),
     QT_TRANSLATE_NOOP("idlefleet::app::Reasons", "Give your consent")},
}};
// clang-format on

/// Every entry filled in: a reason core adds (ReasonCount grows) needs its words here.
constexpr bool everyEntryFilled()
{
    for (const Entry &candidate : Entries) {
        if (!candidate.code || !candidate.field || !candidate.label || !candidate.toOwner ||
            !candidate.toOther || !candidate.action)
            return false;
    }
    return true;
}
static_assert(everyEntryFilled(), "a reason without its words");

const Entry *entry(const QString &code)
{
    for (const Entry &candidate : Entries) {
        if (code == QLatin1String(candidate.code))
            return &candidate;
    }
    return nullptr;
}

constexpr const char *Context = "idlefleet::app::Reasons";

QString translated(const char *text)
{
    return *text ? QCoreApplication::translate(Context, text) : QString();
}

} // namespace

QStringList Reasons::codes()
{
    // Core's rules in the order the policy contract lists them, after the server's own.
    QStringList all{QStringLiteral("offline")};
    for (const policy::Reason reason : policy::ReasonOrder)
        all.append(QLatin1String(policy::reasonCode(reason)));
    return all;
}

bool Reasons::known(const QString &code)
{
    return entry(code) != nullptr;
}

QString Reasons::label(const QString &code)
{
    const Entry *found = entry(code);
    return found ? translated(found->label) : code;
}

QString Reasons::sentence(const QString &code, Audience audience)
{
    const Entry *found = entry(code);
    if (!found)
        return QCoreApplication::translate("idlefleet::app::Reasons",
                                           "Blocked by a rule this app does not know (%1)")
            .arg(code);
    return translated(audience == Audience::Owner ? found->toOwner : found->toOther);
}

QString Reasons::field(const QString &code)
{
    const Entry *found = entry(code);
    return found ? QString::fromLatin1(found->field) : QString();
}

QString Reasons::action(const QString &code, Audience audience)
{
    const Entry *found = entry(code);
    if (!found || (audience == Audience::Other && code == QLatin1String("no_consent")))
        return {};
    return translated(found->action);
}

QString Reasons::page(const QString &code)
{
    if (code == QLatin1String("no_consent"))
        return QStringLiteral("Onboarding"); // consent is given on the first steps
    return field(code).isEmpty() ? QString() : QStringLiteral("Policy");
}

Reasons::Audience Reasons::audienceFor(int role)
{
    constexpr int FleetManager = 2;
    constexpr int Support = 3;
    return role == FleetManager || role == Support ? Audience::Other : Audience::Owner;
}

QStringList Reasons::codesOf(const VehicleStatus &status)
{
    QStringList codes = status.blockingReasons;
    if (!status.online)
        codes.prepend(QStringLiteral("offline"));
    return codes;
}

bool Reasons::contributingNow(const VehicleStatus &status)
{
    return status.contributing && status.online;
}

} // namespace idlefleet::app
