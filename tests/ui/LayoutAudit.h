#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QStringList>

namespace pacewise::ui::test {

// What a person with large text on a small screen would run into: text smaller than promised,
// text cut off, things sticking out of the window.
class LayoutAudit : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // Visible text under `root` rendered smaller than `minimumPixels`.
    Q_INVOKABLE QStringList smallText(QQuickItem* root, int minimumPixels) const;
    // Visible text under `root` that is elided or otherwise truncated.
    Q_INVOKABLE QStringList truncatedText(QQuickItem* root) const;
    // Visible items under `root` that reach past its right edge (horizontal clipping), and
    // text wider than its own box.
    Q_INVOKABLE QStringList overflowing(QQuickItem* root) const;
};

} // namespace pacewise::ui::test
