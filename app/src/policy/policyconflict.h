#pragma once

#include "idlefleet/v1/policy.pb.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::app {

/// The car's policy changed elsewhere (another device, a fleet manager) since the version the
/// editor started from, while the person had edits of their own: both are kept until the person
/// chooses which one the car runs. Nothing is overwritten silently.
class PolicyConflict : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PolicyEditor")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    /// The version the car runs now.
    Q_PROPERTY(double theirVersion READ theirVersionNumber NOTIFY changed)
    /// Where it was found: `outbox` (the car refused a change) or `refresh` (a refetch).
    Q_PROPERTY(QString source READ source NOTIFY changed)
    /// What differs: [{field, label, mine, theirs}], in the order of the editor.
    Q_PROPERTY(QVariantList differences READ differences NOTIFY changed)

public:
    explicit PolicyConflict(QObject *parent = nullptr);

    void raise(const v1::Policy &mine, const v1::Policy &theirs, qint64 theirVersion,
               const QString &source);
    void clear();

    bool active() const { return m_active; }
    qint64 theirVersion() const { return m_theirVersion; }
    double theirVersionNumber() const { return double(m_theirVersion); }
    QString source() const { return m_source; }
    QVariantList differences() const { return m_differences; }
    const v1::Policy &theirs() const { return m_theirs; }

    /// Every field whose value differs between two policies, described for a person.
    static QVariantList describeDifferences(const v1::Policy &mine, const v1::Policy &theirs);

Q_SIGNALS:
    void changed();

private:
    bool m_active = false;
    qint64 m_theirVersion = 0;
    QString m_source;
    QVariantList m_differences;
    v1::Policy m_theirs;
};

} // namespace idlefleet::app
