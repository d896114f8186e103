#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace pacewise::ui {

// Reports when nobody has touched the application for a while: no key, mouse, wheel or touch
// input in any of its windows for `interval`. One per application; the profile locks on it.
class InactivityTimer : public QObject {
    Q_OBJECT

public:
    explicit InactivityTimer(QObject* parent = nullptr);
    ~InactivityTimer() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    bool isActive() const { return m_active; }

    void start(); // (re)starts counting from now
    void stop();

signals:
    void inactive();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};

} // namespace pacewise::ui
