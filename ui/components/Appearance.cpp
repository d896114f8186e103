#include "Appearance.h"

#include <algorithm>

namespace pacewise::ui {

Appearance::Appearance(QObject* parent)
    : QObject(parent) {
    // "2", "2.0" and "200%" all mean twice the normal size.
    QString value = qEnvironmentVariable("PACEWISE_TEXT_SCALE").trimmed();
    const bool percent = value.endsWith(QLatin1Char('%'));
    if (percent)
        value.chop(1);
    bool ok = false;
    qreal fromEnvironment = value.toDouble(&ok);
    if (percent)
        fromEnvironment /= 100;
    if (ok)
        setTextScale(fromEnvironment);
}

void Appearance::setTextScale(qreal scale) {
    scale = std::clamp(scale, kMinTextScale, kMaxTextScale);
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    emit textScaleChanged();
}

} // namespace pacewise::ui
