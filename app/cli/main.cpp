// pacewise-cli: the headless command line over the same core as the desktop app.
//
// Exit codes (sysexits.h):
//   0 success               64 usage error              65 damaged or foreign file
//   66 no profile there      70 internal error           73 cannot create (exists, not writable)
//   74 input/output error (disk full, unreadable)        77 wrong passphrase
#include "PassphraseInput.h"
#include "crypto/Kdf.h"
#include "crypto/PassphrasePolicy.h"
#include "crypto/ProcessHardening.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryCsv.h"
#include "diary/DiaryStore.h"
#include "error/Error.h"
#include "error/FileError.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "synthetic/SyntheticDiary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <chrono>
#include <limits>

using namespace pacewise;

namespace {

enum Exit : int {
    kOk = 0,
    kUsage = 64,
    kDataErr = 65,
    kNoInput = 66,
    kSoftware = 70,
    kCantCreate = 73,
    kIoErr = 74,
    kNoPerm = 77,
};

// One translation context for the command line, the same for lupdate and at run time.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(PacewiseCli)
};

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}
QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

int exitCodeFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::TooManyAttempts:
        return kNoPerm;
    case ErrorCode::WeakPassphrase:
        return kUsage;
    case ErrorCode::NotFound:
    case ErrorCode::NoProfile:
    case ErrorCode::KeyFileMissing:
    case ErrorCode::DatabaseMissing:
        return kNoInput;
    case ErrorCode::ProfileExists:
    case ErrorCode::NotWritable:
        return kCantCreate;
    case ErrorCode::InvalidInput:
    case ErrorCode::KeyFileDamaged:
    case ErrorCode::KeyFileNotOurs:
    case ErrorCode::KeyFileTooNew:
    case ErrorCode::DatabaseNotOurs:
    case ErrorCode::DatabaseDamaged:
    case ErrorCode::DatabaseTooNew:
        return kDataErr;
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
        return kIoErr;
    case ErrorCode::PlaintextSqlite:
    case ErrorCode::Crypto:
    case ErrorCode::Internal:
        return kSoftware;
    }
    return kSoftware;
}

struct Options {
    QString profile;
    QString csvFile;
    int years = 5;
    quint64 seed = 1;
    cli::PassphraseInput::Source source = cli::PassphraseInput::Source::Terminal;
    QString passphraseFile;
    store::Profile::CreateOptions create;
};

// A mistake in how the command was called: printed as it is, exit code 64.
struct UsageError {
    QString message;
};

QString readPassphrase(cli::PassphraseInput& input, const QString& prompt) {
    auto passphrase = input.next(prompt);
    if (!passphrase)
        throw UsageError{input.problem()};
    return *passphrase;
}

// A new passphrase: refused when weak; asked twice on a terminal, where a typo cannot be seen.
QString askNew(cli::PassphraseInput& input, bool terminal) {
    const QString first = readPassphrase(input, CliText::tr("New passphrase: "));
    const crypto::PassphraseAssessment assessment = crypto::PassphrasePolicy::assess(first);
    if (!assessment.acceptable())
        throw Error(ErrorCode::WeakPassphrase, assessment.hint);
    if (terminal && readPassphrase(input, CliText::tr("Repeat the new passphrase: ")) != first)
        throw UsageError{CliText::tr("The two passphrases are not the same. Nothing was changed.")};
    return first;
}

std::unique_ptr<store::Profile> unlock(const Options& options, cli::PassphraseInput& input) {
    return store::Profile::open(options.profile,
                                readPassphrase(input, CliText::tr("Passphrase: ")));
}

int runInit(const Options& options, cli::PassphraseInput& input, bool terminal) {
    auto profile = store::Profile::create(options.profile, askNew(input, terminal), options.create);
    out() << CliText::tr("Created an encrypted profile in %1")
                 .arg(QDir::toNativeSeparators(profile->directory()))
          << Qt::endl;
    out() << CliText::tr("Keep the passphrase somewhere safe: it cannot be recovered.") << Qt::endl;
    return kOk;
}

int runInfo(const Options& options, cli::PassphraseInput& input) {
    const crypto::KdfParams kdf = store::Profile::keyDerivation(options.profile);
    auto profile = unlock(options, input);
    const auto timings = profile->timings();
    const auto ms = [](std::chrono::microseconds us) {
        return QString::number(double(us.count()) / 1000.0, 'f', 1);
    };
    out()
        << CliText::tr("Profile:          %1").arg(QDir::toNativeSeparators(profile->directory()))
        << Qt::endl
        << CliText::tr("Profile id:       %1").arg(profile->profileId()) << Qt::endl
        << CliText::tr("Schema version:   %1 (this build: %2)")
               .arg(profile->schemaVersion())
               .arg(store::latestSchemaVersion())
        << Qt::endl
        << CliText::tr("SQLCipher:        %1").arg(profile->database().cipherVersion()) << Qt::endl
        << CliText::tr("Key derivation:   PBKDF2-HMAC-SHA512, %1 iterations, %2-byte salt")
               .arg(kdf.iterations)
               .arg(kdf.salt.size())
        << Qt::endl
        << CliText::tr("Unlock time:      %1 ms (key derivation %2 ms, the rest %3 ms)")
               .arg(ms(timings.total), ms(timings.keyDerivation),
                    ms(timings.total - timings.keyDerivation))
        << Qt::endl
        << CliText::tr("Diary entries:    %1")
               .arg(
                   diary::DiaryStore(profile->database(), diary::DiaryCatalogue::current()).count())
        << Qt::endl
        << CliText::tr("Waiting to sync:  %1")
               .arg(store::Outbox(profile->database()).pendingCount())
        << Qt::endl;
    return kOk;
}

int runChangePassphrase(const Options& options, cli::PassphraseInput& input, bool terminal) {
    const QString current = readPassphrase(input, CliText::tr("Current passphrase: "));
    const QString next = askNew(input, terminal);
    store::Profile::changePassphrase(options.profile, current, next, options.create);
    out() << CliText::tr("The passphrase was changed. Only the key file was rewritten.")
          << Qt::endl;
    return kOk;
}

int runGenerate(const Options& options, cli::PassphraseInput& input, bool terminal) {
    std::unique_ptr<store::Profile> profile =
        store::Profile::probe(options.profile) == store::Profile::State::Empty
            ? store::Profile::create(options.profile, askNew(input, terminal), options.create)
            : unlock(options, input);
    QElapsedTimer timer;
    timer.start();
    const synthetic::DiaryResult result = synthetic::generateDiary(
        profile->database(), {options.years, options.seed, QDate::currentDate()});
    out() << CliText::tr("Added %1 synthetic diary entries (%2 years, seed %3) in %4 ms.")
                 .arg(result.entries)
                 .arg(options.years)
                 .arg(options.seed)
                 .arg(timer.elapsed())
          << Qt::endl;
    return kOk;
}

int runExport(const Options& options, cli::PassphraseInput& input) {
    auto profile = unlock(options, input);
    diary::DiaryStore diary(profile->database(), diary::DiaryCatalogue::current());
    diary::DiaryStore::HistoryQuery all;
    all.includeDeleted = true;
    all.limit = std::numeric_limits<int>::max();
    const std::vector<diary::DiaryEntry> entries = diary.history(all);
    // Written next to the target and renamed into place: a failed export never leaves half a file.
    QSaveFile file(options.csvFile);
    if (!file.open(QIODevice::WriteOnly))
        throw fileError(file,
                        CliText::tr("The file %1 could not be written.").arg(options.csvFile));
    diary::DiaryCsv::write(entries, file);
    if (!file.commit())
        throw fileError(file,
                        CliText::tr("The file %1 could not be written.").arg(options.csvFile));
    out() << CliText::tr("Exported %1 diary entries to %2")
                 .arg(entries.size())
                 .arg(QDir::toNativeSeparators(options.csvFile))
          << Qt::endl;
    return kOk;
}

int runImport(const Options& options, cli::PassphraseInput& input) {
    QFile file(options.csvFile);
    if (!file.open(QIODevice::ReadOnly))
        throw fileError(file, CliText::tr("The file %1 could not be read.").arg(options.csvFile));
    std::vector<diary::DiaryEntry> entries = diary::DiaryCsv::read(file);
    auto profile = unlock(options, input);
    diary::DiaryStore diary(profile->database(), diary::DiaryCatalogue::current());
    // Entries already in the profile (same id) are left alone, so importing twice adds nothing.
    std::vector<diary::DiaryEntry> fresh;
    for (diary::DiaryEntry& e : entries) {
        if (!e.id.isEmpty() && diary.find(e.id))
            continue;
        e.deleted = false;
        fresh.push_back(std::move(e));
    }
    diary.saveAll(fresh);
    out() << CliText::tr("Imported %1 diary entries; %2 were already there.")
                 .arg(fresh.size())
                 .arg(entries.size() - fresh.size())
          << Qt::endl;
    return kOk;
}

} // namespace

int main(int argc, char* argv[]) {
    crypto::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pacewise"));
    QCoreApplication::setApplicationName(QStringLiteral("Pacewise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACEWISE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Pacewise command line.\n\nCommands:\n"
        "  init               create a new encrypted profile\n"
        "  info               unlock a profile and describe it\n"
        "  change-passphrase  re-wrap the profile's key under a new passphrase\n"
        "  generate           add a synthetic diary (--years N --seed S); creates the profile if "
        "needed\n"
        "  export             write the diary to --csv FILE\n"
        "  import             add the entries of --csv FILE that the profile does not have yet\n\n"
        "Exit codes: 0 success, 64 usage, 65 damaged or foreign file, 66 no profile, "
        "70 internal error, 73 cannot create, 74 input/output error, 77 wrong passphrase."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        CliText::tr("init, info, change-passphrase, generate, export or import"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        CliText::tr("The profile folder (default: %1).")
            .arg(QDir::toNativeSeparators(store::Profile::defaultDirectory())),
        CliText::tr("DIR"));
    const QCommandLineOption fileOption(
        QStringLiteral("passphrase-file"),
        CliText::tr("Read passphrases from FILE, one per line (current first)."),
        CliText::tr("FILE"));
    const QCommandLineOption stdinOption(
        QStringLiteral("passphrase-stdin"),
        CliText::tr("Read passphrases from standard input, one per line."));
    const QCommandLineOption iterationsOption(
        QStringLiteral("kdf-iterations"),
        CliText::tr(
            "Use N key-derivation iterations instead of calibrating to 0.4 s (at least %1; for "
            "tests and benchmarks).")
            .arg(crypto::KdfParams::kMinIterations),
        CliText::tr("N"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       CliText::tr("The CSV file to export to or import from."),
                                       CliText::tr("FILE"));
    const QCommandLineOption yearsOption(QStringLiteral("years"),
                                         CliText::tr("Years of synthetic diary (1-10, default 5)."),
                                         CliText::tr("N"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        CliText::tr("Seed of the synthetic diary (default 1)."),
                                        CliText::tr("S"), QStringLiteral("1"));
    parser.addOptions({profileOption, fileOption, stdinOption, iterationsOption, csvOption,
                       yearsOption, seedOption});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        err() << CliText::tr(
                     "Give exactly one command: init, info or change-passphrase. See --help.")
              << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(fileOption) && parser.isSet(stdinOption)) {
        err() << CliText::tr("Use either --passphrase-file or --passphrase-stdin, not both.")
              << Qt::endl;
        return kUsage;
    }

    Options options;
    options.profile = parser.isSet(profileOption) ? parser.value(profileOption)
                                                  : store::Profile::defaultDirectory();
    if (parser.isSet(fileOption)) {
        options.source = cli::PassphraseInput::Source::File;
        options.passphraseFile = parser.value(fileOption);
    } else if (parser.isSet(stdinOption)) {
        options.source = cli::PassphraseInput::Source::Stdin;
    }
    if (parser.isSet(iterationsOption)) {
        bool ok = false;
        const uint iterations = parser.value(iterationsOption).toUInt(&ok);
        if (!ok || iterations < crypto::KdfParams::kMinIterations ||
            iterations > crypto::KdfParams::kMaxIterations) {
            err() << CliText::tr("--kdf-iterations must be a number from %1 to %2.")
                         .arg(crypto::KdfParams::kMinIterations)
                         .arg(crypto::KdfParams::kMaxIterations)
                  << Qt::endl;
            return kUsage;
        }
        options.create.iterations = iterations;
    }
    bool yearsOk = false;
    bool seedOk = false;
    options.years = parser.value(yearsOption).toInt(&yearsOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!yearsOk || options.years < 1 || options.years > 10 || !seedOk) {
        err() << CliText::tr("--years must be 1 to 10 and --seed a whole number.") << Qt::endl;
        return kUsage;
    }
    options.csvFile = parser.value(csvOption);
    const QString command = args.front();
    if ((command == QLatin1String("export") || command == QLatin1String("import")) &&
        options.csvFile.isEmpty()) {
        err() << CliText::tr("%1 needs --csv FILE.").arg(command) << Qt::endl;
        return kUsage;
    }
    cli::PassphraseInput input(options.source, options.passphraseFile);
    const bool terminal = options.source == cli::PassphraseInput::Source::Terminal;

    try {
        if (command == QLatin1String("init"))
            return runInit(options, input, terminal);
        if (command == QLatin1String("info"))
            return runInfo(options, input);
        if (command == QLatin1String("change-passphrase"))
            return runChangePassphrase(options, input, terminal);
        if (command == QLatin1String("generate"))
            return runGenerate(options, input, terminal);
        if (command == QLatin1String("export"))
            return runExport(options, input);
        if (command == QLatin1String("import"))
            return runImport(options, input);
        err() << CliText::tr(
                     "Unknown command \"%1\". Commands: init, info, change-passphrase, generate, "
                     "export, import.")
                     .arg(command)
              << Qt::endl;
        return kUsage;
    } catch (const UsageError& e) {
        err() << e.message << Qt::endl;
        return kUsage;
    } catch (const Error& e) {
        err() << e.message() << Qt::endl;
        if (!e.detail().isEmpty())
            err() << CliText::tr("Detail: %1").arg(e.detail()) << Qt::endl;
        return exitCodeFor(e.code());
    } catch (const std::exception& e) {
        err() << CliText::tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what()))
              << Qt::endl;
        return kSoftware;
    }
}
