#pragma once

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace idlefleet::app {

/// What the editor's lists (windows, tariff periods, departures) share: a count, the engine's
/// messages per row and field, and a signal for every change the person made through them.
class PolicyListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Every message of every row, one per line (empty: all rows are valid).
    Q_PROPERTY(QString errorSummary READ errorSummary NOTIFY errorsChanged)

public:
    explicit PolicyListModel(QObject *parent = nullptr);

    /// The engine's messages: row -> {field name -> message}. Rows not named have none.
    void setErrors(const std::vector<QVariantMap> &errors);
    QString errorSummary() const;
    /// The messages of one row, by field (`startMinute`).
    Q_INVOKABLE QVariantMap errorsAt(int row) const;

Q_SIGNALS:
    void countChanged();
    void errorsChanged();
    /// The person changed the list (not emitted when the editor loads a policy into it).
    void edited();

protected:
    /// The roles subclasses give their row's messages under.
    int m_errorsRole = 0; ///< QVariantMap field -> message
    int m_errorRole = 0;  ///< all of the row's messages, one line each
    QVariant errorData(int row, int role) const;
    /// Call after rows were inserted or removed: the messages are the editor's to renew.
    void rowsChangedShape();
    void changedRow(int row);
    bool validRow(int row) const { return row >= 0 && row < rowCount(); }

private:
    std::vector<QVariantMap> m_errors;
};

} // namespace idlefleet::app
