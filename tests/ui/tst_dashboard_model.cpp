// The progress screen's view-models without QML, on a real (temporary) profile: its figures are
// core's DiaryStatistics for every range, checked against a small diary worked out by hand; the
// questionnaire results from responses completed through core's MeasureStore; homework adherence
// from homework stored through core's HomeworkStore, worked out by hand.

#include "CatchRunner.h"
#include "OpenProfile.h"
#include "QtStringMaker.h"
#include "dashboard/AdherenceModel.h"
#include "dashboard/DashboardModel.h"
#include "dashboard/DiaryStatistics.h"
#include "dashboard/MeasureResultsModel.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "homework/HomeworkStore.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "shell/Translations.h"
#include "synthetic/SyntheticDiary.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QScatterSeries>
#include <catch2/catch.hpp>

using namespace pacewise;
using pacewise::ui::AdherenceModel;
using pacewise::ui::DashboardModel;
using pacewise::ui::HeatMapModel;
using pacewise::ui::MeasureResultsModel;
using pacewise::ui::test::entryAt;
using pacewise::ui::test::OpenProfile;

namespace {

const QDate kToday(2026, 3, 7); // a Saturday

// Six days, worked out by hand:
//   1 Mar pain 4, stress      2 Mar pain 8, stress      3 Mar pain 8, stress
//   4 Mar pain 2, breathing   5 Mar pain 2, breathing   6 Mar pain 2, breathing   7 Mar nothing
// Days with stress average (4 + 8 + 8) / 3 = 6.7, the others 2.0; with breathing the reverse.
struct SmallDiary : OpenProfile {
    diary::DiaryStore store{db(), diary::DiaryCatalogue::current()};

    SmallDiary() {
        const int pains[] = {4, 8, 8, 2, 2, 2};
        for (int i = 0; i < 6; ++i) {
            auto e = entryAt(QDate(2026, 3, 1 + i), 9, pains[i]);
            if (i < 3)
                e.triggers << QStringLiteral("stress");
            else
                e.copingSkills << QStringLiteral("breathing");
            e.mood = 10 - pains[i];
            store.save(e);
        }
    }
};

std::unique_ptr<DashboardModel> dashboardFor(OpenProfile& f, DashboardModel::Range range) {
    auto model = std::make_unique<DashboardModel>();
    model->setToday([] { return kToday; });
    model->setRange(range);
    model->setSession(&f.session);
    return model;
}

} // namespace

TEST_CASE("the week in figures: summary, daily points and the period, from core") {
    SmallDiary f;
    auto model = dashboardFor(f, DashboardModel::Week);
    CHECK(model->from() == QDate(2026, 3, 1));
    CHECK(model->to() == kToday);
    CHECK(model->hasData());
    CHECK(model->summarySentences().first() ==
          QStringLiteral("Your average pain in the last 7 days was 4.3."));
    CHECK(model->periodText() ==
          QStringLiteral("From Sunday, 1 March 2026 to Saturday, 7 March 2026"));

    const QList<QPointF> pain = model->points(DashboardModel::Pain);
    REQUIRE(pain.size() == 6); // 7 March has no entry: no point
    CHECK(pain.first().y() == 4);
    CHECK(pain.at(1).y() == 8);
    CHECK(QDateTime::fromMSecsSinceEpoch(qint64(pain.first().x())) ==
          QDateTime(QDate(2026, 3, 1), QTime(12, 0)));
    const QList<QPointF> rolling = model->points(DashboardModel::PainRolling);
    REQUIRE(rolling.size() == 7); // the average carries over a day without entries
    CHECK(rolling.at(2).y() == Approx(20.0 / 3));
    CHECK(rolling.last().y() == Approx(26.0 / 6));
    CHECK(model->points(DashboardModel::Mood).first().y() == 6);
    CHECK(model->points(DashboardModel::SleepHours).isEmpty());
    CHECK(model->axisFormat() == QStringLiteral("ddd d"));
    CHECK(model->painChartText().startsWith(
        QStringLiteral("Daily pain on 6 of 7 days: lowest 2.0, highest 8.0.")));
}

TEST_CASE("what goes with more or less pain, in plain sentences") {
    SmallDiary f;
    auto model = dashboardFor(f, DashboardModel::Week);
    CHECK(model->higherPainLines() ==
          QStringList{QStringLiteral("On days with Stress or worry, your pain averaged 6.7, "
                                     "against 2.0 on other days (3 days).")});
    CHECK(model->lowerPainLines() ==
          QStringList{QStringLiteral("On days you used Breathing exercise, your pain averaged "
                                     "2.0, against 6.7 on other days (3 days).")});
}

TEST_CASE("the pain calendar: whole months in weeks, a band and a number per day") {
    SmallDiary f;
    auto model = dashboardFor(f, DashboardModel::Week);
    HeatMapModel* heatMap = model->heatMap();
    QAbstractItemModelTester tester(heatMap, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(heatMap->count() == 1);
    const QModelIndex march = heatMap->index(0);
    CHECK(march.data(HeatMapModel::TitleRole).toString() == QStringLiteral("March 2026"));
    CHECK(march.data(HeatMapModel::LeadingBlanksRole).toInt() == 6); // Sunday, weeks from Monday
    CHECK(march.data(HeatMapModel::SummaryRole).toString() ==
          QStringLiteral("March 2026: 6 days with entries"));
    const QVariantList days = march.data(HeatMapModel::DaysRole).toList();
    REQUIRE(days.size() == 7); // up to today
    const auto day = [&](int n) {
        return days.at(n - 1).toMap();
    };
    CHECK(day(1).value(QStringLiteral("band")).toInt() == 2); // 4: "4 to under 6"
    CHECK(day(1).value(QStringLiteral("text")).toString() == QStringLiteral("4"));
    CHECK(day(2).value(QStringLiteral("band")).toInt() == 4); // 8: "8 to 10"
    CHECK(day(4).value(QStringLiteral("band")).toInt() == 1); // 2: "2 to under 4"
    CHECK(day(2).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Monday 2 March: pain 8.0"));
    CHECK(day(7).value(QStringLiteral("band")).toInt() == -1);
    CHECK(day(7).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Saturday 7 March: no entry"));
    CHECK(HeatMapModel::weekdayNames().first() == QStringLiteral("Mon"));
    CHECK(HeatMapModel::legend().size() == HeatMapModel::kBands);
    CHECK(HeatMapModel::band(0) == 0);
    CHECK(HeatMapModel::band(1.99) == 0);
    CHECK(HeatMapModel::band(10) == 4);
}

TEST_CASE("fillSeries puts the daily points into a chart's line series") {
    SmallDiary f;
    auto model = dashboardFor(f, DashboardModel::Week);
    QLineSeries series;
    series.append(0, 0); // whatever was there before goes
    model->fillSeries(&series, DashboardModel::Pain);
    REQUIRE(series.count() == 6);
    CHECK(series.at(0).y() == 4);
    CHECK(series.at(5).y() == 2);
    model->fillSeries(&series, DashboardModel::PainRolling);
    CHECK(series.count() == 7);
    model->fillSeries(nullptr, DashboardModel::Pain); // harmless
}

TEST_CASE("every range gives the same figures as DiaryStatistics") {
    OpenProfile f;
    synthetic::DiaryOptions options;
    options.years = 2;
    options.seed = 7;
    options.endDate = kToday;
    synthetic::generateDiary(f.db(), options);
    const dashboard::DiaryStatistics statistics(f.db());
    auto model = dashboardFor(f, DashboardModel::Week);
    const std::pair<DashboardModel::Range, dashboard::Range> ranges[] = {
        {DashboardModel::Week, dashboard::Range::Week},
        {DashboardModel::Month, dashboard::Range::Month},
        {DashboardModel::ThreeMonths, dashboard::Range::ThreeMonths},
        {DashboardModel::Year, dashboard::Range::Year},
        {DashboardModel::AllTime, dashboard::Range::AllTime},
    };
    for (const auto& [range, core] : ranges) {
        CAPTURE(int(range));
        model->setRange(range);
        const QDate from = statistics.rangeStart(core, kToday);
        CHECK(model->from() == from);
        CHECK(model->summarySentences() == statistics.summary(core, kToday).sentences);
        const auto daily = statistics.daily(from, kToday);
        REQUIRE(model->days().size() == daily.size());
        int withPain = 0;
        for (std::size_t i = 0; i < daily.size(); ++i) {
            CHECK(model->days()[i].date == daily[i].date);
            CHECK(model->days()[i].pain == daily[i].pain);
            CHECK(model->days()[i].painRolling7 == daily[i].painRolling7);
            withPain += daily[i].pain ? 1 : 0;
        }
        CHECK(model->points(DashboardModel::Pain).size() == withPain);
        CHECK(model->heatMap()->count() <= HeatMapModel::kMaxMonths);
    }
    // Two years back, the calendar is cut to the last twelve months and says so.
    CHECK(model->heatMap()->count() == HeatMapModel::kMaxMonths);
    CHECK_FALSE(model->heatMapNote().isEmpty());
    CHECK(model->axisFormat() == QStringLiteral("MMM yyyy"));
}

TEST_CASE("an empty diary says so instead of drawing nothing") {
    OpenProfile f;
    auto model = dashboardFor(f, DashboardModel::Month);
    CHECK_FALSE(model->hasData());
    CHECK(model->summarySentences() ==
          QStringList{QStringLiteral("There are no diary entries in this period yet.")});
    CHECK(model->points(DashboardModel::Pain).isEmpty());
    CHECK(model->higherPainLines().isEmpty());
}

// --- Questionnaire results -------------------------------------------------------------------

namespace {

// Answers that score `target` on the measure's headline rule: each counted item, in order, gets
// the largest option or number that still fits, so that items late in the list (PHQ-9's item 9,
// the safety question) stay at 0 short of the maximum; other required items get their lowest
// answer.
measures::Answers answersScoring(const measures::Measure& measure, double target) {
    using measures::Answer;
    const measures::ScoreRule& rule = measure.rules.scores.front();
    double remaining = rule.method == measures::ScoreRule::Method::Mean
                           ? target * double(rule.items.size())
                           : target;
    measures::Answers answers;
    for (const QString& linkId : rule.items) {
        const measures::Item* item = measure.questionnaire.find(linkId);
        REQUIRE(item);
        if (item->type == measures::ItemType::Choice) {
            const measures::AnswerOption* best = nullptr;
            for (const measures::AnswerOption& option : item->options)
                if (option.ordinal && *option.ordinal <= remaining + 1e-9 &&
                    (!best || *option.ordinal > *best->ordinal))
                    best = &option;
            REQUIRE(best);
            answers[linkId] = Answer::ofCoding(best->coding);
            remaining -= *best->ordinal;
        } else {
            const double value = std::min(remaining, item->maxValue.value_or(remaining));
            answers[linkId] = item->type == measures::ItemType::Integer
                                  ? Answer::ofInteger(qint64(value))
                                  : Answer::ofDecimal(value);
            remaining -= value;
        }
    }
    REQUIRE(remaining == Approx(0).margin(1e-9));
    for (const measures::Item* item : measure.questionnaire.allItems()) {
        if (!item->required || answers.count(item->linkId) ||
            !measures::isEnabled(measure.questionnaire, *item, answers))
            continue;
        if (item->type == measures::ItemType::Choice)
            answers[item->linkId] = Answer::ofCoding(item->options.front().coding);
        else if (item->type == measures::ItemType::Integer)
            answers[item->linkId] = Answer::ofInteger(qint64(item->minValue.value_or(0)));
    }
    return answers;
}

// A profile whose questionnaires are answered on given days, through core's MeasureStore.
struct MeasureProfile : OpenProfile {
    measures::MeasureLibrary library = measures::MeasureLibrary::load(db());
    QDateTime now;
    measures::MeasureStore store{db(), library, [this] {
                                     return now;
                                 }};

    // `measureId` completed on `date` at 10:00 local time with answers scoring `score`.
    void answer(const QString& measureId, QDate date, double score) {
        now = QDateTime(date, QTime(10, 0)).toUTC();
        const measures::Measure* measure = library.find(measureId);
        REQUIRE(measure);
        measures::Response response = store.startOrResume(measureId);
        response.answers = answersScoring(*measure, score);
        const measures::Response done = store.complete(response);
        REQUIRE(done.scores.front().value == Approx(score).margin(0.05));
    }
};

std::unique_ptr<MeasureResultsModel> resultsFor(OpenProfile& f, DashboardModel::Range range) {
    auto model = std::make_unique<MeasureResultsModel>();
    model->setToday([] { return kToday; });
    model->setRange(range);
    model->setSession(&f.session);
    return model;
}

QVariant role(const MeasureResultsModel& model, int row, MeasureResultsModel::Role r) {
    return model.data(model.index(row), r);
}

int rowOf(const MeasureResultsModel& model, const QString& measureId) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (role(model, row, MeasureResultsModel::MeasureIdRole).toString() == measureId)
            return row;
    return -1;
}

QList<qreal> ys(const QXYSeries& series) {
    QList<qreal> out;
    for (const QPointF& p : series.points())
        out << p.y();
    return out;
}

qreal xOf(QDate date) {
    return qreal(QDateTime(date, QTime(10, 0)).toMSecsSinceEpoch());
}

} // namespace

TEST_CASE("a questionnaire's card: the latest score with its band, when, and the change since "
          "the first answer") {
    MeasureProfile f;
    f.answer(QStringLiteral("phq-9"), kToday.addDays(-60), 17);
    f.answer(QStringLiteral("phq-9"), kToday.addDays(-30), 14);
    f.answer(QStringLiteral("phq-9"), kToday.addDays(-3), 12);
    auto model = resultsFor(f, DashboardModel::ThreeMonths);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model->count() == 1);
    using R = MeasureResultsModel;
    CHECK(role(*model, 0, R::MeasureIdRole).toString() == QStringLiteral("phq-9"));
    CHECK(role(*model, 0, R::TitleRole).toString() ==
          QStringLiteral("Patient Health Questionnaire (PHQ-9)"));
    CHECK(role(*model, 0, R::LatestTextRole).toString() == QStringLiteral("12 — Moderate"));
    CHECK(role(*model, 0, R::LatestMeaningRole).toString() ==
          f.library.find(QStringLiteral("phq-9"))->rules.scores.front().bands[2].meaning);
    CHECK(role(*model, 0, R::LatestDateTextRole).toString() ==
          QStringLiteral("Answered on Wednesday, 4 March 2026"));
    CHECK(role(*model, 0, R::BaselineTextRole).toString() ==
          QStringLiteral("Your first answer, on Tuesday, 6 January 2026: 17 — Moderately "
                         "severe"));
    CHECK(role(*model, 0, R::ChangeTextRole).toString() ==
          QStringLiteral("Your score is 5 lower than at the start — a meaningful improvement."));
    CHECK(role(*model, 0, R::ChangeKindRole).toInt() == R::Better);
    CHECK(role(*model, 0, R::ScoreTitleRole).toString() == QStringLiteral("PHQ-9 total score"));
    CHECK(role(*model, 0, R::ValueMaxRole).toDouble() == 27);
    CHECK(role(*model, 0, R::ScaleTextRole).toString() ==
          QStringLiteral("Scores go from 0 to 27. Lower scores are better. A change of 5 or more "
                         "since your first answer is meaningful."));
    CHECK(role(*model, 0, R::TickIntervalRole).toDouble() == 5);
    CHECK(role(*model, 0, R::PointCountRole).toInt() == 3);
    CHECK(role(*model, 0, R::HasBetterRole).toBool());
    CHECK_FALSE(role(*model, 0, R::HasWorseRole).toBool());
    const QString chartText = role(*model, 0, R::ChartTextRole).toString();
    CHECK(chartText.startsWith(QStringLiteral(
        "Patient Health Questionnaire (PHQ-9), from Tuesday, 6 January 2026 to Wednesday, 4 "
        "March 2026. Answers: 3. Lowest 12, highest 17.")));
    CHECK(chartText.contains(
        QStringLiteral("Answers with a meaningful improvement since the start: 1.")));
    CHECK(chartText.contains(QStringLiteral("Minimal from 0 to 4; Mild from 5 to 9")));

    // The chart: every answer, the first one and its level, the meaningful one.
    QLineSeries scores;
    model->fillScores(&scores, 0);
    CHECK(ys(scores) == QList<qreal>{17, 14, 12});
    CHECK(scores.at(0).x() == xOf(kToday.addDays(-60)));
    QScatterSeries start;
    model->fillStart(&start, 0);
    CHECK(ys(start) == QList<qreal>{17});
    QLineSeries level;
    model->fillStartLevel(&level, 0);
    CHECK(ys(level) == QList<qreal>{17, 17});
    CHECK(level.at(0).x() == qreal(model->axisFrom().toMSecsSinceEpoch()));
    CHECK(level.at(1).x() == qreal(model->axisTo().toMSecsSinceEpoch()));
    QScatterSeries better;
    model->fillMeaningful(&better, 0, true);
    CHECK(ys(better) == QList<qreal>{12}); // 14 is 3 lower: not yet
    QScatterSeries worse;
    model->fillMeaningful(&worse, 0, false);
    CHECK(worse.count() == 0);
    model->fillScores(nullptr, 0); // harmless
    model->fillScores(&scores, 5); // no such row: empty
    CHECK(scores.count() == 0);
}

TEST_CASE("a change is meaningful from the threshold on, not a point before") {
    MeasureProfile f;
    auto model = resultsFor(f, DashboardModel::Year);
    const auto change = [&](const QString& measureId) {
        model->refresh();
        const int row = rowOf(*model, measureId);
        REQUIRE(row >= 0);
        return std::pair(role(*model, row, MeasureResultsModel::ChangeKindRole).toInt(),
                         role(*model, row, MeasureResultsModel::ChangeTextRole).toString());
    };
    using R = MeasureResultsModel;
    const QString ups = QStringLiteral(" — within the usual ups and downs.");
    const QString better = QStringLiteral(" — a meaningful improvement.");
    const QString worse = QStringLiteral(" — a meaningful change for the worse. It may help to "
                                         "talk it over with your clinic.");
    const QString phq9 = QStringLiteral("phq-9"); // 5 points
    f.answer(phq9, kToday.addDays(-50), 10);
    CHECK(change(phq9) ==
          std::pair(int(R::FirstAnswer), QStringLiteral("This is your first answer. Later answers "
                                                        "will be compared with it.")));
    f.answer(phq9, kToday.addDays(-40), 10);
    CHECK(change(phq9) ==
          std::pair(int(R::NotMeaningful), QStringLiteral("Your score is the same as at the "
                                                          "start.")));
    f.answer(phq9, kToday.addDays(-30), 14);
    CHECK(change(phq9) ==
          std::pair(int(R::NotMeaningful),
                    QStringLiteral("Your score is 4 higher than at the start") + ups));
    f.answer(phq9, kToday.addDays(-20), 15);
    CHECK(change(phq9) ==
          std::pair(int(R::Worse),
                    QStringLiteral("Your score is 5 higher than at the start") + worse));
    f.answer(phq9, kToday.addDays(-10), 6);
    CHECK(change(phq9) ==
          std::pair(int(R::NotMeaningful),
                    QStringLiteral("Your score is 4 lower than at the start") + ups));
    f.answer(phq9, kToday.addDays(-5), 5);
    CHECK(change(phq9) ==
          std::pair(int(R::Better),
                    QStringLiteral("Your score is 5 lower than at the start") + better));
    // Both kinds of mark on the chart: 15 (worse) and 5 (better).
    QScatterSeries worseMarks;
    model->fillMeaningful(&worseMarks, rowOf(*model, phq9), false);
    CHECK(ys(worseMarks) == QList<qreal>{15});
    QScatterSeries betterMarks;
    model->fillMeaningful(&betterMarks, rowOf(*model, phq9), true);
    CHECK(ys(betterMarks) == QList<qreal>{5});

    // PEG: 30 % of the first score. From 10.0, 7.3 is 27 % lower and 7.0 is 30 %.
    const QString peg = QStringLiteral("peg");
    f.answer(peg, kToday.addDays(-30), 10);
    f.answer(peg, kToday.addDays(-20), 22.0 / 3);
    CHECK(change(peg) ==
          std::pair(int(R::NotMeaningful),
                    QStringLiteral("Your score is 2.7 lower than at the start") + ups));
    f.answer(peg, kToday.addDays(-10), 7);
    CHECK(change(peg) ==
          std::pair(int(R::Better),
                    QStringLiteral("Your score is 3.0 lower than at the start") + better));
    // PEG has no bands: the score says what it is out of.
    CHECK(role(*model, rowOf(*model, peg), R::LatestTextRole).toString() ==
          QStringLiteral("7.0 out of 10"));

    // Pain NRS: 2 points or 30 %, whichever comes first. From 3, one point is 33 %.
    const QString nrs = QStringLiteral("pain-nrs");
    f.answer(nrs, kToday.addDays(-30), 3);
    f.answer(nrs, kToday.addDays(-20), 2);
    CHECK(change(nrs) ==
          std::pair(int(R::Better),
                    QStringLiteral("Your score is 1 lower than at the start") + better));

    // PGIC is itself a rating of change and has no threshold: no comparison is made.
    const QString pgic = QStringLiteral("pgic");
    f.answer(pgic, kToday.addDays(-30), 4);
    f.answer(pgic, kToday.addDays(-20), 2);
    CHECK(change(pgic) == std::pair(int(R::NoThreshold), QString()));
    CHECK(role(*model, rowOf(*model, pgic), R::LatestTextRole).toString() ==
          QStringLiteral("2 — Improved"));
}

TEST_CASE("the band areas follow the scoring rules: they meet, hold every score of their band, "
          "and carry their names") {
    const measures::MeasureLibrary library = measures::MeasureLibrary::loadBundled();
    int withBands = 0;
    for (const measures::Measure& measure : library.measures()) {
        CAPTURE(measure.id);
        const measures::ScoreRule& rule = measure.rules.scores.front();
        const auto areas = MeasureResultsModel::bandAreas(rule);
        REQUIRE(areas.size() == rule.bands.size());
        if (areas.empty())
            continue;
        ++withBands;
        CHECK(areas.front().lower == rule.bands.front().from);
        CHECK(areas.back().upper == rule.bands.back().to);
        for (std::size_t i = 0; i < areas.size(); ++i) {
            CAPTURE(i);
            CHECK(areas[i].label == rule.bands[i].label);
            CHECK(areas[i].lower <= rule.bands[i].from);
            CHECK(areas[i].upper >= rule.bands[i].to);
            if (i > 0) {
                CHECK(areas[i].lower == areas[i - 1].upper); // no gap, no overlap
                CHECK(areas[i].lower > rule.bands[i - 1].to);
            }
            CHECK(areas[i].rank == (rule.higherIsWorse ? int(i) : int(areas.size() - 1 - i)));
        }
    }
    CHECK(withBands >= 5);

    // PHQ-9 on a chart: Mild is shaded from 4.5 to 9.5, across the period.
    MeasureProfile f;
    f.answer(QStringLiteral("phq-9"), kToday.addDays(-3), 7);
    auto model = resultsFor(f, DashboardModel::Month);
    QAreaSeries mild;
    model->fillBand(&mild, 0, 1);
    REQUIRE(mild.upperSeries());
    REQUIRE(mild.lowerSeries());
    CHECK(ys(*mild.upperSeries()) == QList<qreal>{9.5, 9.5});
    CHECK(ys(*mild.lowerSeries()) == QList<qreal>{4.5, 4.5});
    CHECK(mild.upperSeries()->at(0).x() == qreal(model->axisFrom().toMSecsSinceEpoch()));
    CHECK(mild.upperSeries()->at(1).x() == qreal(model->axisTo().toMSecsSinceEpoch()));
    QAreaSeries severe;
    model->fillBand(&severe, 0, 4);
    CHECK(ys(*severe.upperSeries()) == QList<qreal>{27, 27});
    CHECK(ys(*severe.lowerSeries()) == QList<qreal>{19.5, 19.5});

    const QVariantList bands = role(*model, 0, MeasureResultsModel::BandsRole).toList();
    REQUIRE(bands.size() == 5);
    CHECK(bands.at(3).toMap().value(QStringLiteral("label")).toString() ==
          QStringLiteral("Moderately severe"));
    CHECK(bands.at(3).toMap().value(QStringLiteral("lower")).toDouble() == 14.5);
    CHECK(bands.at(3).toMap().value(QStringLiteral("middle")).toDouble() == 17);
    CHECK(bands.at(4).toMap().value(QStringLiteral("upper")).toDouble() == 27);
}

TEST_CASE("the period follows the dashboard's range, never under three months, and the first "
          "answer ever stays the start") {
    MeasureProfile f;
    const QString gad7 = QStringLiteral("gad-7");
    f.answer(gad7, kToday.addDays(-400), 12);
    f.answer(gad7, kToday.addDays(-200), 9);
    f.answer(gad7, kToday.addDays(-100), 7);
    f.answer(gad7, kToday.addDays(-20), 4);
    f.answer(QStringLiteral("pgic"), kToday.addDays(-200), 3);
    auto model = resultsFor(f, DashboardModel::Week);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    using R = MeasureResultsModel;

    // A week would chart one point: the questionnaires show the last three months.
    CHECK(model->from() == QDate(2025, 12, 8));
    CHECK(model->to() == kToday);
    CHECK_FALSE(model->periodNote().isEmpty());
    CHECK(model->periodText() ==
          QStringLiteral("From Monday, 8 December 2025 to Saturday, 7 March 2026"));
    REQUIRE(model->count() == 1); // PGIC was last answered 200 days ago
    CHECK(role(*model, 0, R::PointCountRole).toInt() == 1);
    CHECK(role(*model, 0, R::ChangeTextRole).toString() ==
          QStringLiteral("Your score is 8 lower than at the start — a meaningful improvement."));
    CHECK(role(*model, 0, R::BaselineTextRole)
              .toString()
              .startsWith(
                  QStringLiteral("Your first answer, on Friday, 31 January 2025: 12 — Moderate")));
    QScatterSeries start;
    model->fillStart(&start, 0);
    CHECK(start.count() == 0); // before the period: its level line still shows it
    CHECK_FALSE(role(*model, 0, R::StartInPeriodRole).toBool());
    QLineSeries level;
    model->fillStartLevel(&level, 0);
    CHECK(ys(level) == QList<qreal>{12, 12});

    model->setRange(DashboardModel::ThreeMonths);
    CHECK(model->from() == QDate(2025, 12, 8));
    CHECK(model->periodNote().isEmpty());

    model->setRange(DashboardModel::Year);
    CHECK(model->from() == QDate(2025, 3, 8));
    REQUIRE(model->count() == 2);
    CHECK(role(*model, rowOf(*model, gad7), R::PointCountRole).toInt() == 3);
    CHECK(role(*model, rowOf(*model, QStringLiteral("pgic")), R::PointCountRole).toInt() == 1);

    model->setRange(DashboardModel::AllTime);
    CHECK(model->from() == kToday.addDays(-400));
    CHECK(role(*model, rowOf(*model, gad7), R::PointCountRole).toInt() == 4);
    model->fillStart(&start, rowOf(*model, gad7));
    CHECK(ys(start) == QList<qreal>{12});
    CHECK(role(*model, rowOf(*model, gad7), R::StartInPeriodRole).toBool());
    CHECK(model->axisFormat() == QStringLiteral("MMM yyyy"));
}

TEST_CASE("with no questionnaire answered, one line says where to find them") {
    MeasureProfile f;
    auto model = resultsFor(f, DashboardModel::Month);
    CHECK(model->count() == 0);
    CHECK(model->emptyText() ==
          QStringLiteral("No questionnaires answered yet. You will find them under "
                         "Questionnaires, and the Home page shows when one is due."));
    CHECK(model->periodText().isEmpty());

    f.answer(QStringLiteral("gad-7"), kToday.addDays(-200), 6);
    model->refresh();
    CHECK(model->count() == 0);
    CHECK(model->emptyText() == QStringLiteral("No questionnaires were answered in this period. "
                                               "Choose a longer period to see earlier ones."));
    model->setRange(DashboardModel::Year);
    CHECK(model->count() == 1);
    CHECK(model->emptyText().isEmpty());
}

namespace {

// Homework around kToday (Saturday 7 March 2026), worked out by hand:
//   due Mon 2 Mar, once, done Sun 1 Mar                 on time   week of 2 Mar
//   due Wed 4 Mar, twice, done Tue 3 and Thu 5 Mar       late      week of 2 Mar
//   due Wed 25 Feb, once, never done                     not done  week of 23 Feb
//   due Tue 10 Mar, once, open                           not due yet
//   due Mon 1 Dec 2025, once, done that day              on time   (outside the month)
struct SomeHomework : OpenProfile {
    SomeHomework() {
        std::vector<homework::HomeworkStore::Generated> rows;
        int n = 0;
        const auto add = [&](QDate due, int target, std::vector<QDate> doneOn) {
            homework::HomeworkStore::Generated row;
            row.homework.id =
                QStringLiteral("00000000-0000-4000-8000-%1").arg(++n, 12, 10, QLatin1Char('0'));
            row.homework.moduleId = QStringLiteral("understanding-pain");
            row.homework.templateId = QStringLiteral("t%1").arg(n);
            row.homework.title = QStringLiteral("Homework %1").arg(n);
            row.homework.target = target;
            row.homework.assignedAt = QDateTime(due.addDays(-7), QTime(9, 0)).toUTC();
            row.homework.dueDate = due;
            for (const QDate& day : doneOn)
                row.checkOffs.push_back(QDateTime(day, QTime(10, 0)).toUTC());
            rows.push_back(row);
        };
        add(QDate(2026, 3, 2), 1, {QDate(2026, 3, 1)});
        add(QDate(2026, 3, 4), 2, {QDate(2026, 3, 3), QDate(2026, 3, 5)});
        add(QDate(2026, 2, 25), 1, {});
        add(QDate(2026, 3, 10), 1, {});
        add(QDate(2025, 12, 1), 1, {QDate(2025, 12, 1)});
        homework::HomeworkStore(db()).insertGenerated(rows);
    }
};

std::unique_ptr<AdherenceModel> adherenceFor(OpenProfile& f, DashboardModel::Range range) {
    auto model = std::make_unique<AdherenceModel>();
    model->setToday([] { return kToday; });
    model->setRange(range);
    model->setSession(&f.session);
    return model;
}

} // namespace

TEST_CASE("homework adherence over a month: the figure in a sentence and a bar per week") {
    SomeHomework f;
    auto model = adherenceFor(f, DashboardModel::Month);
    REQUIRE(model->errorMessage().isEmpty());
    CHECK(model->hasData());
    CHECK_FALSE(model->byMonth());
    CHECK(model->overallText() == QStringLiteral("You did 2 of 3 homework tasks that were due "
                                                 "(67 %). One of them was done after its due "
                                                 "date."));
    CHECK(model->openText() ==
          QStringLiteral("One homework task is late and still open: it can still be done."));
    CHECK(model->chartTitle() == QStringLiteral("Homework done, week by week"));

    const auto& bars = model->bars();
    REQUIRE(bars.size() >= 4);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        CHECK(bars[i].start.dayOfWeek() == Qt::Monday);
        if (i > 0)
            CHECK(bars[i - 1].start.daysTo(bars[i].start) == 7);
    }
    const AdherenceModel::Bar& last = bars.back();
    CHECK(last.start == QDate(2026, 3, 2));
    CHECK(last.due == 2);
    CHECK(last.doneOnTime == 1);
    CHECK(last.doneLate == 1);
    const AdherenceModel::Bar& before = bars[bars.size() - 2];
    CHECK(before.start == QDate(2026, 2, 23));
    CHECK(before.due == 1);
    CHECK(before.notDone() == 1);
    CHECK(model->categories().back() == QStringLiteral("2 Mar"));
    CHECK(model->valueMax() == 2);

    QBarSet onTime(QStringLiteral("on time"));
    QBarSet late(QStringLiteral("late"));
    QBarSet notDone(QStringLiteral("not done"));
    onTime.append(99); // replaced, not added to
    model->fillBars(&onTime, &late, &notDone);
    REQUIRE(onTime.count() == int(bars.size()));
    CHECK(onTime.at(onTime.count() - 1) == 1);
    CHECK(late.at(late.count() - 1) == 1);
    CHECK(notDone.at(notDone.count() - 2) == 1);
    CHECK(onTime.sum() + late.sum() + notDone.sum() == 3);

    CHECK(model->chartText() ==
          QStringLiteral("Homework done, week by week. You did 2 of 3 homework tasks that were "
                         "due (67 %). One of them was done after its due date. Periods without "
                         "homework due are left out: Week of Monday, 23 February 2026: 0 of 1 "
                         "done; Week of Monday, 2 March 2026: 2 of 2 done."));
}

TEST_CASE("homework adherence over all time goes month by month from the first homework due") {
    SomeHomework f;
    auto model = adherenceFor(f, DashboardModel::AllTime);
    CHECK(model->byMonth());
    CHECK(model->overallText() == QStringLiteral("You did 3 of 4 homework tasks that were due "
                                                 "(75 %). One of them was done after its due "
                                                 "date."));
    const auto& bars = model->bars();
    REQUIRE(bars.size() == 4); // December to March
    CHECK(bars.front().start == QDate(2025, 12, 1));
    CHECK(bars.front().doneOnTime == 1);
    CHECK(bars[1].due == 0); // January: nothing due
    CHECK(bars[2].start == QDate(2026, 2, 1));
    CHECK(bars[2].notDone() == 1);
    CHECK(bars.back().due == 2);
    CHECK(model->categories() == QStringList{QStringLiteral("Dec 2025"), QStringLiteral("Jan 2026"),
                                             QStringLiteral("Feb 2026"),
                                             QStringLiteral("Mar 2026")});
    CHECK(model->chartTitle() == QStringLiteral("Homework done, month by month"));

    model->setRange(DashboardModel::Week);
    CHECK_FALSE(model->byMonth());
    CHECK(model->overallText() == QStringLiteral("You did 2 of 2 homework tasks that were due "
                                                 "(100 %). One of them was done after its due "
                                                 "date."));
}

TEST_CASE("without homework due, adherence says so in a sentence and draws no bars") {
    OpenProfile f;
    auto model = adherenceFor(f, DashboardModel::ThreeMonths);
    CHECK_FALSE(model->hasData());
    CHECK(model->overallText() == QStringLiteral("No homework fell due in this period."));
    CHECK(model->openText().isEmpty());
}

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt Charts series belong to the widgets world.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    pacewise::ui::installTranslators(app); // the English plural forms
    return pacewise::test::runCatch(argc, argv);
}
