#include "LastDiaryEntry.h"

#include "DiaryWording.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "error/Error.h"
#include "profile/ProfileSession.h"

namespace pacewise::ui {

void LastDiaryEntry::componentComplete() {
    m_complete = true;
    refresh();
}

void LastDiaryEntry::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        refresh();
}

void LastDiaryEntry::refresh() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    bool exists = false;
    QString text;
    if (db) {
        try {
            const diary::DiaryCatalogue& content = diary::DiaryCatalogue::current();
            const std::optional<diary::DiaryEntry> last = diary::DiaryStore(*db, content).latest();
            exists = last.has_value();
            text = last ? tr("%1 at %2: %3")
                              .arg(DiaryWording::dayText(last->recordedAt, QDate::currentDate()),
                                   DiaryWording::timeText(last->recordedAt),
                                   DiaryWording::summary(*last, content))
                        : tr("No diary entries yet. Your first one takes less than a minute.");
        } catch (const Error& error) {
            text = error.message();
        }
    }
    if (exists == m_exists && text == m_text)
        return;
    m_exists = exists;
    m_text = text;
    emit changed();
}

} // namespace pacewise::ui
