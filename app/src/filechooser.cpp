#include "filechooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QWindow>

namespace idlefleet::app {

FileChooser::FileChooser(QObject *parent)
    : QObject(parent)
{}

FileChooser::~FileChooser()
{
    // Later, not now: the dialog may be inside its own accept() (asking whether to replace).
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->close();
        m_dialog->deleteLater();
    }
}

void FileChooser::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT changed();
}

void FileChooser::setTitle(const QString &title)
{
    if (m_title == title)
        return;
    m_title = title;
    Q_EMIT changed();
}

void FileChooser::setNameFilters(const QStringList &filters)
{
    if (m_nameFilters == filters)
        return;
    m_nameFilters = filters;
    Q_EMIT changed();
}

void FileChooser::setDefaultSuffix(const QString &suffix)
{
    if (m_defaultSuffix == suffix)
        return;
    m_defaultSuffix = suffix;
    Q_EMIT changed();
}

bool FileChooser::isVisible() const
{
    return m_dialog && m_dialog->isVisible();
}

QString FileChooser::startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void FileChooser::open(const QString &suggestedName)
{
    close();
    // The widgets' dialog, not Qt Quick's: in Qt 6.4 that one labels saving "Open", appends a
    // typed absolute path to its folder and replaces a file without asking.
    auto *dialog = new QFileDialog(nullptr, m_title);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("fileChooserDialog"));
    dialog->setWindowModality(Qt::ApplicationModal);
    const QString folder =
        !m_lastFolder.isEmpty() && QFileInfo(m_lastFolder).isDir() ? m_lastFolder : startFolder();
    dialog->setDirectory(folder);
    if (!m_nameFilters.isEmpty())
        dialog->setNameFilters(m_nameFilters);
    if (m_mode == Save) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setLabelText(QFileDialog::Accept, tr("Save"));
        if (!m_defaultSuffix.isEmpty())
            dialog->setDefaultSuffix(m_defaultSuffix);
        if (!suggestedName.isEmpty())
            dialog->selectFile(suggestedName);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setLabelText(QFileDialog::Accept, tr("Open"));
    }
    dialog->setLabelText(QFileDialog::Reject, tr("Cancel"));
    // In front of the app's window.
    if (QWindow *window = QGuiApplication::focusWindow()) {
        dialog->winId();
        if (QWindow *handle = dialog->windowHandle())
            handle->setTransientParent(window);
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_lastFolder = QFileInfo(file).absolutePath();
        Q_EMIT accepted(QUrl::fromLocalFile(file));
    });
    connect(dialog, &QFileDialog::rejected, this, &FileChooser::rejected);
    connect(dialog, &QObject::destroyed, this, &FileChooser::visibleChanged);
    dialog->show();
    Q_EMIT visibleChanged();
}

void FileChooser::close()
{
    if (m_dialog)
        m_dialog->close();
}

} // namespace idlefleet::app
