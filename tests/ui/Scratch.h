#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTemporaryDir>

namespace pacewise::ui::test {

// Fresh profile folders, removed with the QML engine.
class Scratch : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // A new, not yet existing folder path inside a temporary directory.
    Q_INVOKABLE QString newFolder();

private:
    QTemporaryDir m_root;
    int m_count = 0;
};

} // namespace pacewise::ui::test
