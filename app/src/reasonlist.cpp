#include "reasonlist.h"

#include "preferences.h"
#include "reasons.h"

namespace idlefleet::app {

ReasonList::ReasonList(QObject *parent)
    : QObject(parent)
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, &ReasonList::labelsChanged);
}

ReasonList *ReasonList::create(QQmlEngine *, QJSEngine *)
{
    return new ReasonList; // the engine owns it
}

QStringList ReasonList::codes() const
{
    return Reasons::codes();
}

QStringList ReasonList::labels() const
{
    QStringList all;
    for (const QString &code : Reasons::codes())
        all.append(Reasons::label(code));
    return all;
}

QString ReasonList::label(const QString &code) const
{
    return Reasons::label(code);
}

QString ReasonList::field(const QString &code) const
{
    return Reasons::field(code);
}

} // namespace idlefleet::app
