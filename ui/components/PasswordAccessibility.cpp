#include "PasswordAccessibility.h"

#include <QAccessible>
#include <QtQuick/private/qaccessiblequickitem_p.h>
#include <QtQuick/private/qquickitem_p.h>
#include <QtQuick/private/qquicktextinput_p.h>

namespace pacewise::ui {
namespace {

// Qt's interface for the item, with the value (which its text interface reads too: character
// count, text between offsets, at, before and after an offset) masked by the echo mode at the
// time of asking, so an input whose echo mode changes later is right either way.
class MaskedTextInputAccessible final : public QAccessibleQuickItem {
public:
    explicit MaskedTextInputAccessible(QQuickTextInput* input)
        : QAccessibleQuickItem(input) {}

    QString text(QAccessible::Text kind) const override {
        if (kind == QAccessible::Value) {
            const auto* input = static_cast<const QQuickTextInput*>(item());
            switch (input->echoMode()) {
            case QQuickTextInput::Normal:
                break;
            case QQuickTextInput::NoEcho:
                return {};
            case QQuickTextInput::Password:
            case QQuickTextInput::PasswordEchoOnEdit: {
                const QString mask = input->passwordCharacter();
                return QString(input->length(), mask.isEmpty() ? QChar(u'\u2022') : mask.front());
            }
            }
        }
        return QAccessibleQuickItem::text(kind);
    }
};

// Asked for each class of an object, most derived first: QQuickTextInput comes before
// QQuickItem, which is where Qt Quick's own factory answers.
QAccessibleInterface* textInputFactory(const QString& className, QObject* object) {
    if (className != QLatin1String("QQuickTextInput"))
        return nullptr;
    auto* input = qobject_cast<QQuickTextInput*>(object);
    // As Qt Quick's factory: no interface for an item that is not in the accessibility tree.
    if (!input || !QQuickItemPrivate::get(input)->isAccessible)
        return nullptr;
    return new MaskedTextInputAccessible(input);
}

} // namespace

void installPasswordAccessibility() {
    QAccessible::installFactory(textInputFactory); // once: Qt ignores a second install
}

} // namespace pacewise::ui
