#include "InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace pacewise::ui {
namespace {

bool isUserInput(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::HoverMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

InactivityTimer::InactivityTimer(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_active)
            emit inactive();
    });
}

InactivityTimer::~InactivityTimer() {
    stop();
}

void InactivityTimer::setInterval(std::chrono::milliseconds interval) {
    m_timer.setInterval(interval);
    if (m_active)
        m_timer.start();
}

void InactivityTimer::start() {
    // An application-wide filter sees the input of every window, dialog and popup, so no screen
    // has to remember to report activity.
    if (!m_active && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_active = true;
    m_timer.start();
}

void InactivityTimer::stop() {
    if (m_active && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_active = false;
    m_timer.stop();
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event) {
    if (m_active && isUserInput(event->type()))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace pacewise::ui
