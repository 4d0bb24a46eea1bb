#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QFileDialog;

namespace idlefleet::app {

/// The desktop's file dialog, for saving a file or opening one. A save dialog offers Save, starts
/// in the Documents folder (the home folder when there is none), takes a typed absolute path as it
/// is, adds the suffix when the name has none, and asks before it replaces a file.
class FileChooser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY changed)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY changed)
    /// "PDF files (*.pdf)" and the like; the first is chosen.
    Q_PROPERTY(QStringList nameFilters READ nameFilters WRITE setNameFilters NOTIFY changed)
    /// Added to a saved file's name that has no suffix, without the dot: "pdf".
    Q_PROPERTY(QString defaultSuffix READ defaultSuffix WRITE setDefaultSuffix NOTIFY changed)
    /// Shown open (for the window tests, which type into it).
    Q_PROPERTY(bool visible READ isVisible NOTIFY visibleChanged)

public:
    enum Mode
    {
        Save,
        Open
    };
    Q_ENUM(Mode)

    explicit FileChooser(QObject *parent = nullptr);
    ~FileChooser() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    QStringList nameFilters() const { return m_nameFilters; }
    void setNameFilters(const QStringList &filters);
    QString defaultSuffix() const { return m_defaultSuffix; }
    void setDefaultSuffix(const QString &suffix);
    bool isVisible() const;

    /// The folder a dialog starts in: Documents, or the home folder where there is none.
    static QString startFolder();

    /// Shows the dialog; for saving, with `suggestedName` (a file name without a folder) filled in.
    Q_INVOKABLE void open(const QString &suggestedName = {});
    Q_INVOKABLE void close();

Q_SIGNALS:
    void changed();
    void visibleChanged();
    /// The file chosen; for saving, one the person agreed to replace if it was there.
    void accepted(const QUrl &selectedFile);
    void rejected();

private:
    Mode m_mode = Save;
    QString m_title;
    QStringList m_nameFilters;
    QString m_defaultSuffix;
    QString m_lastFolder; ///< where the last file was chosen: the next dialog starts there
    QPointer<QFileDialog> m_dialog;
};

} // namespace idlefleet::app
