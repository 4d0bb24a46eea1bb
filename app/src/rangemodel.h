#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::app {

/// The rows first .. first + length - 1 of its source model, in the source's order and with its
/// roles. A virtualised list of card rows gives each row one: only the rows on screen exist, and a
/// change to a car's row in the source reaches its card.
class RangeModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int first READ first WRITE setFirst NOTIFY rangeChanged)
    Q_PROPERTY(int length READ length WRITE setLength NOTIFY rangeChanged)

public:
    explicit RangeModel(QObject *parent = nullptr);

    int first() const { return m_first; }
    void setFirst(int first);
    int length() const { return m_length; }
    void setLength(int length);

Q_SIGNALS:
    void rangeChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_first = 0;
    int m_length = 0;
};

} // namespace idlefleet::app
