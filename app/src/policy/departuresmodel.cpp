#include "departuresmodel.h"

#include "policyformat.h"

namespace idlefleet::app {

DeparturesModel::DeparturesModel(QObject *parent)
    : PolicyListModel(parent)
{
    m_errorsRole = ErrorsRole;
    m_errorRole = ErrorRole;
}

int DeparturesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_departures.size());
}

QVariant DeparturesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !validRow(index.row()))
        return {};
    const v1::Departure &d = m_departures[std::size_t(index.row())];
    switch (role) {
    case DaysMaskRole:
        return d.days_mask();
    case MinuteRole:
        return d.minute();
    case SocPercentRole:
        return d.soc_percent();
    case SummaryRole:
        return tr("%1 at %2, %3 %")
            .arg(policytext::days(d.days_mask()), policytext::minute(d.minute()))
            .arg(d.soc_percent());
    case ErrorsRole:
    case ErrorRole:
        return errorData(index.row(), role);
    default:
        return {};
    }
}

QHash<int, QByteArray> DeparturesModel::roleNames() const
{
    return {{DaysMaskRole, "daysMask"}, {MinuteRole, "minute"}, {SocPercentRole, "socPercent"},
            {SummaryRole, "summary"},   {ErrorsRole, "errors"}, {ErrorRole, "error"}};
}

void DeparturesModel::setDepartures(
    const google::protobuf::RepeatedPtrField<v1::Departure> &departures)
{
    beginResetModel();
    m_departures.assign(departures.begin(), departures.end());
    rowsChangedShape();
    endResetModel();
}

void DeparturesModel::writeTo(v1::Policy *policy) const
{
    policy->clear_departures();
    for (const auto &departure : m_departures)
        *policy->add_departures() = departure;
}

int DeparturesModel::addDeparture()
{
    v1::Departure departure;
    departure.set_days_mask(31);
    departure.set_minute(450);
    departure.set_soc_percent(70);
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_departures.push_back(departure);
    rowsChangedShape();
    endInsertRows();
    Q_EMIT edited();
    return row;
}

bool DeparturesModel::removeDeparture(int row)
{
    if (!validRow(row))
        return false;
    beginRemoveRows({}, row, row);
    m_departures.erase(m_departures.begin() + row);
    rowsChangedShape();
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

bool DeparturesModel::change(int row, const std::function<void(v1::Departure &)> &edit)
{
    if (!validRow(row))
        return false;
    v1::Departure next = m_departures[std::size_t(row)];
    edit(next);
    if (next.SerializeAsString() == m_departures[std::size_t(row)].SerializeAsString())
        return true;
    m_departures[std::size_t(row)] = next;
    changedRow(row);
    return true;
}

bool DeparturesModel::setDay(int row, int day, bool on)
{
    if (day < 0 || day > 6 || !validRow(row))
        return false;
    const int mask = m_departures[std::size_t(row)].days_mask() & 127;
    const int next = mask == 0 ? 127 : mask;
    const int result = on ? next | (1 << day) : next & ~(1 << day);
    if (result == 0)
        return false; // the last day stays: no days would mean every day
    return change(row, [result](v1::Departure &d) { d.set_days_mask(result); });
}

bool DeparturesModel::setMinute(int row, int minute)
{
    return change(row, [minute](v1::Departure &d) { d.set_minute(minute); });
}

bool DeparturesModel::setSocPercent(int row, int socPercent)
{
    return change(row, [socPercent](v1::Departure &d) { d.set_soc_percent(socPercent); });
}

} // namespace idlefleet::app
