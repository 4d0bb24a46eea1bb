#include "navigation.h"

#include <QJSEngine>
#include <QKeySequence>
#include <QMetaEnum>

namespace idlefleet::app {
namespace {

Navigation *s_instance = nullptr;

} // namespace

Navigation::Navigation(QObject *parent)
    : QObject(parent)
    , m_pages(pagesFor(QStringLiteral("owner")))
{
    Q_ASSERT(!s_instance);
    s_instance = this;
}

Navigation::~Navigation()
{
    s_instance = nullptr;
}

Navigation *Navigation::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Navigation *Navigation::instance()
{
    return s_instance;
}

QString Navigation::name(Page page)
{
    return QString::fromLatin1(QMetaEnum::fromType<Page>().valueToKey(page));
}

std::optional<Navigation::Page> Navigation::fromName(const QString &name)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Page>().keyToValue(name.toLatin1().constData(), &ok);
    if (!ok)
        return std::nullopt;
    return Page(value);
}

QStringList Navigation::names()
{
    const QMetaEnum pages = QMetaEnum::fromType<Page>();
    QStringList all;
    for (int i = 0; i < pages.keyCount(); ++i)
        all.append(QString::fromLatin1(pages.key(i)));
    return all;
}

QList<Navigation::Page> Navigation::pagesFor(const QString &role)
{
    if (role == QLatin1String("fleet"))
        return {Fleet, FleetTable, FleetBulk, Dashboard, Earnings, Diagnostics, Access, Settings};
    if (role == QLatin1String("support"))
        return {Diagnostics, Settings};
    return {Dashboard, Policy, Earnings, Access, Onboarding, Settings, Diagnostics};
}

QStringList Navigation::namesFor(const QString &role)
{
    QStringList all;
    for (const Page page : pagesFor(role))
        all.append(name(page));
    return all;
}

void Navigation::setPage(Page page)
{
    if (m_page == page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
}

void Navigation::setRole(const QString &role)
{
    const QList<Page> pages = pagesFor(role);
    if (pages != m_pages) {
        m_pages = pages;
        Q_EMIT pagesChanged();
    }
    // A role opens on its own pages: a page of another role's is not offered.
    if (!m_pages.contains(m_page))
        setPage(m_pages.constFirst());
}

void Navigation::setFocusField(const QString &field)
{
    if (m_focusField == field)
        return;
    m_focusField = field;
    Q_EMIT focusFieldChanged();
}

void Navigation::setPageBusy(bool busy)
{
    if (m_pageBusy == busy)
        return;
    m_pageBusy = busy;
    Q_EMIT pageBusyChanged();
}

void Navigation::navigate(Page page, const QString &field)
{
    setFocusField(field);
    setPage(page);
}

QString Navigation::shortcut(int index)
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)).toString(QKeySequence::NativeText);
}

QVariantList Navigation::pagesForQml() const
{
    QVariantList all;
    for (const Page page : m_pages)
        all.append(int(page));
    return all;
}

} // namespace idlefleet::app
