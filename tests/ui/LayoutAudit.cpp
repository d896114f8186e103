#include "LayoutAudit.h"

#include <QDir>
#include <QFont>
#include <QFontInfo>
#include <functional>

namespace pacewise::ui::test {
namespace {

QString describe(QQuickItem* item) {
    const QString text = item->property("text").toString().left(40);
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(item->metaObject()->className()), text);
}

bool isText(QQuickItem* item) {
    return item->inherits("QQuickText") || item->inherits("QQuickTextInput") ||
           item->inherits("QQuickTextEdit");
}

void forEachVisible(QQuickItem* item, const std::function<void(QQuickItem*)>& visit) {
    if (!item->isVisible() || item->opacity() == 0)
        return;
    visit(item);
    const auto children = item->childItems();
    for (QQuickItem* child : children)
        forEachVisible(child, visit);
}

} // namespace

QStringList LayoutAudit::smallText(QQuickItem* root, int minimumPixels) const {
    QStringList found;
    if (!root)
        return found;
    forEachVisible(root, [&](QQuickItem* item) {
        if (!isText(item) || item->property("text").toString().isEmpty())
            return;
        const int pixels = QFontInfo(item->property("font").value<QFont>()).pixelSize();
        if (pixels < minimumPixels)
            found.append(QStringLiteral("%1: %2 px").arg(describe(item)).arg(pixels));
    });
    return found;
}

QStringList LayoutAudit::truncatedText(QQuickItem* root) const {
    QStringList found;
    if (!root)
        return found;
    forEachVisible(root, [&](QQuickItem* item) {
        if (item->inherits("QQuickText") && item->property("truncated").toBool())
            found.append(describe(item));
    });
    return found;
}

QStringList LayoutAudit::overflowing(QQuickItem* root) const {
    QStringList found;
    if (!root)
        return found;
    const qreal right = root->width() + 0.5;
    forEachVisible(root, [&](QQuickItem* item) {
        if (item == root || item->width() <= 0 || item->height() <= 0)
            return;
        // A text's bounding rectangle includes what it paints past its own width.
        const QRectF box = item->mapRectToItem(root, item->boundingRect());
        if (box.right() > right)
            found.append(QStringLiteral("%1 reaches %2 of %3")
                             .arg(describe(item))
                             .arg(box.right())
                             .arg(root->width()));
        else if (isText(item) && item->property("contentWidth").toReal() > item->width() + 1)
            found.append(QStringLiteral("%1 is wider than its box").arg(describe(item)));
    });
    return found;
}

} // namespace pacewise::ui::test
