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
    default:
        break;
    }
    return value;
}

} // namespace idlefleet
