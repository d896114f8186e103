#pragma once

#include <QObject>
#include <QQmlEngine>

namespace pacewise::ui {

// Requests to open a diary screen that come from outside the screens. The shell (Main.qml) is
// the only one that listens and decides what to show.
//
// Hook for reminders (a later issue): the reminder service, built in main(), gets this instance
// and calls requestNewEntry() when the person clicks "Fill in now" on a diary notification; the
// shell then opens the entry screen (after unlocking, if the profile is locked).
class DiaryIntents : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit DiaryIntents(QObject* parent = nullptr);
    ~DiaryIntents() override;

    // The instance main() built (there must be exactly one).
    static DiaryIntents* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);
    static DiaryIntents* instance() { return s_instance; }

    Q_INVOKABLE void requestNewEntry();
    // True when a request arrived while the profile was locked: the shell asks after unlocking.
    Q_INVOKABLE bool takePendingNewEntry();

signals:
    void newEntryRequested();

private:
    bool m_pending = false;
    static DiaryIntents* s_instance;
};

} // namespace pacewise::ui
