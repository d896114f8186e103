#include "crypto/PassphrasePolicy.h"

#include <QFile>
#include <QSet>
#include <cmath>

namespace pacewise::crypto {
namespace {

// The list is data (resources/security/common-passphrases.txt), loaded once.
const QSet<QString>& commonPassphrases() {
    static const QSet<QString> list = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/pacewise/security/common-passphrases.txt"));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                    set.insert(line.toLower());
            }
        }
        return set;
    }();
    return list;
}

bool isRun(const QString& s) {
    // "12345678", "abcdefgh", "87654321": each character one step from the last.
    if (s.size() < 4)
        return false;
    const int step = s[1].unicode() - s[0].unicode();
    if (step != 1 && step != -1)
        return false;
    for (qsizetype i = 2; i < s.size(); ++i)
        if (s[i].unicode() - s[i - 1].unicode() != step)
            return false;
    return true;
}

} // namespace

PassphraseAssessment PassphrasePolicy::assess(const QString& passphrase) {
    PassphraseAssessment a;
    const QString p = passphrase.normalized(QString::NormalizationForm_C);
    const QString lower = p.toLower();
    const QSet<QChar> distinct(p.cbegin(), p.cend());

    if (p.size() < kMinLength) {
        a.hint = tr("Use at least %n characters. A short sentence is long and easy to remember.",
                    nullptr, kMinLength);
        return a;
    }
    if (distinct.size() <= 2 || isRun(lower)) {
        a.hint = tr("This is too easy to guess. Try a few words that mean something only to you.");
        return a;
    }
    if (commonPassphrases().contains(lower) || commonPassphrases().contains(lower.simplified())) {
        a.hint = tr("This is one of the most common passwords. Choose something of your own.");
        return a;
    }

    int pool = 0;
    bool lowerCase = false, upperCase = false, digit = false, other = false;
    for (QChar c : p) {
        lowerCase |= c.isLower();
        upperCase |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    pool += lowerCase ? 26 : 0;
    pool += upperCase ? 26 : 0;
    pool += digit ? 10 : 0;
    pool += other ? 33 : 0;
    // Repeated characters add little: count distinct characters at full weight, repeats at half.
    const double perChar = std::log2(std::max(pool, 10));
    a.estimatedBits =
        perChar * (double(distinct.size()) + 0.5 * double(p.size() - distinct.size()));

    if (a.estimatedBits < 40) {
        a.strength = PassphraseAssessment::Strength::Fair;
        a.hint = tr("Adding another word would make it much stronger.");
    } else if (a.estimatedBits < 60) {
        a.strength = PassphraseAssessment::Strength::Good;
        a.hint = tr("Write it down somewhere safe: it cannot be recovered if forgotten.");
    } else {
        a.strength = PassphraseAssessment::Strength::Strong;
        a.hint = tr("Write it down somewhere safe: it cannot be recovered if forgotten.");
    }
    return a;
}

} // namespace pacewise::crypto
