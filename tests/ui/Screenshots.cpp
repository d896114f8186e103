#include "Screenshots.h"

#include <QDir>
#include <QImage>
#include <QQuickWindow>

namespace pacewise::ui::test {

bool Screenshots::take(QQuickItem* item, const QString& name) const {
    const QString folder = qEnvironmentVariable("PACEWISE_SCREENSHOTS");
    if (folder.isEmpty() || !item || !item->window())
        return false;
    QDir().mkpath(folder);
    return item->window()->grabWindow().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace pacewise::ui::test
