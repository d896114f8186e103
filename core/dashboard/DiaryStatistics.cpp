#include "dashboard/DiaryStatistics.h"

#include "store/Database.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace pacewise::dashboard {
namespace {

std::optional<double> optionalReal(const store::Statement& s, int column) {
    return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
}

QString iso(QDate d) {
    return d.toString(Qt::ISODate);
}

} // namespace

QDate DiaryStatistics::rangeStart(Range range, QDate today) const {
    switch (range) {
    case Range::Week:
        return today.addDays(-6);
    case Range::Month:
        return today.addMonths(-1).addDays(1);
    case Range::ThreeMonths:
        return today.addMonths(-3).addDays(1);
    case Range::Year:
        return today.addYears(-1).addDays(1);
    case Range::AllTime: {
        store::Statement q =
            m_db.prepare("SELECT min(local_date) FROM diary_entries WHERE deleted_at IS NULL");
        const QDate first =
            q.step() && !q.isNull(0) ? QDate::fromString(q.text(0), Qt::ISODate) : today;
        return std::min(first, today);
    }
    }
    return today;
}

std::vector<DayFigures> DiaryStatistics::daily(QDate from, QDate to) const {
    std::vector<DayFigures> days;
    if (!from.isValid() || !to.isValid() || from > to)
        return days;
    // Six days before `from` are read too, so the first rolling averages are complete.
    const QDate readFrom = from.addDays(-6);
    const qint64 total = readFrom.daysTo(to) + 1;
    days.resize(std::size_t(total));
    for (qint64 i = 0; i < total; ++i)
        days[std::size_t(i)].date = readFrom.addDays(i);

    store::Statement q = m_db.prepare(
        "SELECT local_date, count(*), avg(coalesce(pain_average, pain_now)), "
        "max(coalesce(pain_worst, pain_now)), avg(mood), avg(sleep_hours), max(active_minutes), "
        "sum(as_needed_doses) "
        "FROM diary_entries WHERE deleted_at IS NULL AND local_date BETWEEN ? AND ? "
        "GROUP BY local_date");
    q.bind(1, iso(readFrom)).bind(2, iso(to));
    while (q.step()) {
        const qint64 index = readFrom.daysTo(QDate::fromString(q.text(0), Qt::ISODate));
        if (index < 0 || index >= total)
            continue;
        DayFigures& d = days[std::size_t(index)];
        d.entries = int(q.int64(1));
        d.pain = optionalReal(q, 2);
        d.worstPain = optionalReal(q, 3);
        d.mood = optionalReal(q, 4);
        d.sleepHours = optionalReal(q, 5);
        d.activeMinutes = optionalReal(q, 6);
        d.asNeededDoses = int(q.int64(7));
    }
    for (std::size_t i = 0; i < days.size(); ++i) {
        double sum = 0;
        int n = 0;
        for (std::size_t j = (i >= 6 ? i - 6 : 0); j <= i; ++j) {
            if (days[j].pain) {
                sum += *days[j].pain;
                ++n;
            }
        }
        if (n > 0)
            days[i].painRolling7 = sum / n;
    }
    days.erase(days.begin(), days.begin() + 6);
    return days;
}

PeriodFigures DiaryStatistics::period(QDate from, QDate to) const {
    PeriodFigures p;
    p.from = from;
    p.to = to;
    p.days = int(from.daysTo(to) + 1);
    // Means of daily values, so that a day with three entries counts as much as a day with one.
    store::Statement q =
        m_db.prepare("SELECT count(*), avg(pain), avg(mood), avg(sleep), avg(active) FROM ("
                     " SELECT avg(coalesce(pain_average, pain_now)) AS pain, avg(mood) AS mood,"
                     "        avg(sleep_hours) AS sleep, max(active_minutes) AS active"
                     " FROM diary_entries WHERE deleted_at IS NULL AND local_date BETWEEN ? AND ?"
                     " GROUP BY local_date)");
    q.bind(1, iso(from)).bind(2, iso(to));
    if (q.step()) {
        p.daysWithEntries = int(q.int64(0));
        p.pain = optionalReal(q, 1);
        p.mood = optionalReal(q, 2);
        p.sleepHours = optionalReal(q, 3);
        p.activeMinutes = optionalReal(q, 4);
    }
    return p;
}

Summary DiaryStatistics::summary(Range range, QDate today) const {
    Summary s;
    s.range = range;
    const QDate from = rangeStart(range, today);
    s.current = period(from, today);
    if (range != Range::AllTime) {
        const qint64 length = from.daysTo(today) + 1;
        const QDate prevTo = from.addDays(-1);
        PeriodFigures prev = period(prevTo.addDays(-(length - 1)), prevTo);
        if (prev.daysWithEntries > 0)
            s.previous = prev;
    }
    s.sentences = describe(s);
    return s;
}

QStringList DiaryStatistics::describe(const Summary& s) {
    QStringList out;
    const QLocale locale;
    const auto one = [&](double v) {
        return locale.toString(v, 'f', 1);
    };
    if (s.current.daysWithEntries == 0) {
        out << tr("There are no diary entries in this period yet.");
        return out;
    }
    QString period;
    QString previous;
    switch (s.range) {
    case Range::Week:
        period = tr("in the last 7 days");
        previous = tr("the 7 days before");
        break;
    case Range::Month:
        period = tr("in the last month");
        previous = tr("the month before");
        break;
    case Range::ThreeMonths:
        period = tr("in the last 3 months");
        previous = tr("the 3 months before");
        break;
    case Range::Year:
        period = tr("this year");
        previous = tr("the year before");
        break;
    case Range::AllTime:
        period = tr("since you started the diary");
        break;
    }
    if (s.current.pain) {
        const double now = *s.current.pain;
        if (s.previous && s.previous->pain) {
            const double before = *s.previous->pain;
            // Changes smaller than half a point are within day-to-day noise on a 0-10 scale.
            if (std::abs(now - before) < 0.5)
                out << tr("Your average pain %1 was %2, about the same as %3 (%4).")
                           .arg(period, one(now), previous, one(before));
            else if (now < before)
                out << tr("Your average pain %1 was %2, down from %3 %4.")
                           .arg(period, one(now), one(before), previous);
            else
                out << tr("Your average pain %1 was %2, up from %3 %4.")
                           .arg(period, one(now), one(before), previous);
        } else {
            out << tr("Your average pain %1 was %2.").arg(period, one(now));
        }
    }
    if (s.current.sleepHours)
        out << tr("You slept %1 hours a night on average.").arg(one(*s.current.sleepHours));
    if (s.current.activeMinutes)
        out << tr("You were active for about %n minutes a day.", nullptr,
                  int(std::lround(*s.current.activeMinutes)));
    out << tr("You wrote in your diary on %1 of %2 days.")
               .arg(s.current.daysWithEntries)
               .arg(s.current.days);
    return out;
}

std::vector<TagAssociation> DiaryStatistics::associations(const char* tagDaysSql, QDate from,
                                                          QDate to, int minDays) const {
    QHash<QString, double> painByDay; // local_date -> that day's pain
    double total = 0;
    {
        store::Statement q = m_db.prepare(
            "SELECT local_date, avg(coalesce(pain_average, pain_now)) FROM diary_entries "
            "WHERE deleted_at IS NULL AND local_date BETWEEN ? AND ? GROUP BY local_date");
        q.bind(1, iso(from)).bind(2, iso(to));
        while (q.step()) {
            painByDay.insert(q.text(0), q.real(1));
            total += q.real(1);
        }
    }
    struct Tally {
        int days = 0;
        double pain = 0;
    };
    QHash<QString, Tally> byTag;
    store::Statement q = m_db.prepare(tagDaysSql); // (tag, local_date), each pair once
    q.bind(1, iso(from)).bind(2, iso(to));
    while (q.step()) {
        const auto day = painByDay.constFind(q.text(1));
        if (day == painByDay.constEnd())
            continue;
        Tally& t = byTag[q.text(0)];
        ++t.days;
        t.pain += day.value();
    }
    std::vector<TagAssociation> out;
    for (auto it = byTag.cbegin(); it != byTag.cend(); ++it) {
        const int with = it->days;
        const int without = int(painByDay.size()) - with;
        if (with < minDays || without < 1)
            continue;
        TagAssociation a;
        a.tag = it.key();
        a.daysWith = with;
        a.painWith = it->pain / with;
        a.painWithout = (total - it->pain) / without;
        out.push_back(a);
    }
    std::sort(out.begin(), out.end(), [](const TagAssociation& a, const TagAssociation& b) {
        if (std::abs(a.difference()) != std::abs(b.difference()))
            return std::abs(a.difference()) > std::abs(b.difference());
        return a.tag < b.tag;
    });
    return out;
}

std::vector<TagAssociation> DiaryStatistics::triggerAssociations(QDate from, QDate to,
                                                                 int minDays) const {
    return associations("SELECT tag, local_date FROM diary_entry_tags "
                        "WHERE live = 1 AND local_date BETWEEN ? AND ? GROUP BY tag, local_date",
                        from, to, minDays);
}

std::vector<TagAssociation> DiaryStatistics::copingAssociations(QDate from, QDate to,
                                                                int minDays) const {
    return associations(
        "SELECT DISTINCT c.value, e.local_date FROM diary_entries e, json_each(e.coping) c "
        "WHERE e.deleted_at IS NULL AND e.local_date BETWEEN ? AND ?",
        from, to, minDays);
}

} // namespace pacewise::dashboard
