#pragma once

#include <QSqlQuery>
#include <QVariant>

namespace idlefleet {

/// The value SQLite stores for `value`: text and bytes as they are, never SQL NULL. Qt binds a
/// null QString (an empty join, a default-constructed name) or a null QByteArray as NULL, which a
/// NOT NULL column refuses and rolls the whole write back; here they become '' and an empty blob.
/// Only an invalid QVariant stays NULL. A bool becomes the integer 0 or 1 its column holds.
QVariant sqlValue(const QVariant &value);

/// Binds `value` to the next positional placeholder of `query`, as sqlValue() stores it. Every
/// write of the local store and of the backend's store binds through this.
inline void bindValue(QSqlQuery &query, const QVariant &value)
{
    query.addBindValue(sqlValue(value));
}

/// Binds each value in turn to the next positional placeholders of `query`.
inline void bindValues(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        bindValue(query, value);
}

} // namespace idlefleet
