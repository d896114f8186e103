#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QStringList>
#include <QVariantMap>

namespace pacewise::ui::test {

// What assistive technology gets from the screens, read through QAccessible the way a screen
// reader does, so the Qt Quick tests can assert on it.
class AccessibilityAudit : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // The visible controls under `root` (anything reachable with Tab, and anything with an
    // interactive role) whose accessible name is empty, described for the failure message.
    Q_INVOKABLE QStringList unnamedControls(QQuickItem* root) const;
    // {name, value, text (its text interface's content), passwordEdit, checkable, checked, role}
    // of one item, as assistive technology sees it.
    Q_INVOKABLE QVariantMap describe(QQuickItem* item) const;
    // Every text assistive technology can read in the window showing `root`, walking the
    // accessibility tree as a screen reader does (ignored items are not in it): each element's
    // name, value, description, help and the content of its text interface. `except` (and what
    // is under it) is left out.
    Q_INVOKABLE QStringList readableTexts(QQuickItem* root, QQuickItem* except = nullptr) const;
};

} // namespace pacewise::ui::test
