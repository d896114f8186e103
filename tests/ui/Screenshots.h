#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>

namespace pacewise::ui::test {

// Pictures of the screens for people to look at: when PACEWISE_SCREENSHOTS names a folder, the
// journeys save the window there as they go (run under Xvfb for real fonts); otherwise nothing.
class Screenshots : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // Saves the window of `item` as <folder>/<name>.png; false when not asked for or it failed.
    Q_INVOKABLE bool take(QQuickItem* item, const QString& name) const;
};

} // namespace pacewise::ui::test
