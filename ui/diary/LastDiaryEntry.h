#pragma once

#include "profile/ProfileSession.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

namespace pacewise::ui {

// The last diary entry in one line, for the home page: "Today at 09:12: Pain 6 · Mood 6".
class LastDiaryEntry : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)

public:
    using QObject::QObject;

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    bool exists() const { return m_exists; }
    const QString& text() const { return m_text; }

    Q_INVOKABLE void refresh();

signals:
    void sessionChanged();
    void changed();

private:
    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    bool m_exists = false;
    QString m_text;
};

} // namespace pacewise::ui
