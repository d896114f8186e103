#include "OpenProfile.h"

#include "store/Profile.h"

#include <QDir>

namespace pacewise::ui::test {
namespace {

QString profileFolder(const QTemporaryDir& folder) {
    return QDir(folder.path()).filePath(QStringLiteral("profile"));
}

store::Profile::CreateOptions fastOptions() {
    store::Profile::CreateOptions options;
    options.iterations = 210'000; // the minimum: these tests are about the diary, not the KDF
    return options;
}

} // namespace

OpenProfile::OpenProfile()
    : session(profileFolder(folder), fastOptions()) {
    session.adoptOpenProfile(store::Profile::create(
        profileFolder(folder), QStringLiteral("quiet river walk 42"), fastOptions()));
}

diary::DiaryEntry entryAt(QDate date, int hour, int painNow, std::optional<int> painAverage) {
    diary::DiaryEntry e;
    e.recordedAt = QDateTime(date, QTime(hour, 0));
    e.painNow = painNow;
    e.painAverage = painAverage;
    return e;
}

} // namespace pacewise::ui::test
