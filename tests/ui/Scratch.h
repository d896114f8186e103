#pragma once

#include "profile/ProfileSession.h"

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
    // Opens a new profile in `session` (which must be locked or empty), as if just unlocked,
    // holding a made-up diary of about `days` days up to yesterday, and a last entry an hour
    // ago with pain now 3, average 3 and worst 8 (so that the next entry starts from it).
    Q_INVOKABLE void openProfileWithDiary(pacewise::ui::ProfileSession* session, int days);

private:
    QTemporaryDir m_root;
    int m_count = 0;
};

} // namespace pacewise::ui::test
