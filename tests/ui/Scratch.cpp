#include "Scratch.h"

#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "store/Profile.h"

#include <QDir>
#include <vector>

namespace pacewise::ui::test {

QString Scratch::newFolder() {
    return QDir(m_root.path()).filePath(QStringLiteral("profile-%1").arg(++m_count));
}

void Scratch::openProfileWithDiary(ProfileSession* session, int days) {
    if (!session)
        return;
    store::Profile::CreateOptions options;
    options.iterations = 210'000;
    auto profile =
        store::Profile::create(newFolder(), QStringLiteral("quiet river walk 42"), options);
    diary::DiaryStore store(profile->database(), diary::DiaryCatalogue::current());
    const QDate today = QDate::currentDate();
    std::vector<diary::DiaryEntry> entries;
    for (int i = days; i >= 1; --i) {
        diary::DiaryEntry e;
        e.recordedAt = QDateTime(today.addDays(-i), QTime(9, 0));
        e.painNow = 2 + i % 6;
        e.mood = 4 + i % 4;
        e.sleepHours = 6 + (i % 5) * 0.5;
        e.activeMinutes = 20 + (i % 7) * 10;
        if (i % 3 == 0)
            e.triggers << QStringLiteral("stress");
        if (i % 4 == 0)
            e.copingSkills << QStringLiteral("breathing");
        entries.push_back(e);
    }
    store.saveAll(entries);
    diary::DiaryEntry last;
    last.recordedAt = QDateTime::currentDateTime().addSecs(-3600);
    last.painNow = 3;
    last.painAverage = 3;
    last.painWorst = 8;
    store.save(last);
    session->adoptOpenProfile(std::move(profile));
}

} // namespace pacewise::ui::test
