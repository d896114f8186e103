#include "DiaryWording.h"

#include "diary/DiaryCatalogue.h"

#include <QLocale>

namespace pacewise::ui {

QString DiaryWording::anchor(Scale scale, int value) {
    if (value < 0 || value > 10)
        return tr("Not answered");
    const int band = value == 0 ? 0 : value <= 3 ? 1 : value <= 6 ? 2 : value <= 9 ? 3 : 4;
    switch (scale) {
    case Scale::Pain: {
        static const char* const words[] = {QT_TR_NOOP("No pain"), QT_TR_NOOP("Mild pain"),
                                            QT_TR_NOOP("Moderate pain"), QT_TR_NOOP("Severe pain"),
                                            QT_TR_NOOP("Worst pain imaginable")};
        return tr(words[band]);
    }
    case Scale::Mood: {
        static const char* const words[] = {QT_TR_NOOP("Very low mood"), QT_TR_NOOP("Low mood"),
                                            QT_TR_NOOP("So-so mood"), QT_TR_NOOP("Good mood"),
                                            QT_TR_NOOP("Very good mood")};
        return tr(words[band]);
    }
    case Scale::SleepQuality: {
        static const char* const words[] = {QT_TR_NOOP("Very poor sleep"), QT_TR_NOOP("Poor sleep"),
                                            QT_TR_NOOP("Fair sleep"), QT_TR_NOOP("Good sleep"),
                                            QT_TR_NOOP("Very good sleep")};
        return tr(words[band]);
    }
    }
    return {};
}

QString DiaryWording::dateText(const QDateTime& when) {
    return QLocale().toString(when.date(), QLocale::LongFormat);
}

QString DiaryWording::timeText(const QDateTime& when) {
    // Hours and minutes: some locales' short format (C, POSIX) carries seconds too.
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    format.remove(QLatin1String(".ss"));
    return locale.toString(when.time(), format);
}

QString DiaryWording::dayText(const QDateTime& when, QDate today) {
    const QDate day = when.date();
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return dateText(when);
}

QString DiaryWording::summary(const diary::DiaryEntry& e, const diary::DiaryCatalogue& catalogue) {
    QStringList parts;
    QString pain = tr("Pain %1").arg(e.painNow);
    if (e.painAverage && e.painWorst)
        pain = tr("Pain %1 (average %2, worst %3)")
                   .arg(e.painNow)
                   .arg(*e.painAverage)
                   .arg(*e.painWorst);
    else if (e.painAverage)
        pain = tr("Pain %1 (average %2)").arg(e.painNow).arg(*e.painAverage);
    else if (e.painWorst)
        pain = tr("Pain %1 (worst %2)").arg(e.painNow).arg(*e.painWorst);
    parts << pain;
    if (e.mood)
        parts << tr("Mood %1").arg(*e.mood);
    if (e.sleepHours)
        parts << tr("Slept %1 h").arg(decimal(*e.sleepHours));
    QStringList places;
    for (const QString& code : e.bodyLocations)
        places << catalogue.bodyRegionLabel(code);
    // Semicolons between areas: their names hold commas ("Knee, left").
    if (!places.isEmpty())
        parts << places.join(QStringLiteral("; "));
    return parts.join(QStringLiteral(" · "));
}

QStringList DiaryWording::triggerLabels(const diary::DiaryEntry& e,
                                        const diary::DiaryCatalogue& catalogue) {
    QStringList labels;
    for (const QString& code : e.triggers)
        labels << catalogue.triggerLabel(code);
    return labels;
}

QString DiaryWording::decimal(double value) {
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    // Whole numbers without ".0": "7 h" reads better than "7.0 h".
    if (value == static_cast<int>(value))
        return locale.toString(static_cast<int>(value));
    return locale.toString(value, 'f', 1);
}

} // namespace pacewise::ui
