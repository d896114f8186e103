#include "DiaryIntents.h"

namespace pacewise::ui {

DiaryIntents* DiaryIntents::s_instance = nullptr;

DiaryIntents::DiaryIntents(QObject* parent)
    : QObject(parent) {
    if (!s_instance)
        s_instance = this;
}

DiaryIntents::~DiaryIntents() {
    if (s_instance == this)
        s_instance = nullptr;
}

DiaryIntents* DiaryIntents::create(QQmlEngine*, QJSEngine*) {
    if (!s_instance)
        qFatal("DiaryIntents: main() must build the intents before QML uses them");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void DiaryIntents::requestNewEntry() {
    m_pending = true;
    emit newEntryRequested();
}

bool DiaryIntents::takePendingNewEntry() {
    const bool pending = m_pending;
    m_pending = false;
    return pending;
}

} // namespace pacewise::ui
