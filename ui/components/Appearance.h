#pragma once

#include <QObject>
#include <QQmlEngine>

namespace pacewise::ui {

// How the person wants the screens to look. For now only the text size: a factor from 1 to 3 on
// every size of the Theme, read from the environment variable PACEWISE_TEXT_SCALE (e.g. "2" for
// 200 %) until a setting writes it.
class Appearance : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)

public:
    static constexpr qreal kMinTextScale = 1.0;
    static constexpr qreal kMaxTextScale = 3.0;

    explicit Appearance(QObject* parent = nullptr);

    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale); // clamped to [kMinTextScale, kMaxTextScale]

signals:
    void textScaleChanged();

private:
    qreal m_textScale = 1.0;
};

} // namespace pacewise::ui
