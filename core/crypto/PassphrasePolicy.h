#pragma once

#include <QCoreApplication>
#include <QString>

namespace pacewise::crypto {

// A rough strength estimate for the passphrase chooser. It refuses only the obviously weak (short,
// common, one repeated character, a keyboard run); everything else gets an honest hint.
struct PassphraseAssessment {
    enum class Strength { TooWeak, Fair, Good, Strong };
    Strength strength = Strength::TooWeak;
    double estimatedBits = 0; // a crude upper bound, used for the meter only
    QString hint;             // translated, one sentence
    bool acceptable() const { return strength != Strength::TooWeak; }
};

class PassphrasePolicy {
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)

public:
    static constexpr int kMinLength = 8;
    static PassphraseAssessment assess(const QString& passphrase);
};

} // namespace pacewise::crypto
