#pragma once

#include "profile/ProfileSession.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace pacewise::ui::test {

// What the open profile queued for the clinic, for the Qt Quick tests to assert on.
class OutboxProbe : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // [{kind, priority}] of the outbox rows whose kind starts with `kindPrefix`, by kind.
    Q_INVOKABLE QVariantList rows(pacewise::ui::ProfileSession* session,
                                  const QString& kindPrefix) const;
};

} // namespace pacewise::ui::test
