#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::dashboard {

enum class Range { Week, Month, ThreeMonths, Year, AllTime };

// One calendar day of the diary. A day's pain is the mean of its entries' average pain (pain now
// where no average was given); sleep is the mean of the answers given; activity the largest
// "active minutes today" answer of the day.
struct DayFigures {
    QDate date;
    int entries = 0;
    std::optional<double> pain;
    std::optional<double> worstPain;
    std::optional<double> mood;
    std::optional<double> sleepHours;
    std::optional<double> activeMinutes;
    std::optional<double>
        painRolling7; // mean of the days with entries among this day and the 6 before
    int asNeededDoses = 0;
};

struct PeriodFigures {
    QDate from;
    QDate to;
    int days = 0;
    int daysWithEntries = 0;
    std::optional<double> pain;
    std::optional<double> mood;
    std::optional<double> sleepHours;
    std::optional<double> activeMinutes;
};

struct Summary {
    Range range = Range::Month;
    PeriodFigures current;
    std::optional<PeriodFigures> previous; // the period of the same length just before
    QStringList sentences;                 // plain-language, translated
};

// How a tag goes with pain: mean daily pain on days with it against days without it.
struct TagAssociation {
    QString tag;
    int daysWith = 0;
    double painWith = 0;
    double painWithout = 0;
    double difference() const { return painWith - painWithout; }
};

class DiaryStatistics {
    Q_DECLARE_TR_FUNCTIONS(DiaryStatistics)

public:
    explicit DiaryStatistics(store::Database& db)
        : m_db(db) {}

    // First day of `range` ending on `today`; AllTime starts at the first entry.
    QDate rangeStart(Range range, QDate today) const;
    // Every day from `from` to `to`, days without entries included (entries == 0).
    std::vector<DayFigures> daily(QDate from, QDate to) const;
    PeriodFigures period(QDate from, QDate to) const;
    Summary summary(Range range, QDate today) const;
    // Triggers (and coping skills) seen on at least `minDays` days in the period, strongest
    // association first.
    std::vector<TagAssociation> triggerAssociations(QDate from, QDate to, int minDays = 3) const;
    std::vector<TagAssociation> copingAssociations(QDate from, QDate to, int minDays = 3) const;

    static QStringList describe(const Summary& summary);

private:
    std::vector<TagAssociation> associations(const char* daysWithTagSql, QDate from, QDate to,
                                             int minDays) const;

    store::Database& m_db;
};

} // namespace pacewise::dashboard
