#include "HeatMapModel.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace pacewise::ui {

int HeatMapModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant HeatMapModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Month& month = m_months[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return month.title;
    case LeadingBlanksRole:
        return month.leadingBlanks;
    case DaysRole:
        return month.days;
    case SummaryRole:
        return tr("%1: %n day(s) with entries", nullptr, month.daysWithEntries).arg(month.title);
    default:
        return {};
    }
}

QHash<int, QByteArray> HeatMapModel::roleNames() const {
    return {{TitleRole, "title"},
            {LeadingBlanksRole, "leadingBlanks"},
            {DaysRole, "days"},
            {SummaryRole, "summary"}};
}

QStringList HeatMapModel::weekdayNames() {
    const QLocale locale;
    QStringList names;
    const int first = int(locale.firstDayOfWeek());
    for (int i = 0; i < 7; ++i)
        names << locale.dayName((first - 1 + i) % 7 + 1, QLocale::ShortFormat);
    return names;
}

int HeatMapModel::band(double pain) {
    return std::clamp(int(std::floor(pain / 2.0)), 0, kBands - 1);
}

QVariantList HeatMapModel::legend() {
    QVariantList out;
    const QLocale locale;
    for (int b = 0; b < kBands; ++b) {
        const QString text =
            b == kBands - 1
                ? tr("%1 to 10").arg(locale.toString(2 * b))
                : tr("%1 to under %2").arg(locale.toString(2 * b), locale.toString(2 * b + 2));
        out.append(QVariantMap{{QStringLiteral("band"), b}, {QStringLiteral("text"), text}});
    }
    return out;
}

void HeatMapModel::setDays(const std::vector<dashboard::DayFigures>& days, QDate today) {
    const QLocale locale;
    const int firstDay = int(locale.firstDayOfWeek());
    std::vector<Month> months;
    for (const dashboard::DayFigures& d : days) {
        if (d.date > today)
            break;
        if (months.empty() || d.date.day() == 1) {
            Month month;
            month.title = locale.standaloneMonthName(d.date.month()) + QLatin1Char(' ') +
                          QString::number(d.date.year());
            // The first day shown goes under its weekday (also when it is not the 1st).
            month.leadingBlanks = (d.date.dayOfWeek() - firstDay + 7) % 7;
            months.push_back(month);
        }
        Month& month = months.back();
        const QString when = locale.toString(d.date, QStringLiteral("dddd d MMMM"));
        QVariantMap cell{{QStringLiteral("day"), d.date.day()}};
        if (d.pain) {
            ++month.daysWithEntries;
            cell.insert(QStringLiteral("band"), band(*d.pain));
            cell.insert(QStringLiteral("text"), locale.toString(int(std::lround(*d.pain))));
            cell.insert(QStringLiteral("name"),
                        tr("%1: pain %2").arg(when, locale.toString(*d.pain, 'f', 1)));
        } else {
            cell.insert(QStringLiteral("band"), -1);
            cell.insert(QStringLiteral("text"), QString());
            cell.insert(QStringLiteral("name"), tr("%1: no entry").arg(when));
        }
        month.days.append(cell);
    }
    if (months.size() > std::size_t(kMaxMonths))
        months.erase(months.begin(), months.end() - kMaxMonths);
    const int before = count();
    beginResetModel();
    m_months = std::move(months);
    endResetModel();
    if (count() != before)
        emit countChanged();
}

} // namespace pacewise::ui
