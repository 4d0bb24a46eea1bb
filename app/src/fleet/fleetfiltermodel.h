#pragma once

#include "fleetvehiclemodel.h"

#include <QCollator>
#include <QDateTime>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QtQml/qqml.h>
#include <array>
#include <vector>

namespace idlefleet::app {

/// Tells QML tools about FleetFilterModel's base classes, which Qt 6.4's type files leave out
/// (as EarningsModel's header does for the table models).
struct SortFilterProxyModelForeign
{
    Q_GADGET
    QML_FOREIGN(QSortFilterProxyModel)
    QML_ANONYMOUS
};
struct AbstractProxyModelForeign
{
    Q_GADGET
    QML_FOREIGN(QAbstractProxyModel)
    QML_ANONYMOUS
};

/// The fleet table as the manager asks for it: sorted on any column (numbers as numbers, times
/// as times, text in the language's order) and filtered by group, state, reason, charge below
/// the floor, hours offline and a search in names and ids. Its source is a FleetVehicleModel.
///
/// Order and filters apply when they change, when the rows are replaced, and on reapply();
/// a refresh of the cars' statuses updates the rows where they are, so that the row under
/// the manager's pointer does not move away every few seconds. `outdated` tells the view that
/// the order or the filters no longer fit the newest values.
class FleetFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Only this group (exact), all when empty.
    Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY filtersChanged)
    /// Only cars in this FleetVehicleModel::State, all when -1.
    Q_PROPERTY(int vehicleState READ vehicleState WRITE setVehicleState NOTIFY filtersChanged)
    /// Only cars one of whose blocking reasons has this code (`below_min_soc`), all when empty.
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY filtersChanged)
    /// Only cars whose charge is below their policy's floor.
    Q_PROPERTY(bool belowFloor READ belowFloor WRITE setBelowFloor NOTIFY filtersChanged)
    /// Only cars not seen for more than this many hours (never seen counts), all when 0.
    Q_PROPERTY(int offlineHours READ offlineHours WRITE setOfflineHours NOTIFY filtersChanged)
    /// The instant offlineHours counts back from; the world's time at filtering when not set.
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY filtersChanged)
    /// Cars whose name or id contains this text, any case.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectedCountChanged)
    /// The rows changed since the order and the filters were applied (see reapply()).
    Q_PROPERTY(bool outdated READ outdated NOTIFY outdatedChanged)
    /// The column the rows are sorted by (-1: none) and which way, for the view's header.
    Q_PROPERTY(int sortedColumn READ sortedColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)

public:
    explicit FleetFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString group() const { return m_group; }
    void setGroup(const QString &group);
    int vehicleState() const { return m_state; }
    void setVehicleState(int state);
    QString reason() const { return m_reason; }
    void setReason(const QString &code);
    bool belowFloor() const { return m_belowFloor; }
    void setBelowFloor(bool belowFloor);
    int offlineHours() const { return m_offlineHours; }
    void setOfflineHours(int hours);
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    /// The collator text columns sort with; by default the default locale's (followed when it
    /// changes), case aside, numbers by value.
    void setCollator(const QCollator &collator);

    int count() const { return rowCount(); }
    int selectedCount() const { return m_fleet ? m_fleet->selectedCount() : 0; }
    bool outdated() const { return m_outdated; }

    int sortedColumn() const { return sortColumn(); }
    bool sortAscending() const { return sortOrder() == Qt::AscendingOrder; }
    /// Sorts by `column`; by the same column again, the other way.
    Q_INVOKABLE void sortBy(int column);
    /// Sorts and filters again with the rows' newest values.
    Q_INVOKABLE void reapply();
    /// Selects or deselects the car in this model's `row`.
    Q_INVOKABLE void setSelected(int row, bool selected);
    /// Flips the selection of the car in `row`.
    Q_INVOKABLE void toggleSelected(int row);
    /// The id of the car in this model's `row` (empty outside).
    Q_INVOKABLE QString vehicleIdAt(int row) const;
    /// Adds every row this model shows to the selection.
    Q_INVOKABLE void selectAllVisible();
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE QStringList selectedIds() const;

Q_SIGNALS:
    void sortChanged();
    void filtersChanged();
    void countChanged();
    void selectedCountChanged();
    void outdatedChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Applies changed filters: the wall clock is read once per pass, not once per row.
    void refilter();
    void setOutdated(bool outdated);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    /// Drops the ranks (another collation).
    void forgetSortKeys();
    /// The rows changed: each column's ranks are checked against its texts before their next use.
    void recheckSortKeys();
    /// Takes the default locale's collation when it changed (unless a collator was set).
    void followLocale();
    /// Each row's place among the column's texts in the collator's order (equal texts share
    /// one): lessThan compares two ints instead of two strings.
    const std::vector<int> &textRanks(int column) const;
    /// What a text column's order depends on: the text, or the code a text is made from.
    static const QString &sortedText(const Vehicle &vehicle, int column);

    struct TextRanks
    {
        std::vector<QString> of; ///< per row, the sortedText() the rank was computed from
        std::vector<int> rank;
        bool check = false; ///< compare `of` with the rows before the next use
    };

    QPointer<FleetVehicleModel> m_fleet;
    QString m_group;
    int m_state = -1;
    QString m_reason;
    bool m_belowFloor = false;
    int m_offlineHours = 0;
    QDateTime m_now;
    qint64 m_nowMs = 0; // m_now or the world's time, fixed for one filter pass
    QString m_search;
    bool m_outdated = false;
    QCollator m_collator;
    bool m_collatorSet = false;
    mutable std::array<TextRanks, FleetVehicleModel::ColumnCount> m_text;
};

} // namespace idlefleet::app
