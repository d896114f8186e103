#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pacewise::cli {

// Where passphrases come from. Never from a command-line argument: those show up in `ps` and in
// shell history.
class PassphraseInput {
public:
    enum class Source { Terminal, File, Stdin };

    PassphraseInput(Source source, QString file = {});

    // The next passphrase. On a terminal it prompts with `prompt` and does not echo; from a file or
    // stdin it reads the next line. nullopt when there is none (the message says why).
    std::optional<QString> next(const QString& prompt);
    const QString& problem() const { return m_problem; }

private:
    bool loadLines();

    Source m_source;
    QString m_file;
    QStringList m_lines;
    bool m_loaded = false;
    QString m_problem;
};

} // namespace pacewise::cli
