#include "policydrafts.h"

#include <QHash>

namespace idlefleet::app::policydrafts {
namespace {

QHash<QString, PolicyDraft> &drafts()
{
    static QHash<QString, PolicyDraft> kept;
    return kept;
}

} // namespace

void keep(const QString &vehicleId, const PolicyDraft &draft)
{
    drafts().insert(vehicleId, draft);
}

std::optional<PolicyDraft> take(const QString &vehicleId)
{
    const auto it = drafts().constFind(vehicleId);
    if (it == drafts().constEnd())
        return std::nullopt;
    PolicyDraft draft = *it;
    drafts().erase(it);
    return draft;
}

void drop(const QString &vehicleId)
{
    drafts().remove(vehicleId);
}

} // namespace idlefleet::app::policydrafts
