#include "Scratch.h"

#include <QDir>

namespace pacewise::ui::test {

QString Scratch::newFolder() {
    return QDir(m_root.path()).filePath(QStringLiteral("profile-%1").arg(++m_count));
}

} // namespace pacewise::ui::test
