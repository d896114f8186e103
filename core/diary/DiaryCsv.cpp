#include "diary/DiaryCsv.h"

#include "diary/DiaryValidation.h"
#include "error/Error.h"

#include <QIODevice>
#include <QLocale>

namespace pacewise::diary {
namespace {

const QString kListSeparator = QStringLiteral("; ");

QString quoted(QString cell, bool isText) {
    if (isText && !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
        cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' ')))
        return QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return cell;
}

QString unguarded(const QString& cell) {
    if (cell.size() > 1 && cell.front() == QLatin1Char('\'') &&
        QStringLiteral("=+-@\t\r").contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QString number(const std::optional<int>& v) {
    return v ? QString::number(*v) : QString();
}

// Splits CSV text into rows of cells (RFC 4180: quotes, doubled quotes, newlines in quotes).
std::vector<QStringList> parse(const QString& text, int& badLine) {
    std::vector<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    int line = 1;
    int quoteOpenedOn = 0;
    badLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty() && !cellWasQuoted) {
            inQuotes = cellWasQuoted = true;
            quoteOpenedOn = line;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows.push_back(row);
            row.clear();
            cell.clear();
            cellWasQuoted = false;
            ++line;
        } else {
            cell += c;
        }
    }
    if (inQuotes)
        badLine = quoteOpenedOn; // where the person has to look, not the end of the file
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows.push_back(row);
    }
    return rows;
}

} // namespace

QStringList DiaryCsv::columns() {
    return {QStringLiteral("id"),
            QStringLiteral("recorded_at"),
            QStringLiteral("pain_now"),
            QStringLiteral("pain_average"),
            QStringLiteral("pain_worst"),
            QStringLiteral("mood"),
            QStringLiteral("sleep_hours"),
            QStringLiteral("sleep_quality"),
            QStringLiteral("active_minutes"),
            QStringLiteral("body_locations"),
            QStringLiteral("triggers"),
            QStringLiteral("coping_skills"),
            QStringLiteral("medications"),
            QStringLiteral("note"),
            QStringLiteral("deleted"),
            QStringLiteral("version")};
}

void DiaryCsv::write(const std::vector<DiaryEntry>& entries, QIODevice& out) {
    out.write("\xEF\xBB\xBF");
    out.write(columns().join(QLatin1Char(',')).toUtf8() + "\r\n");
    for (const DiaryEntry& e : entries) {
        QStringList meds;
        for (const MedicationDose& m : e.medications)
            meds << QStringLiteral("%1 | %2 | %3 | %4")
                        .arg(m.name, m.dose)
                        .arg(m.count)
                        .arg(m.asNeeded ? QStringLiteral("as needed") : QStringLiteral("regular"));
        const QStringList cells{
            quoted(e.id, false),
            quoted(e.recordedAt.toString(Qt::ISODate), false),
            QString::number(e.painNow),
            number(e.painAverage),
            number(e.painWorst),
            number(e.mood),
            e.sleepHours ? QString::number(*e.sleepHours, 'g', 4) : QString(),
            number(e.sleepQuality),
            number(e.activeMinutes),
            quoted(e.bodyLocations.join(kListSeparator), true),
            quoted(e.triggers.join(kListSeparator), true),
            quoted(e.copingSkills.join(kListSeparator), true),
            quoted(meds.join(kListSeparator), true),
            quoted(e.note, true),
            e.deleted ? QStringLiteral("yes") : QStringLiteral("no"),
            QString::number(e.version),
        };
        out.write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
    }
}

namespace {

// One row of the file as an entry; throws Error(InvalidInput) naming the line and the column.
DiaryEntry readRow(const QStringList& cells, qsizetype line) {
    const QStringList names = DiaryCsv::columns();
    const auto fail = [](qsizetype at, const QString& column, const QString& why) {
        return Error(ErrorCode::InvalidInput,
                     DiaryCsv::tr("Line %1, column %2: %3").arg(at).arg(column, why));
    };
    if (cells.size() != names.size())
        throw fail(
            line, QStringLiteral("-"),
            DiaryCsv::tr("expected %1 cells, found %2.").arg(names.size()).arg(cells.size()));
    const auto integer = [&](int column, bool required) -> std::optional<int> {
        if (cells[column].isEmpty()) {
            if (required)
                throw fail(line, names[column], DiaryCsv::tr("a number is required."));
            return std::nullopt;
        }
        bool ok = false;
        const int v = cells[column].toInt(&ok);
        if (!ok)
            throw fail(line, names[column],
                       DiaryCsv::tr("\"%1\" is not a whole number.").arg(cells[column]));
        return v;
    };
    const auto list = [&](int column) {
        const QString text = unguarded(cells[column]);
        return text.isEmpty() ? QStringList() : text.split(kListSeparator);
    };
    DiaryEntry e;
    e.id = cells[0];
    e.recordedAt = QDateTime::fromString(cells[1], Qt::ISODate);
    if (!e.recordedAt.isValid())
        throw fail(line, names[1],
                   DiaryCsv::tr("\"%1\" is not a date and time like 2026-03-01T08:30:00+01:00.")
                       .arg(cells[1]));
    e.painNow = *integer(2, true);
    e.painAverage = integer(3, false);
    e.painWorst = integer(4, false);
    e.mood = integer(5, false);
    if (!cells[6].isEmpty()) {
        bool ok = false;
        e.sleepHours = cells[6].toDouble(&ok);
        if (!ok)
            throw fail(line, names[6],
                       DiaryCsv::tr("\"%1\" is not a number of hours.").arg(cells[6]));
    }
    e.sleepQuality = integer(7, false);
    e.activeMinutes = integer(8, false);
    e.bodyLocations = list(9);
    e.triggers = list(10);
    e.copingSkills = list(11);
    for (const QString& med : list(12)) {
        const QStringList parts = med.split(QStringLiteral(" | "));
        bool ok = false;
        const int count = parts.size() == 4 ? parts[2].toInt(&ok) : 0;
        if (!ok)
            throw fail(line, names[12],
                       DiaryCsv::tr("\"%1\" is not \"name | dose | count | as needed or regular\".")
                           .arg(med));
        e.medications.append(
            {QString(), parts[0], parts[1], parts[3] == QLatin1String("as needed"), count});
    }
    e.note = unguarded(cells[13]);
    e.deleted = cells[14] == QLatin1String("yes");
    e.version = integer(15, false).value_or(0);
    return e;
}

} // namespace

DiaryCsv::Import DiaryCsv::read(QIODevice& in, const DiaryCatalogue& catalogue) {
    QByteArray bytes = in.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    int badLine = 0;
    const std::vector<QStringList> rows = parse(QString::fromUtf8(bytes), badLine);
    if (badLine)
        throw Error(ErrorCode::InvalidInput,
                    tr("Line %1 of the CSV file has a quote that is never closed.").arg(badLine));
    if (rows.empty() || rows.front() != columns())
        throw Error(ErrorCode::InvalidInput,
                    tr("The first line of the CSV file must be the Pacewise column names: %1.")
                        .arg(columns().join(QLatin1String(", "))));
    Import result;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const QStringList& cells = rows[r];
        const qsizetype line = qsizetype(r) + 1;
        if (cells.size() == 1 && cells.front().isEmpty())
            continue;
        try {
            DiaryEntry e = readRow(cells, line);
            const std::vector<FieldIssue> issues = DiaryValidation::validate(e, catalogue);
            if (!issues.empty())
                throw Error(ErrorCode::InvalidInput,
                            tr("Line %1: %2").arg(line).arg(issues.front().message));
            result.entries.push_back(std::move(e));
        } catch (const Error& rowProblem) {
            result.rejected.push_back({line, rowProblem.message()});
        }
    }
    return result;
}

} // namespace pacewise::diary
