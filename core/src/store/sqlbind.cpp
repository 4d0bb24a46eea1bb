#include "sqlbind.h"

#include <QByteArray>
#include <QString>

namespace idlefleet {

QVariant sqlValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        if (value.toString().isNull())
            return QVariant(QString(QLatin1String("")));
        break;
    case QMetaType::QByteArray:
        if (value.toByteArray().isNull())
            return QVariant(QByteArray(""));
        break;
    case QMetaType::Bool:
        // Flags are integer columns (0 or 1): PostgreSQL takes no boolean for a BIGINT.
        return QVariant(value.toBool() ? 1 : 0);
    default:
        break;
    }
    return value;
}

} // namespace idlefleet
