#pragma once

#include "dashboard/DiaryStatistics.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantList>
#include <vector>

namespace pacewise::ui {

// The calendar heat map of daily pain: one row per month, each with its days laid out in weeks
// (the locale's first day of the week first). A day's colour band (0-4, or -1 without an entry)
// and its number come from here, so the screen only draws.
class HeatMapModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Belongs to a DashboardModel")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QStringList weekdayNames READ weekdayNames CONSTANT)
    // [{band, text}] from the lowest band up, for the legend.
    Q_PROPERTY(QVariantList legend READ legend CONSTANT)

public:
    static constexpr int kBands = 5;
    static constexpr int kMaxMonths = 12;

    enum Role {
        TitleRole = Qt::UserRole + 1, // "June 2025"
        LeadingBlanksRole,            // empty cells before the 1st
        DaysRole,    // [{day, text, band, name}]: text is the rounded pain or empty, name is spoken
        SummaryRole, // "June 2025: 24 days with entries"
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_months.size()); }
    static QStringList weekdayNames();
    static QVariantList legend();
    // The band of a day's pain: 0 below 2, 1 below 4, 2 below 6, 3 below 8, 4 from 8.
    static int band(double pain);

    // Days from the first of a month to `today` (as DiaryStatistics::daily gives them).
    void setDays(const std::vector<dashboard::DayFigures>& days, QDate today);

signals:
    void countChanged();

private:
    struct Month {
        QString title;
        int leadingBlanks = 0;
        int daysWithEntries = 0;
        QVariantList days;
    };
    std::vector<Month> m_months;
};

} // namespace pacewise::ui
