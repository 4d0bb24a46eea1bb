#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace idlefleet::app {

/// The reason catalogue (reasons.h) as QML reads it: the codes a filter offers and their labels,
/// which change with the language (a binding on `labels` follows it).
class ReasonList : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Reasons)
    QML_SINGLETON
    Q_PROPERTY(QStringList codes READ codes CONSTANT)
    Q_PROPERTY(QStringList labels READ labels NOTIFY labelsChanged)

public:
    explicit ReasonList(QObject *parent = nullptr);
    static ReasonList *create(QQmlEngine *, QJSEngine *);

    QStringList codes() const;
    /// `codes`' labels, in the same order, in the app's language.
    QStringList labels() const;

    /// The label of one code, for a cell or a chart bar.
    Q_INVOKABLE QString label(const QString &code) const;
    /// The policy field that governs `code` (PolicyEditorView reveals it), or empty.
    Q_INVOKABLE QString field(const QString &code) const;

Q_SIGNALS:
    void labelsChanged();
};

} // namespace idlefleet::app
