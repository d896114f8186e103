#pragma once

#include "diary/DiaryEntry.h"
#include "profile/ProfileSession.h"

#include <QDate>
#include <QTemporaryDir>

namespace pacewise::ui::test {

// A fresh profile, open in a ProfileSession, for the view-model tests: what the screens see
// after unlocking, without the 0.4 s key derivation of an unlock.
struct OpenProfile {
    QTemporaryDir folder;
    ProfileSession session;

    OpenProfile();
    store::Database& db() { return *session.database(); }
};

// An entry at `date` `hour`:00 local time with `painNow` (and an average pain if given).
diary::DiaryEntry entryAt(QDate date, int hour, int painNow, std::optional<int> painAverage = {});

} // namespace pacewise::ui::test
