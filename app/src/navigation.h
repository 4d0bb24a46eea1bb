#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

class QJSEngine;
class QQmlEngine;

namespace idlefleet::app {

/// Which page is on screen, which pages the signed-in person's role has, and what a link asked
/// the page to show. One instance, made by main() before the window (and by a test before its
/// app); AppState tells it the role once signed in.
class Navigation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Page page READ page WRITE setPage NOTIFY pageChanged)
    /// The pages of the role, in the order of the navigation (Navigation.Page values).
    Q_PROPERTY(QVariantList pages READ pagesForQml NOTIFY pagesChanged)
    /// What a link asked the page to show (a policy field, `reason:CODE` or `group:NAME` for the
    /// vehicle table), cleared by the page once shown.
    Q_PROPERTY(QString focusField READ focusField WRITE setFocusField NOTIFY focusFieldChanged)
    /// The page on screen is still loading its own data (screenshots and tests wait for it).
    Q_PROPERTY(bool pageBusy READ pageBusy WRITE setPageBusy NOTIFY pageBusyChanged)

public:
    enum Page
    {
        Dashboard,
        Policy,
        Earnings,
        Access,
        Onboarding,
        Settings,
        Fleet,
        FleetTable,
        FleetBulk,
        Diagnostics,
    };
    Q_ENUM(Page)

    /// No default for `parent`: QML (Qt 6.4) would make a singleton of its own with a default
    /// constructor instead of asking create() for this one.
    explicit Navigation(QObject *parent);
    ~Navigation() override;

    static Navigation *create(QQmlEngine *, QJSEngine *);
    /// The one instance (null before main() or a test made it).
    static Navigation *instance();

    /// A page's name, as --page and the screenshots' file names write it ("FleetTable").
    static QString name(Page page);
    static std::optional<Page> fromName(const QString &name);
    /// Every page's name (what --page accepts).
    static QStringList names();
    /// The pages a role sees, in the order of its navigation: an owner's cars, a fleet
    /// manager's organisation, a support engineer's granted cars.
    static QList<Page> pagesFor(const QString &role);
    static QStringList namesFor(const QString &role);

    Page page() const { return m_page; }
    void setPage(Page page);
    QList<Page> pages() const { return m_pages; }
    /// The signed-in person's role (owner, fleet or support): its pages, and its first page
    /// when the one on screen is not among them.
    void setRole(const QString &role);
    QString focusField() const { return m_focusField; }
    void setFocusField(const QString &field);
    bool pageBusy() const { return m_pageBusy; }
    void setPageBusy(bool busy);

    /// Opens `page`, showing `field` there when given (a reason's link to its setting).
    Q_INVOKABLE void navigate(idlefleet::app::Navigation::Page page, const QString &field = {});
    /// The shortcut that opens the page at `index` of the navigation (Ctrl+1...), as the
    /// desktop writes it in the language in use ("Strg+1" in German).
    Q_INVOKABLE static QString shortcut(int index);

Q_SIGNALS:
    void pageChanged();
    void pagesChanged();
    void focusFieldChanged();
    void pageBusyChanged();

private:
    QVariantList pagesForQml() const;

    Page m_page = Dashboard;
    QList<Page> m_pages;
    QString m_focusField;
    bool m_pageBusy = false;
};

} // namespace idlefleet::app
