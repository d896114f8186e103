// The progress screen's view-model without QML, on a real (temporary) profile: its figures are
// core's DiaryStatistics for every range, checked against a small diary worked out by hand.

#define CATCH_CONFIG_RUNNER
#include "OpenProfile.h"
#include "QtStringMaker.h"
#include "dashboard/DashboardModel.h"
#include "dashboard/DiaryStatistics.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "shell/Translations.h"
#include "synthetic/SyntheticDiary.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineSeries>
#include <catch2/catch.hpp>

using namespace pacewise;
using pacewise::ui::DashboardModel;
using pacewise::ui::HeatMapModel;
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

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt Charts series belong to the widgets world.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    pacewise::ui::installTranslators(app); // the English plural forms
    return Catch::Session().run(argc, argv);
}
