// pacewise-cli: the headless command line over the same core as the desktop app.
//
// Exit codes (sysexits.h):
//   0 success               64 usage error              65 damaged or foreign file
//   66 no profile there      69 clinic unreachable or failing (sync)
//   70 internal error        73 cannot create (exists, not writable)
//   74 input/output error (disk full, unreadable)        75 try again later (sync)
//   76 the clinic's server answered wrongly or its certificate failed (sync)
//   77 wrong passphrase, or the clinic refused the access code (sync)
//   78 no clinic set up (sync)
#include "PassphraseInput.h"
#include "backup/Backup.h"
#include "crypto/Kdf.h"
#include "crypto/PassphrasePolicy.h"
#include "crypto/ProcessHardening.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryCsv.h"
#include "diary/DiaryStore.h"
#include "error/Error.h"
#include "error/FileError.h"
#include "homework/HomeworkAdherence.h"
#include "homework/HomeworkStore.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "measures/Schedule.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "sync/ClinicConnection.h"
#include "sync/CurlTransport.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"
#include "synthetic/SyntheticDiary.h"
#include "synthetic/SyntheticMeasures.h"
#include "synthetic/SyntheticProgramme.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>
#include <chrono>
#include <csignal>
#include <limits>
#include <openssl/crypto.h>

using namespace pacewise;

namespace {

enum Exit : int {
    kOk = 0,
    kUsage = 64,
    kDataErr = 65,
    kNoInput = 66,
    kUnavailable = 69,
    kSoftware = 70,
    kCantCreate = 73,
    kIoErr = 74,
    kTempFail = 75,
    kProtocol = 76,
    kNoPerm = 77,
    kConfig = 78,
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
    case ErrorCode::BackupNotOurs:
    case ErrorCode::BackupDamaged:
    case ErrorCode::BackupTooNew:
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
    // clinic enroll
    sync::ClinicEndpoint endpoint;
    QString tokenFile;
    bool tokenStdin = false;
    // sync
    bool push = true;
    bool pull = true;
    bool json = false;
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

// The programme in this machine's language (English when there is no content in it). A file
// that does not load is reported and left out, as for the questionnaires.
programme::Programme loadProgramme() {
    programme::Programme programme = programme::Programme::load(QLocale().name());
    for (const QString& problem : programme.problems())
        err() << CliText::tr("Left out: %1").arg(problem) << Qt::endl;
    return programme;
}

int runGenerate(const Options& options, cli::PassphraseInput& input, bool terminal) {
    std::unique_ptr<store::Profile> profile =
        store::Profile::probe(options.profile) == store::Profile::State::Empty
            ? store::Profile::create(options.profile, askNew(input, terminal), options.create)
            : unlock(options, input);
    const QDate today = QDate::currentDate();
    QElapsedTimer timer;
    timer.start();
    const synthetic::DiaryResult result =
        synthetic::generateDiary(profile->database(), {options.years, options.seed, today});
    out() << CliText::tr("Added %1 synthetic diary entries (%2 years, seed %3) in %4 ms.")
                 .arg(result.entries)
                 .arg(options.years)
                 .arg(options.seed)
                 .arg(timer.elapsed())
          << Qt::endl;
    timer.restart();
    const int responses =
        synthetic::generateMeasures(profile->database(), {options.years, options.seed, today});
    out() << CliText::tr("Added %1 synthetic questionnaires (PEG, PHQ-9, GAD-7, PGIC) in %2 ms.")
                 .arg(responses)
                 .arg(timer.elapsed())
          << Qt::endl;
    timer.restart();
    const programme::Programme programme = loadProgramme();
    const synthetic::ProgrammeTotals totals = synthetic::generateProgramme(
        profile->database(), programme, {options.years, options.seed, today});
    out() << CliText::tr("Added %1 synthetic homework and %2 exercise records (%3 modules read) "
                         "in %4 ms.")
                 .arg(totals.homework)
                 .arg(totals.exerciseRecords)
                 .arg(totals.modulesCompleted)
                 .arg(timer.elapsed())
          << Qt::endl;
    return kOk;
}

// --- programme and homework ----------------------------------------------------------------

QString percent(double ratio) {
    return QString::number(qRound(ratio * 100));
}

QJsonObject adherenceJson(int due, int onTime, int late, double ratio) {
    return {{QStringLiteral("due"), due},
            {QStringLiteral("doneOnTime"), onTime},
            {QStringLiteral("doneLate"), late},
            {QStringLiteral("ratio"), ratio}};
}

int runHomework(const Options& options, cli::PassphraseInput& input) {
    auto profile = unlock(options, input);
    store::Database& db = profile->database();
    const homework::HomeworkStore store(db);
    const QDate today = QDate::currentDate();
    const std::vector<homework::Homework> open = store.list(homework::HomeworkStore::Filter::Open);
    // The last eight weeks, this one included (homework due later this week and done already
    // counts; what is not due yet does not).
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    const homework::Adherence recent =
        homework::adherence(db, thisMonday.addDays(-7 * 7), thisMonday.addDays(6), today);
    const QDate first = store.firstDueDate();
    const homework::Adherence overall =
        homework::adherence(db, first.isValid() ? std::min(first, today) : today,
                            std::max(today, thisMonday.addDays(6)), today);

    if (options.json) {
        QJsonArray openJson;
        for (const homework::Homework& h : open)
            openJson.append(QJsonObject{
                {QStringLiteral("id"), h.id},
                {QStringLiteral("title"), h.title},
                {QStringLiteral("source"), h.source == homework::Homework::Source::Clinic
                                               ? QStringLiteral("clinic")
                                               : QStringLiteral("module")},
                {QStringLiteral("moduleId"), h.moduleId.isEmpty() ? QJsonValue() : h.moduleId},
                {QStringLiteral("exerciseId"),
                 h.exerciseId.isEmpty() ? QJsonValue() : h.exerciseId},
                {QStringLiteral("target"), h.target},
                {QStringLiteral("done"), h.doneCount},
                {QStringLiteral("dueDate"), h.dueDate.toString(Qt::ISODate)},
                {QStringLiteral("state"),
                 h.overdue(today) ? QStringLiteral("overdue") : QStringLiteral("open")},
            });
        QJsonArray weeks;
        for (const homework::AdherenceWeek& w : recent.weeks) {
            QJsonObject week = adherenceJson(w.due, w.doneOnTime, w.doneLate, w.ratio());
            week.insert(QStringLiteral("weekStart"), w.weekStart.toString(Qt::ISODate));
            weeks.append(week);
        }
        QJsonObject all =
            adherenceJson(overall.due, overall.doneOnTime, overall.doneLate, overall.ratio());
        all.insert(QStringLiteral("from"),
                   first.isValid() ? QJsonValue(first.toString(Qt::ISODate)) : QJsonValue());
        all.insert(QStringLiteral("overdue"), overall.overdue);
        all.insert(QStringLiteral("open"), overall.open);
        out() << QJsonDocument(QJsonObject{{QStringLiteral("open"), openJson},
                                           {QStringLiteral("weeks"), weeks},
                                           {QStringLiteral("overall"), all},
                                           {QStringLiteral("count"), store.count()}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return kOk;
    }

    out() << CliText::tr("Open homework: %1").arg(open.size()) << Qt::endl;
    for (const homework::Homework& h : open) {
        const QString day = h.dueDate.toString(Qt::ISODate);
        const QString when = h.overdue(today) ? CliText::tr("overdue since %1").arg(day)
                                              : CliText::tr("due %1").arg(day);
        out() << QStringLiteral("  %1 %2 %3")
                     .arg(when, -26)
                     .arg(CliText::tr("%1 of %2 done").arg(h.doneCount).arg(h.target), -14)
                     .arg(h.title)
              << Qt::endl;
    }
    out() << CliText::tr("Adherence, the last eight weeks (homework done of homework due):")
          << Qt::endl;
    for (const homework::AdherenceWeek& w : recent.weeks) {
        const QString week = CliText::tr("week of %1").arg(w.weekStart.toString(Qt::ISODate));
        const QString figure = w.due ? CliText::tr("%1 of %2 (%3 %), %4 late")
                                           .arg(w.doneOnTime + w.doneLate)
                                           .arg(w.due)
                                           .arg(percent(w.ratio()))
                                           .arg(w.doneLate)
                                     : CliText::tr("nothing due");
        out() << QStringLiteral("  %1 %2").arg(week, -20).arg(figure) << Qt::endl;
    }
    if (!first.isValid()) {
        out() << CliText::tr("Overall: no homework yet.") << Qt::endl;
        return kOk;
    }
    out() << CliText::tr("Overall since %1: %2 of %3 done (%4 %), %5 late; %6 overdue, %7 not "
                         "due yet.")
                 .arg(first.toString(Qt::ISODate))
                 .arg(overall.doneOnTime + overall.doneLate)
                 .arg(overall.due)
                 .arg(percent(overall.ratio()))
                 .arg(overall.doneLate)
                 .arg(overall.overdue)
                 .arg(overall.open)
          << Qt::endl;
    return kOk;
}

QString stateKey(programme::ModuleState state) {
    switch (state) {
    case programme::ModuleState::Locked:
        return QStringLiteral("locked");
    case programme::ModuleState::Available:
        return QStringLiteral("available");
    case programme::ModuleState::InProgress:
        return QStringLiteral("in-progress");
    case programme::ModuleState::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString stateText(programme::ModuleState state) {
    switch (state) {
    case programme::ModuleState::Locked:
        return CliText::tr("locked");
    case programme::ModuleState::Available:
        return CliText::tr("available");
    case programme::ModuleState::InProgress:
        return CliText::tr("in progress");
    case programme::ModuleState::Done:
        return CliText::tr("done");
    }
    return {};
}

int runProgramme(const Options& options, cli::PassphraseInput& input) {
    auto profile = unlock(options, input);
    const programme::Programme programme = loadProgramme();
    const programme::ProgrammeProgress progress(profile->database(), programme);
    const std::vector<programme::ModuleProgress> modules = progress.modules();
    const auto day = [](const QDateTime& utc) {
        return utc.isValid() ? utc.toLocalTime().date().toString(Qt::ISODate) : QString();
    };
    int done = 0;
    QJsonArray json;
    for (const programme::ModuleProgress& p : modules) {
        const programme::Module* module = programme.module(p.moduleId);
        if (!module)
            continue;
        const programme::ModuleState state = p.status.state;
        done += state == programme::ModuleState::Done ? 1 : 0;
        const QString lock = state == programme::ModuleState::Locked
                                 ? progress.lockedMessage(p.status.reason)
                                 : QString();
        const qint64 minutes = (p.timeSpentMs + 30'000) / 60'000;
        if (options.json) {
            json.append(QJsonObject{
                {QStringLiteral("number"), module->number},
                {QStringLiteral("id"), module->id},
                {QStringLiteral("title"), module->title},
                {QStringLiteral("state"), stateKey(state)},
                {QStringLiteral("unlockedByClinic"), p.status.unlockedByClinic},
                {QStringLiteral("lockedBecause"), lock.isEmpty() ? QJsonValue() : lock},
                {QStringLiteral("pagesRead"), p.pagesRead},
                {QStringLiteral("pageCount"), p.pageCount},
                {QStringLiteral("minutesSpent"), minutes},
                {QStringLiteral("started"),
                 p.startedAt.isValid() ? QJsonValue(day(p.startedAt)) : QJsonValue()},
                {QStringLiteral("completed"),
                 p.completedAt.isValid() ? QJsonValue(day(p.completedAt)) : QJsonValue()},
            });
            continue;
        }
        QString detail = CliText::tr("%1 of %2 pages, %n min", nullptr, int(minutes))
                             .arg(p.pagesRead)
                             .arg(p.pageCount);
        if (p.completedAt.isValid())
            detail += CliText::tr(", done %1").arg(day(p.completedAt));
        else if (p.startedAt.isValid())
            detail += CliText::tr(", started %1").arg(day(p.startedAt));
        if (!lock.isEmpty())
            detail += QStringLiteral("; ") + lock;
        out() << QStringLiteral("%1 %2 %3 %4")
                     .arg(module->number, 2)
                     .arg(module->id, -20)
                     .arg(stateText(state), -12)
                     .arg(detail)
              << Qt::endl;
    }
    if (options.json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("locale"), programme.locale()},
                                           {QStringLiteral("modules"), json},
                                           {QStringLiteral("done"), done}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return kOk;
    }
    out() << CliText::tr("Modules done: %1 of %2").arg(done).arg(modules.size()) << Qt::endl;
    return kOk;
}

// --- measures ------------------------------------------------------------------------------

// "due since 2026-03-02", "overdue since …", "done, next due …", or "not scheduled".
QString scheduleText(const measures::Schedule::Status* status) {
    if (!status)
        return CliText::tr("not scheduled");
    const QString day = status->dueDate.toString(Qt::ISODate);
    switch (status->state) {
    case measures::Schedule::State::Due:
        return status->lastCompleted.isNull() ? CliText::tr("due (never done)")
                                              : CliText::tr("due since %1").arg(day);
    case measures::Schedule::State::Overdue:
        return CliText::tr("overdue since %1").arg(day);
    case measures::Schedule::State::Done:
        return CliText::tr("done, next due %1").arg(day);
    }
    return {};
}

int runMeasures(const Options& options, cli::PassphraseInput& input) {
    auto profile = unlock(options, input);
    store::Database& db = profile->database();
    const measures::MeasureLibrary library = measures::MeasureLibrary::load(db);
    // A questionnaire that does not load is reported and left out; the others are listed.
    for (const QString& problem : library.problems())
        err() << CliText::tr("Left out: %1").arg(problem) << Qt::endl;
    const measures::MeasureStore store(db, library);
    const std::vector<measures::PlannedMeasure> plan = measures::Schedule::current(db);
    const std::vector<measures::Schedule::Status> statuses =
        measures::Schedule::statusOn(plan, store, QDate::currentDate());

    QJsonArray json;
    QStringList lines;
    for (const measures::Measure& measure : library.measures()) {
        const measures::Schedule::Status* status = nullptr;
        const measures::PlannedMeasure* planned = nullptr;
        for (std::size_t i = 0; i < plan.size(); ++i)
            if (plan[i].measureId == measure.id) {
                planned = &plan[i];
                status = &statuses[i];
            }
        const int count = store.countCompleted(measure.id);
        const std::optional<measures::Response> last = store.latest(measure.id);
        std::optional<double> score;
        QString band;
        int decimals = 0;
        if (last && !last->scores.empty() && last->scores.front().value &&
            !measure.rules.scores.empty()) {
            const measures::ScoreRule& rule = measure.rules.scores.front();
            score = last->scores.front().value;
            decimals = rule.decimals;
            const int index = last->scores.front().band;
            if (index >= 0 && std::size_t(index) < rule.bands.size())
                band = rule.bands[std::size_t(index)].label;
        }
        const QString lastDay =
            last ? last->completedAt.toOffsetFromUtc(last->utcOffset).date().toString(Qt::ISODate)
                 : QString();

        if (options.json) {
            QJsonObject entry{
                {QStringLiteral("id"), measure.id},
                {QStringLiteral("title"), measure.questionnaire.title},
                {QStringLiteral("bundled"), measure.bundled},
                {QStringLiteral("completed"), count},
                {QStringLiteral("lastCompleted"), last ? QJsonValue(lastDay) : QJsonValue()},
                {QStringLiteral("lastScore"), score ? QJsonValue(*score) : QJsonValue()},
                {QStringLiteral("band"), band.isEmpty() ? QJsonValue() : QJsonValue(band)},
                {QStringLiteral("inProgress"), store.inProgress(measure.id).has_value()},
            };
            if (status) {
                entry.insert(QStringLiteral("state"), measures::Schedule::stateKey(status->state));
                entry.insert(QStringLiteral("dueDate"), status->dueDate.toString(Qt::ISODate));
                entry.insert(QStringLiteral("everyDays"), planned->everyDays);
            } else {
                entry.insert(QStringLiteral("state"), QJsonValue());
            }
            json.append(entry);
            continue;
        }
        QString scoreText = CliText::tr("no score yet");
        if (score)
            scoreText = band.isEmpty()
                            ? CliText::tr("last %1 on %2")
                                  .arg(QString::number(*score, 'f', decimals), lastDay)
                            : CliText::tr("last %1 (%2) on %3")
                                  .arg(QString::number(*score, 'f', decimals), band, lastDay);
        else if (last)
            scoreText = CliText::tr("last on %1, not scored").arg(lastDay);
        QString scheduled = scheduleText(status);
        if (store.inProgress(measure.id))
            scheduled += CliText::tr(", one unfinished");
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(measure.id, -10)
                     .arg(scheduled, -30)
                     .arg(scoreText, -36)
                     .arg(CliText::tr("%n completed", nullptr, count));
    }
    if (options.json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("measures"), json},
                                           {QStringLiteral("completed"), store.countCompleted()}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return kOk;
    }
    for (const QString& line : lines)
        out() << line.trimmed() << Qt::endl;
    out() << CliText::tr("Questionnaires completed: %1").arg(store.countCompleted()) << Qt::endl;
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
    diary::DiaryCsv::Import import = diary::DiaryCsv::read(file, diary::DiaryCatalogue::current());
    auto profile = unlock(options, input);
    diary::DiaryStore diary(profile->database(), diary::DiaryCatalogue::current());
    // Entries already in the profile (same id) are left alone, so importing twice adds nothing.
    std::vector<diary::DiaryEntry> fresh;
    for (diary::DiaryEntry& e : import.entries) {
        if (!e.id.isEmpty() && diary.find(e.id))
            continue;
        e.deleted = false;
        fresh.push_back(std::move(e));
    }
    diary.saveAll(fresh);
    out() << CliText::tr("Imported %1 diary entries; %2 were already there.")
                 .arg(fresh.size())
                 .arg(import.entries.size() - fresh.size())
          << Qt::endl;
    if (import.rejected.empty())
        return kOk;
    // The good rows are in; the others are named so the file can be mended and imported again
    // (the rows already imported are then skipped).
    // No %n plural here: the command line loads no translation, so English says it in full.
    err() << CliText::tr("These rows of the file were not imported (mend them and import the "
                         "file again):")
          << Qt::endl;
    for (const diary::DiaryCsv::RejectedRow& row : import.rejected)
        err() << "  " << row.reason << Qt::endl;
    return kDataErr;
}

// --- backup and restore --------------------------------------------------------------------

int runBackup(const Options& options, cli::PassphraseInput& input, const QString& file) {
    auto profile = unlock(options, input);
    const backup::Backup::Summary summary = backup::Backup::write(*profile, file);
    out() << CliText::tr("Backed up the profile in %1 to %2 (%3 KB).")
                 .arg(QDir::toNativeSeparators(profile->directory()),
                      QDir::toNativeSeparators(file))
                 .arg((summary.fileBytes + 1023) / 1024)
          << Qt::endl;
    out() << CliText::tr("Restoring it needs the passphrase this profile has now.") << Qt::endl;
    return kOk;
}

int runRestore(const Options& options, cli::PassphraseInput& input, const QString& file) {
    const backup::Backup::Summary summary = backup::Backup::restore(
        file, readPassphrase(input, CliText::tr("Passphrase of the backup: ")), options.profile);
    out() << CliText::tr("Restored the backup made on %1 into %2.")
                 .arg(summary.madeAt.toLocalTime().toString(Qt::ISODate),
                      QDir::toNativeSeparators(options.profile))
          << Qt::endl;
    out() << CliText::tr("Unlock it with the passphrase the profile had when the backup was made.")
          << Qt::endl;
    return kOk;
}

// --- clinic and sync -----------------------------------------------------------------------

// Set by SIGINT/SIGTERM during `sync`: the transport aborts within about 100 ms and the engine
// stops; the outbox keeps whatever was not confirmed. (CancelFlag is a lock-free atomic, which a
// signal handler may set.)
sync::CancelFlag g_cancel;

extern "C" void cancelOnSignal(int) {
    g_cancel.cancel();
}

// The access code: from a file (first line) or from standard input (the line after the
// passphrase when that comes from standard input too). Never from an argument: `ps` shows those.
QString readToken(const Options& options, cli::PassphraseInput& input) {
    if (options.tokenStdin && options.source == cli::PassphraseInput::Source::Stdin) {
        auto line = input.next({});
        if (!line)
            throw UsageError{CliText::tr("Give the access code on the line after the passphrase "
                                         "on standard input.")};
        return line->trimmed();
    }
    QFile file;
    if (options.tokenStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            throw UsageError{CliText::tr("Cannot read the access code from standard input.")};
    } else {
        file.setFileName(options.tokenFile);
        if (!file.open(QIODevice::ReadOnly))
            throw UsageError{CliText::tr("Cannot read the access code file %1: %2")
                                 .arg(options.tokenFile, file.errorString())};
    }
    QByteArray bytes = file.read(64 * 1024);
    const qsizetype end = bytes.indexOf('\n'); // the first line; a file may lack the newline
    const QString token = QString::fromUtf8(end < 0 ? bytes : bytes.left(end)).trimmed();
    OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    return token;
}

// A field the clinic gave, checked before the passphrase is asked for: a typo is a usage error
// (64) whose message names the option.
void checkField(const char* option, const QString& problem) {
    if (!problem.isEmpty())
        throw UsageError{QStringLiteral("--%1: %2").arg(QLatin1String(option), problem)};
}

int runClinicEnroll(const Options& options, cli::PassphraseInput& input) {
    const sync::ClinicEndpoint& endpoint = options.endpoint;
    checkField("url", sync::ClinicConnection::checkBaseUrl(endpoint.baseUrl));
    checkField("patient", sync::ClinicConnection::checkPatientId(endpoint.patientId));
    if (!endpoint.caFile.isEmpty())
        checkField("ca-file", sync::ClinicConnection::checkCaFile(endpoint.caFile));
    if (!endpoint.pinnedPublicKey.isEmpty())
        checkField("pin", sync::ClinicConnection::checkPinnedPublicKey(endpoint.pinnedPublicKey));
    auto profile = unlock(options, input);
    const QString token = readToken(options, input);
    checkField(options.tokenStdin ? "token-stdin" : "token-file",
               sync::ClinicConnection::checkToken(token));
    sync::ClinicConnection connection(profile->database());
    connection.enroll(endpoint, token);
    const sync::ClinicEndpoint saved = connection.endpoint().value_or(endpoint);
    out() << CliText::tr("Connected to %1 as patient %2. The access code is saved in the "
                         "encrypted profile.")
                 .arg(saved.baseUrl, saved.patientId)
          << Qt::endl;
    out() << CliText::tr("Run \"pacewise-cli sync\" to send the diary now.") << Qt::endl;
    return kOk;
}

int runClinicShow(const Options& options, cli::PassphraseInput& input) {
    auto profile = unlock(options, input);
    sync::ClinicConnection connection(profile->database());
    const std::optional<sync::ClinicEndpoint> endpoint = connection.endpoint();
    if (!endpoint) {
        out() << CliText::tr("No clinic is set up. Use \"pacewise-cli clinic enroll\".")
              << Qt::endl;
        return kOk;
    }
    const auto orNone = [](const QString& value) {
        return value.isEmpty() ? CliText::tr("(none)") : value;
    };
    const auto when = [](const QDateTime& at) {
        return at.isValid() ? at.toLocalTime().toString(Qt::ISODate) : CliText::tr("never");
    };
    const bool tokenSaved = !connection.bearerToken().isEmpty();
    const sync::SyncStatus status = sync::SyncStatus::read(profile->database());
    out() << CliText::tr("Clinic server:    %1").arg(endpoint->baseUrl) << Qt::endl
          << CliText::tr("Patient:          %1").arg(endpoint->patientId) << Qt::endl
          << CliText::tr("Access code:      %1")
                 .arg(tokenSaved ? CliText::tr("saved (not shown)") : CliText::tr("none"))
          << Qt::endl
          << CliText::tr("CA file:          %1").arg(orNone(endpoint->caFile)) << Qt::endl
          << CliText::tr("Pinned key:       %1").arg(orNone(endpoint->pinnedPublicKey)) << Qt::endl
          << CliText::tr("Last sent:        %1").arg(when(status.lastSuccessAt)) << Qt::endl
          << CliText::tr("Waiting to sync:  %1 (refused by the server: %2)")
                 .arg(status.waiting)
                 .arg(status.held)
          << Qt::endl;
    return kOk;
}

int runClinicForget(const Options& options, cli::PassphraseInput& input) {
    auto profile = unlock(options, input);
    sync::ClinicConnection(profile->database()).forget();
    out() << CliText::tr("The clinic connection is removed. The diary and what waits to be sent "
                         "stay in the profile.")
          << Qt::endl;
    return kOk;
}

int exitCodeFor(sync::SyncReport::Outcome outcome) {
    using Outcome = sync::SyncReport::Outcome;
    switch (outcome) {
    case Outcome::Done:
        return kOk;
    case Outcome::NotEnrolled:
        return kConfig;
    case Outcome::AlreadyRunning:
    case Outcome::ServerBusy:
    case Outcome::Cancelled:
        return kTempFail;
    case Outcome::Offline:
    case Outcome::ServerError:
        return kUnavailable;
    case Outcome::Unauthorized:
    case Outcome::Forbidden:
        return kNoPerm;
    case Outcome::TlsFailed:
    case Outcome::BadReply:
        return kProtocol;
    }
    return kSoftware;
}

QString outcomeName(sync::SyncReport::Outcome outcome) {
    using Outcome = sync::SyncReport::Outcome;
    switch (outcome) {
    case Outcome::Done:
        return QStringLiteral("Done");
    case Outcome::NotEnrolled:
        return QStringLiteral("NotEnrolled");
    case Outcome::AlreadyRunning:
        return QStringLiteral("AlreadyRunning");
    case Outcome::Offline:
        return QStringLiteral("Offline");
    case Outcome::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Outcome::Forbidden:
        return QStringLiteral("Forbidden");
    case Outcome::TlsFailed:
        return QStringLiteral("TlsFailed");
    case Outcome::ServerBusy:
        return QStringLiteral("ServerBusy");
    case Outcome::ServerError:
        return QStringLiteral("ServerError");
    case Outcome::BadReply:
        return QStringLiteral("BadReply");
    case Outcome::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

int runSync(const Options& options, cli::PassphraseInput& input) {
    auto profile = unlock(options, input);
    store::Database& db = profile->database();
    sync::ClinicConnection connection(db);
    const std::optional<sync::ClinicEndpoint> endpoint = connection.endpoint();
    // Without an endpoint the engine reports NotEnrolled in its own words.
    sync::CurlTransport transport(
        endpoint ? sync::CurlTransport::TlsOptions{endpoint->caFile, endpoint->pinnedPublicKey}
                 : sync::CurlTransport::TlsOptions{});
    sync::SyncEngine::Options engineOptions;
    engineOptions.push = options.push;
    engineOptions.pull = options.pull;
    sync::SyncEngine engine(db, transport, connection, engineOptions);

    std::signal(SIGINT, cancelOnSignal);
    std::signal(SIGTERM, cancelOnSignal);
    const sync::SyncReport report = engine.run(g_cancel, [](const sync::SyncProgress& p) {
        err() << CliText::tr("sent %1 of %2, received %3 (%4 requests)")
                     .arg(p.sent)
                     .arg(p.toSend)
                     .arg(p.received)
                     .arg(p.requests)
              << Qt::endl;
    });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    if (options.json) {
        QJsonObject json{
            {QStringLiteral("outcome"), outcomeName(report.outcome)},
            {QStringLiteral("message"), report.message},
            {QStringLiteral("detail"), report.detail},
            {QStringLiteral("pushed"), report.pushed},
            {QStringLiteral("held"), report.held},
            {QStringLiteral("pulled"), report.pulled},
            {QStringLiteral("remaining"), report.remaining},
            {QStringLiteral("requests"), report.requests},
            {QStringLiteral("bytesSent"), qint64(report.bytesSent)},
            {QStringLiteral("bytesReceived"), qint64(report.bytesReceived)},
            {QStringLiteral("elapsedMs"), qint64(report.elapsed.count())},
        };
        if (report.retryAt.isValid())
            json.insert(QStringLiteral("retryAt"), report.retryAt.toString(Qt::ISODateWithMs));
        out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        (report.succeeded() ? out() : err()) << report.message << Qt::endl;
        out() << CliText::tr("Pushed:           %1").arg(report.pushed) << Qt::endl
              << CliText::tr("Held:             %1").arg(report.held) << Qt::endl
              << CliText::tr("Pulled:           %1").arg(report.pulled) << Qt::endl
              << CliText::tr("Remaining:        %1").arg(report.remaining) << Qt::endl
              << CliText::tr("Requests:         %1").arg(report.requests) << Qt::endl
              << CliText::tr("Bytes sent:       %1").arg(report.bytesSent) << Qt::endl
              << CliText::tr("Bytes received:   %1").arg(report.bytesReceived) << Qt::endl
              << CliText::tr("Elapsed:          %1 ms").arg(report.elapsed.count()) << Qt::endl;
        if (report.retryAt.isValid())
            out() << CliText::tr("Try again after:  %1")
                         .arg(report.retryAt.toLocalTime().toString(Qt::ISODate))
                  << Qt::endl;
    }
    if (!report.succeeded() && !report.detail.isEmpty())
        err() << CliText::tr("Detail: %1").arg(report.detail) << Qt::endl;
    return exitCodeFor(report.outcome);
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
        "  generate           add a synthetic diary, questionnaire and programme history\n"
        "                     (--years N --seed S); creates the profile if needed\n"
        "  export             write the diary to --csv FILE\n"
        "  import             add the entries of --csv FILE that the profile does not have yet;\n"
        "                     rows that cannot be imported are named and the others kept\n"
        "  measures           each questionnaire: due, overdue or done, the last score and its "
        "band,\n"
        "                     how many were completed [--json]\n"
        "  homework           open and overdue homework, and adherence week by week (the last\n"
        "                     eight weeks) and overall [--json]\n"
        "  programme          each module of the programme: locked, available, in progress or\n"
        "                     done, pages read and time spent [--json]\n"
        "  clinic enroll      connect to a clinic's FHIR server: --url URL --patient ID\n"
        "                     (--token-file FILE | --token-stdin) [--ca-file FILE] [--pin KEY]\n"
        "  clinic show        the clinic connection (never the access code) and what waits\n"
        "  clinic forget      remove the clinic connection; the diary stays\n"
        "  sync               send the diary to the clinic and fetch what it assigned\n"
        "                     [--no-push] [--no-pull] [--json]; Ctrl+C stops it cleanly\n"
        "  backup FILE        write an encrypted, authenticated backup of the profile to FILE\n"
        "  restore FILE       restore a backup into a new profile folder: --profile NEWDIR\n"
        "                     (asks for the passphrase the profile had when it was backed up)\n\n"
        "Exit codes: 0 success, 64 usage, 65 damaged or foreign file (or import rows left out), "
        "66 no profile, "
        "69 clinic unreachable or failing, 70 internal error, 73 cannot create, "
        "74 input/output error, 75 try again later (busy, already syncing, stopped), "
        "76 bad answer or untrusted certificate from the clinic, 77 wrong passphrase or "
        "access code refused, 78 no clinic set up."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        CliText::tr("init, info, change-passphrase, generate, export, import, measures, homework, "
                    "programme, clinic, sync, backup or restore"));
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
    const QCommandLineOption yearsOption(
        QStringLiteral("years"), CliText::tr("Years of synthetic history (1-10, default 5)."),
        CliText::tr("N"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        CliText::tr("Seed of the synthetic history (default 1)."),
                                        CliText::tr("S"), QStringLiteral("1"));
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        CliText::tr("clinic enroll: the clinic's FHIR server address (https://…/fhir/R4)."),
        CliText::tr("URL"));
    const QCommandLineOption patientOption(
        QStringLiteral("patient"),
        CliText::tr("clinic enroll: your Patient id on the clinic's server."), CliText::tr("ID"));
    const QCommandLineOption tokenFileOption(
        QStringLiteral("token-file"),
        CliText::tr("clinic enroll: read the access code from the first line of FILE."),
        CliText::tr("FILE"));
    const QCommandLineOption tokenStdinOption(
        QStringLiteral("token-stdin"),
        CliText::tr("clinic enroll: read the access code from standard input (after the "
                    "passphrase line with --passphrase-stdin)."));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        CliText::tr("clinic enroll: the clinic's own certificate authority (PEM)."),
        CliText::tr("FILE"));
    const QCommandLineOption pinOption(
        QStringLiteral("pin"),
        CliText::tr("clinic enroll: the server's public key, as sha256//BASE64."),
        CliText::tr("KEY"));
    const QCommandLineOption noPushOption(QStringLiteral("no-push"),
                                          CliText::tr("sync: do not send the outbox."));
    const QCommandLineOption noPullOption(
        QStringLiteral("no-pull"), CliText::tr("sync: do not fetch what the clinic assigned."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        CliText::tr("sync, measures, homework, programme: print the result as JSON on standard "
                    "output."));
    parser.addOptions({profileOption, fileOption, stdinOption, iterationsOption, csvOption,
                       yearsOption, seedOption, urlOption, patientOption, tokenFileOption,
                       tokenStdinOption, caFileOption, pinOption, noPushOption, noPullOption,
                       jsonOption});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const bool clinicCommand = !args.isEmpty() && args.front() == QLatin1String("clinic");
    const bool backupCommand = !args.isEmpty() && (args.front() == QLatin1String("backup") ||
                                                   args.front() == QLatin1String("restore"));
    if (backupCommand && args.size() != 2) {
        err() << CliText::tr("%1 needs the backup file: pacewise-cli %1 FILE. See --help.")
                     .arg(args.front())
              << Qt::endl;
        return kUsage;
    }
    if (!backupCommand && args.size() != (clinicCommand ? 2 : 1)) {
        err() << (clinicCommand
                      ? CliText::tr("Give one clinic command: enroll, show or forget. See --help.")
                      : CliText::tr("Give exactly one command: init, info, change-passphrase, "
                                    "generate, export, import, measures, homework, programme, "
                                    "clinic or sync. See --help."))
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
    options.endpoint.baseUrl = sync::ClinicConnection::normalisedBaseUrl(parser.value(urlOption));
    options.endpoint.patientId = parser.value(patientOption).trimmed();
    options.endpoint.caFile = parser.value(caFileOption);
    options.endpoint.pinnedPublicKey = parser.value(pinOption).trimmed();
    options.tokenFile = parser.value(tokenFileOption);
    options.tokenStdin = parser.isSet(tokenStdinOption);
    options.push = !parser.isSet(noPushOption);
    options.pull = !parser.isSet(noPullOption);
    options.json = parser.isSet(jsonOption);
    const QString clinicAction = clinicCommand ? args.at(1) : QString();
    if (clinicAction == QLatin1String("enroll") &&
        parser.isSet(tokenFileOption) == options.tokenStdin) {
        err() << CliText::tr("clinic enroll needs the access code from --token-file FILE or "
                             "--token-stdin (one of them; never on the command line).")
              << Qt::endl;
        return kUsage;
    }
    if (!options.push && !options.pull) {
        err() << CliText::tr("--no-push and --no-pull together leave nothing to do.") << Qt::endl;
        return kUsage;
    }
    if (command == QLatin1String("restore") && !parser.isSet(profileOption)) {
        err() << CliText::tr("restore needs --profile NEWDIR: a new folder for the restored "
                             "profile (an existing profile is never overwritten).")
              << Qt::endl;
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
        if (command == QLatin1String("sync"))
            return runSync(options, input);
        if (command == QLatin1String("measures"))
            return runMeasures(options, input);
        if (command == QLatin1String("homework"))
            return runHomework(options, input);
        if (command == QLatin1String("programme"))
            return runProgramme(options, input);
        if (command == QLatin1String("backup"))
            return runBackup(options, input, args.at(1));
        if (command == QLatin1String("restore"))
            return runRestore(options, input, args.at(1));
        if (clinicAction == QLatin1String("enroll"))
            return runClinicEnroll(options, input);
        if (clinicAction == QLatin1String("show"))
            return runClinicShow(options, input);
        if (clinicAction == QLatin1String("forget"))
            return runClinicForget(options, input);
        if (clinicCommand) {
            err() << CliText::tr("Unknown clinic command \"%1\". Clinic commands: enroll, show, "
                                 "forget.")
                         .arg(clinicAction)
                  << Qt::endl;
            return kUsage;
        }
        err() << CliText::tr(
                     "Unknown command \"%1\". Commands: init, info, change-passphrase, generate, "
                     "export, import, measures, homework, programme, clinic, sync, backup, "
                     "restore.")
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
