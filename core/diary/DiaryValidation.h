#pragma once

#include "diary/DiaryEntry.h"

#include <QCoreApplication>
#include <vector>

namespace pacewise::diary {

class DiaryCatalogue;

struct FieldIssue {
    QString field;   // the DiaryEntry member, e.g. "painWorst"
    QString message; // translated, names the field and the allowed values
};

class DiaryValidation {
    Q_DECLARE_TR_FUNCTIONS(DiaryValidation)

public:
    static constexpr int kMaxNoteLength = 4000;
    static std::vector<FieldIssue> validate(const DiaryEntry& entry,
                                            const DiaryCatalogue& catalogue);
};

} // namespace pacewise::diary
