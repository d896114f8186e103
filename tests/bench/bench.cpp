// pacewise-bench: figures for DESIGN.md section 6, on a generated five-year profile. It prints a
// table and writes JSON; it is never a pass/fail test (timings depend on the machine).
//
//   pacewise-bench [--years 5] [--seed 1] [--saves 1000] [--output bench/results.json]
//                  [--clinic-server tests/clinic-server/server.mjs | none]
#include "SyncBandwidth.h"
#include "dashboard/DiaryStatistics.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "homework/HomeworkAdherence.h"
#include "homework/HomeworkStore.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Profile.h"
#include "synthetic/SyntheticDiary.h"
#include "synthetic/SyntheticMeasures.h"
#include "synthetic/SyntheticProgramme.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

using namespace pacewise;
using Clock = std::chrono::steady_clock;

namespace {

const QString kPassphrase = QStringLiteral("benchmark passphrase, not a secret");

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Stats {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, std::size_t(q * double(samples.size())))];
    };
    return {at(0.5), at(0.99), samples.back()};
}

Stats timeIt(int repeats, const std::function<void()>& work) {
    std::vector<double> samples;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        work();
        samples.push_back(msSince(start));
    }
    return stats(samples);
}

struct Measures {
    Stats save;
    Stats historyFirstPage;
    std::vector<std::pair<QString, Stats>> dashboard;
    Stats measureResults;
    Stats adherenceAllTime;
    Stats programmeOverview;
    double adherenceRatio = 0;
};

const std::vector<std::pair<QString, dashboard::Range>> kRanges{
    {QStringLiteral("1 week"), dashboard::Range::Week},
    {QStringLiteral("1 month"), dashboard::Range::Month},
    {QStringLiteral("3 months"), dashboard::Range::ThreeMonths},
    {QStringLiteral("1 year"), dashboard::Range::Year},
    {QStringLiteral("all time"), dashboard::Range::AllTime},
};

// The same work on the encrypted and on the plain database.
Measures measure(store::Database& db, const programme::Programme& programme, int saves,
                 QDate today) {
    Measures m;
    diary::DiaryStore diary(db, diary::DiaryCatalogue::current());
    dashboard::DiaryStatistics statistics(db);

    diary::DiaryStore::HistoryQuery firstPage;
    firstPage.limit = 50;
    m.historyFirstPage = timeIt(50, [&] { diary.history(firstPage); });

    for (const auto& [name, range] : kRanges) {
        m.dashboard.emplace_back(name, timeIt(10, [&] {
                                     const QDate from = statistics.rangeStart(range, today);
                                     statistics.daily(from, today);
                                     statistics.summary(range, today);
                                     statistics.triggerAssociations(from, today);
                                 }));
    }

    // The questionnaire results of the progress screen (ui's MeasureResultsModel): the library
    // with the clinic's questionnaires, and every measure's headline score history.
    m.measureResults = timeIt(20, [&] {
        const measures::MeasureLibrary library = measures::MeasureLibrary::load(db);
        const measures::MeasureStore store(db, library);
        for (const measures::Measure& measure : library.measures())
            if (!measure.rules.scores.empty())
                store.scoreHistory(measure.id, measure.rules.scores.front().id);
    });

    // Progress's adherence chart over all time (every homework since the first was due), and the
    // programme overview (every module with the unlock rules applied).
    m.adherenceAllTime = timeIt(20, [&] {
        const homework::HomeworkStore store(db);
        m.adherenceRatio = homework::adherence(db, store.firstDueDate(), today, today).ratio();
    });
    m.programmeOverview =
        timeIt(20, [&] { programme::ProgrammeProgress(db, programme).modules(); });

    std::vector<double> samples;
    diary::DiaryEntry entry = *diary.latest();
    for (int i = 0; i < saves; ++i) {
        entry.id.clear();
        entry.recordedAt = QDateTime::currentDateTime().addSecs(-60 - i);
        entry.painNow = i % 11;
        if (entry.painWorst && *entry.painWorst < entry.painNow)
            entry.painWorst = entry.painNow;
        const auto start = Clock::now();
        diary.save(entry);
        samples.push_back(msSince(start));
    }
    m.save = stats(samples);
    return m;
}

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QJsonObject toJson(const Stats& s) {
    return {{"p50_ms", s.p50}, {"p99_ms", s.p99}, {"max_ms", s.max}};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption years(QStringLiteral("years"), QStringLiteral("Years of diary."),
                                   QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption saves(QStringLiteral("saves"),
                                   QStringLiteral("Entries saved one by one."), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("JSON results file."),
                                    QStringLiteral("FILE"), QStringLiteral("bench/results.json"));
    const QCommandLineOption clinicServer(
        QStringLiteral("clinic-server"),
        QStringLiteral("The reference clinic server's server.mjs, for the sync bandwidth figures "
                       "(node on PATH; 'none' to skip)."),
        QStringLiteral("FILE"), QStringLiteral(PACEWISE_CLINIC_SERVER_SCRIPT));
    parser.addOptions({years, seed, saves, output, clinicServer});
    parser.process(app);
    const int yearCount = parser.value(years).toInt();
    const int saveCount = std::max(100, parser.value(saves).toInt());
    const QDate today = QDate::currentDate();

    const programme::Programme programme = programme::Programme::load(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    int entries = 0;
    int responses = 0;
    synthetic::ProgrammeTotals programmeTotals;
    {
        auto profile =
            store::Profile::create(profileDir, kPassphrase); // calibrated KDF, as for a patient
        const auto start = Clock::now();
        entries = synthetic::generateDiary(profile->database(),
                                           {yearCount, parser.value(seed).toULongLong(), today})
                      .entries;
        responses = synthetic::generateMeasures(
            profile->database(), {yearCount, parser.value(seed).toULongLong(), today});
        programmeTotals = synthetic::generateProgramme(
            profile->database(), programme, {yearCount, parser.value(seed).toULongLong(), today});
        std::printf("generated %d entries, %d questionnaires, %d homework and %d exercise records "
                    "over %d years in %.0f ms\n",
                    entries, responses, programmeTotals.homework, programmeTotals.exerciseRecords,
                    yearCount, msSince(start));
    }

    // Open + unlock, three times; the median run is reported.
    std::vector<store::Profile::OpenTimings> opens;
    for (int i = 0; i < 3; ++i)
        opens.push_back(store::Profile::open(profileDir, kPassphrase)->timings());
    std::sort(opens.begin(), opens.end(),
              [](const auto& a, const auto& b) { return a.total < b.total; });
    const double kdfMs = double(opens[1].keyDerivation.count()) / 1000.0;
    const double restMs = double((opens[1].total - opens[1].keyDerivation).count()) / 1000.0;

    auto profile = store::Profile::open(profileDir, kPassphrase);
    const Measures encrypted = measure(profile->database(), programme, saveCount, today);
    const long rssEncryptedKb = peakRssKb();
    profile.reset();

    const QString plainPath = dir.filePath(QStringLiteral("plain.db"));
    store::Database plain = store::Database::openUnencrypted(plainPath);
    store::migrate(plain);
    synthetic::generateDiary(plain, {yearCount, parser.value(seed).toULongLong(), today});
    synthetic::generateMeasures(plain, {yearCount, parser.value(seed).toULongLong(), today});
    synthetic::generateProgramme(plain, programme,
                                 {yearCount, parser.value(seed).toULongLong(), today});
    const Measures unencrypted = measure(plain, programme, saveCount, today);

    const auto ratio = [](double a, double b) {
        return b > 0 ? a / b : 0.0;
    };
    std::printf("\n%-34s %10s %10s %10s %9s\n", "figure (ms)", "SQLCipher", "plain", "ratio",
                "target");
    std::printf("%-34s %10.1f %10s %10s %9s\n", "unlock: key derivation", kdfMs, "-", "-",
                "300-500");
    std::printf("%-34s %10.1f %10s %10s %9s\n", "unlock: open, key check, migrate", restMs, "-",
                "-", "");
    const auto row = [&](const char* name, double a, double b, const char* target) {
        std::printf("%-34s %10.2f %10.2f %10.2f %9s\n", name, a, b, ratio(a, b), target);
    };
    row("save one entry, p50", encrypted.save.p50, unencrypted.save.p50, "");
    row("save one entry, p99", encrypted.save.p99, unencrypted.save.p99, "< 5");
    row("history first page (50), p50", encrypted.historyFirstPage.p50,
        unencrypted.historyFirstPage.p50, "< 10");
    QJsonArray dashboardJson;
    for (std::size_t i = 0; i < kRanges.size(); ++i) {
        const QByteArray name = ("dashboard " + encrypted.dashboard[i].first + ", p50").toUtf8();
        row(name.constData(), encrypted.dashboard[i].second.p50,
            unencrypted.dashboard[i].second.p50, "< 30");
        dashboardJson.append(QJsonObject{{"range", encrypted.dashboard[i].first},
                                         {"sqlcipher", toJson(encrypted.dashboard[i].second)},
                                         {"plain", toJson(unencrypted.dashboard[i].second)}});
    }
    row("questionnaire results, p50", encrypted.measureResults.p50, unencrypted.measureResults.p50,
        "< 30");
    row("homework adherence, all time, p50", encrypted.adherenceAllTime.p50,
        unencrypted.adherenceAllTime.p50, "< 30");
    row("programme overview, p50", encrypted.programmeOverview.p50,
        unencrypted.programmeOverview.p50, "< 30");
    std::printf("%-34s %10.1f MB\n", "peak resident memory", double(rssEncryptedKb) / 1024.0);
    std::printf("(%d diary entries; %d questionnaires; %d homework, %.0f %% done; %d exercise "
                "records; %d saves; medians of repeated runs)\n",
                entries, responses, programmeTotals.homework, 100.0 * encrypted.adherenceRatio,
                programmeTotals.exerciseRecords, saveCount);

    const QJsonObject bandwidth = parser.value(clinicServer) == QLatin1String("none")
                                      ? QJsonObject()
                                      : bench::syncBandwidth(parser.value(clinicServer), yearCount,
                                                             parser.value(seed).toULongLong());

    const QJsonObject results{
        {"date", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {"entries", entries},
        {"questionnaires", responses},
        {"homework", programmeTotals.homework},
        {"exercise_records", programmeTotals.exerciseRecords},
        {"homework_adherence_ratio", encrypted.adherenceRatio},
        {"years", yearCount},
        {"saves", saveCount},
        {"unlock", QJsonObject{{"kdf_ms", kdfMs}, {"rest_ms", restMs}}},
        {"save",
         QJsonObject{{"sqlcipher", toJson(encrypted.save)}, {"plain", toJson(unencrypted.save)}}},
        {"history_first_page", QJsonObject{{"sqlcipher", toJson(encrypted.historyFirstPage)},
                                           {"plain", toJson(unencrypted.historyFirstPage)}}},
        {"dashboard", dashboardJson},
        {"measure_results", QJsonObject{{"sqlcipher", toJson(encrypted.measureResults)},
                                        {"plain", toJson(unencrypted.measureResults)}}},
        {"homework_adherence", QJsonObject{{"sqlcipher", toJson(encrypted.adherenceAllTime)},
                                           {"plain", toJson(unencrypted.adherenceAllTime)}}},
        {"programme_overview", QJsonObject{{"sqlcipher", toJson(encrypted.programmeOverview)},
                                           {"plain", toJson(unencrypted.programmeOverview)}}},
        {"peak_rss_mb", double(rssEncryptedKb) / 1024.0},
        {"sync_bandwidth", bandwidth},
    };
    const QString outPath = parser.value(output);
    QDir().mkpath(QFileInfo(outPath).absolutePath());
    QSaveFile file(outPath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(results).toJson());
        if (file.commit())
            std::printf("results written to %s\n", qPrintable(QDir::toNativeSeparators(outPath)));
    }
    return 0;
}
