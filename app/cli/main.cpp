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
#include "error/Error.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <chrono>

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

QString tr(const char* text) {
    return QCoreApplication::translate("pacewise-cli", text);
}

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
    cli::PassphraseInput::Source source = cli::PassphraseInput::Source::Terminal;
    QString passphraseFile;
    store::Profile::CreateOptions create;
};

std::optional<QString> askNew(cli::PassphraseInput& input) {
    auto first = input.next(tr("New passphrase: "));
    if (!first)
        return std::nullopt;
    const crypto::PassphraseAssessment assessment = crypto::PassphrasePolicy::assess(*first);
    if (!assessment.acceptable())
        throw Error(ErrorCode::WeakPassphrase, assessment.hint);
    return first;
}

int runInit(const Options& options, cli::PassphraseInput& input, bool terminal) {
    auto passphrase = askNew(input);
    if (!passphrase) {
        err() << input.problem() << Qt::endl;
        return kUsage;
    }
    if (terminal) {
        auto again = input.next(tr("Repeat the new passphrase: "));
        if (!again || *again != *passphrase) {
            err() << tr("The two passphrases are not the same. Nothing was created.") << Qt::endl;
            return kUsage;
        }
    }
    auto profile = store::Profile::create(options.profile, *passphrase, options.create);
    out() << tr("Created an encrypted profile in %1")
                 .arg(QDir::toNativeSeparators(profile->directory()))
          << Qt::endl;
    out() << tr("Keep the passphrase somewhere safe: it cannot be recovered.") << Qt::endl;
    return kOk;
}

int runInfo(const Options& options, cli::PassphraseInput& input) {
    const crypto::KdfParams kdf = store::Profile::keyDerivation(options.profile);
    auto passphrase = input.next(tr("Passphrase: "));
    if (!passphrase) {
        err() << input.problem() << Qt::endl;
        return kUsage;
    }
    auto profile = store::Profile::open(options.profile, *passphrase);
    const auto timings = profile->timings();
    const auto ms = [](std::chrono::microseconds us) {
        return QString::number(double(us.count()) / 1000.0, 'f', 1);
    };
    out() << tr("Profile:          %1").arg(QDir::toNativeSeparators(profile->directory()))
          << Qt::endl
          << tr("Profile id:       %1").arg(profile->profileId()) << Qt::endl
          << tr("Schema version:   %1 (this build: %2)")
                 .arg(profile->schemaVersion())
                 .arg(store::latestSchemaVersion())
          << Qt::endl
          << tr("SQLCipher:        %1").arg(profile->database().cipherVersion()) << Qt::endl
          << tr("Key derivation:   PBKDF2-HMAC-SHA512, %1 iterations, %2-byte salt")
                 .arg(kdf.iterations)
                 .arg(kdf.salt.size())
          << Qt::endl
          << tr("Unlock time:      %1 ms (key derivation %2 ms, the rest %3 ms)")
                 .arg(ms(timings.total), ms(timings.keyDerivation),
                      ms(timings.total - timings.keyDerivation))
          << Qt::endl
          << tr("Waiting to sync:  %1").arg(store::Outbox(profile->database()).pendingCount())
          << Qt::endl;
    return kOk;
}

int runChangePassphrase(const Options& options, cli::PassphraseInput& input, bool terminal) {
    auto current = input.next(tr("Current passphrase: "));
    if (!current) {
        err() << input.problem() << Qt::endl;
        return kUsage;
    }
    auto next = askNew(input);
    if (!next) {
        err() << input.problem() << Qt::endl;
        return kUsage;
    }
    if (terminal) {
        auto again = input.next(tr("Repeat the new passphrase: "));
        if (!again || *again != *next) {
            err() << tr("The two passphrases are not the same. Nothing was changed.") << Qt::endl;
            return kUsage;
        }
    }
    store::Profile::changePassphrase(options.profile, *current, *next, options.create);
    out() << tr("The passphrase was changed. Only the key file was rewritten.") << Qt::endl;
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
    parser.setApplicationDescription(
        tr("Pacewise command line.\n\nCommands:\n"
           "  init               create a new encrypted profile\n"
           "  info               unlock a profile and describe it\n"
           "  change-passphrase  re-wrap the profile's key under a new passphrase\n\n"
           "Exit codes: 0 success, 64 usage, 65 damaged or foreign file, 66 no profile, "
           "70 internal error, 73 cannot create, 74 input/output error, 77 wrong passphrase."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("init, info or change-passphrase"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        tr("The profile folder (default: %1).")
            .arg(QDir::toNativeSeparators(store::Profile::defaultDirectory())),
        tr("DIR"));
    const QCommandLineOption fileOption(
        QStringLiteral("passphrase-file"),
        tr("Read passphrases from FILE, one per line (current first)."), tr("FILE"));
    const QCommandLineOption stdinOption(QStringLiteral("passphrase-stdin"),
                                         tr("Read passphrases from standard input, one per line."));
    const QCommandLineOption iterationsOption(
        QStringLiteral("kdf-iterations"),
        tr("Use N key-derivation iterations instead of calibrating to 0.4 s (at least %1; for "
           "tests and benchmarks).")
            .arg(crypto::KdfParams::kMinIterations),
        tr("N"));
    parser.addOptions({profileOption, fileOption, stdinOption, iterationsOption});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        err() << tr("Give exactly one command: init, info or change-passphrase. See --help.")
              << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(fileOption) && parser.isSet(stdinOption)) {
        err() << tr("Use either --passphrase-file or --passphrase-stdin, not both.") << Qt::endl;
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
            err() << tr("--kdf-iterations must be a number from %1 to %2.")
                         .arg(crypto::KdfParams::kMinIterations)
                         .arg(crypto::KdfParams::kMaxIterations)
                  << Qt::endl;
            return kUsage;
        }
        options.create.iterations = iterations;
    }
    cli::PassphraseInput input(options.source, options.passphraseFile);
    const bool terminal = options.source == cli::PassphraseInput::Source::Terminal;

    try {
        const QString command = args.front();
        if (command == QLatin1String("init"))
            return runInit(options, input, terminal);
        if (command == QLatin1String("info"))
            return runInfo(options, input);
        if (command == QLatin1String("change-passphrase"))
            return runChangePassphrase(options, input, terminal);
        err() << tr("Unknown command \"%1\". Commands: init, info, change-passphrase.").arg(command)
              << Qt::endl;
        return kUsage;
    } catch (const Error& e) {
        err() << e.message() << Qt::endl;
        if (!e.detail().isEmpty())
            err() << tr("Detail: %1").arg(e.detail()) << Qt::endl;
        return exitCodeFor(e.code());
    } catch (const std::exception& e) {
        err() << tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())) << Qt::endl;
        return kSoftware;
    }
}
