#include "AccessibilityAudit.h"

#include <QAccessible>
#include <QQuickWindow>

namespace pacewise::ui::test {
namespace {

bool isInteractive(QAccessible::Role role) {
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::ComboBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::ScrollBar:
        return true;
    default:
        return false;
    }
}

QString describeItem(QQuickItem* item) {
    QStringList path;
    for (QQuickItem* i = item; i; i = i->parentItem()) {
        if (!i->objectName().isEmpty()) {
            path.prepend(i->objectName());
            if (path.size() == 3)
                break;
        }
    }
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(item->metaObject()->className()),
                                         path.join(QLatin1Char('/')));
}

void collect(QQuickItem* item, QStringList& unnamed) {
    if (!item->isVisible())
        return;
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
    const bool control = item->activeFocusOnTab() || (iface && isInteractive(iface->role()));
    if (control && (!iface || iface->text(QAccessible::Name).trimmed().isEmpty()))
        unnamed.append(describeItem(item));
    const auto children = item->childItems();
    for (QQuickItem* child : children)
        collect(child, unnamed);
}

void collectTexts(QAccessibleInterface* iface, const QObject* except, QStringList& texts,
                  int depth) {
    if (!iface || !iface->isValid() || depth > 200)
        return;
    if (except && iface->object() == except)
        return;
    for (const QAccessible::Text kind :
         {QAccessible::Name, QAccessible::Value, QAccessible::Description, QAccessible::Help}) {
        const QString text = iface->text(kind);
        if (!text.isEmpty())
            texts.append(text);
    }
    if (QAccessibleTextInterface* content = iface->textInterface()) {
        const QString text = content->text(0, content->characterCount());
        if (!text.isEmpty())
            texts.append(text);
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectTexts(iface->child(i), except, texts, depth + 1);
}

} // namespace

QStringList AccessibilityAudit::readableTexts(QQuickItem* root, QQuickItem* except) const {
    QStringList texts;
    if (!root)
        return texts;
    // From the window, as a screen reader starts: items without an accessible role of their own
    // (a page's content item) have no interface, but their accessible children are the window's.
    QObject* start = root->window() ? static_cast<QObject*>(root->window()) : root;
    collectTexts(QAccessible::queryAccessibleInterface(start), except, texts, 0);
    return texts;
}

QStringList AccessibilityAudit::unnamedControls(QQuickItem* root) const {
    QStringList unnamed;
    if (root)
        collect(root, unnamed);
    return unnamed;
}

QVariantMap AccessibilityAudit::describe(QQuickItem* item) const {
    QAccessibleInterface* iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    if (!iface)
        return {};
    QAccessibleTextInterface* content = iface->textInterface();
    return {
        {QStringLiteral("name"), iface->text(QAccessible::Name)},
        {QStringLiteral("value"), iface->text(QAccessible::Value)},
        {QStringLiteral("text"), content ? content->text(0, content->characterCount()) : QString()},
        {QStringLiteral("passwordEdit"), bool(iface->state().passwordEdit)},
        {QStringLiteral("checkable"), bool(iface->state().checkable)},
        {QStringLiteral("checked"), bool(iface->state().checked)},
        {QStringLiteral("role"), int(iface->role())},
    };
}

} // namespace pacewise::ui::test
