#include "exercises/ExerciseListModel.h"

#include "error/Error.h"
#include "homework/HomeworkStore.h"
#include "measures/MeasureWording.h"
#include "programme/ExerciseStore.h"
#include "programme/Programme.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcExerciseList, "pacewise.exercises.list")

namespace pacewise::ui {
namespace {

// How much of a record's first answer the list shows to tell records apart.
constexpr int kSummaryLength = 80;

} // namespace

ExerciseListModel::ExerciseListModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_today([] { return QDate::currentDate(); }) {}

ExerciseListModel::~ExerciseListModel() = default;

void ExerciseListModel::classBegin() {
    m_complete = false;
}

void ExerciseListModel::componentComplete() {
    m_complete = true;
    refresh();
}

void ExerciseListModel::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ProfileSession::unlocked, this, &ExerciseListModel::refresh);
        connect(m_session, &ProfileSession::locked, this, &ExerciseListModel::refresh);
    }
    emit sessionChanged();
    if (m_complete)
        refresh();
}

void ExerciseListModel::setProgrammeDirectory(const QString& directory) {
    m_directory = directory;
    if (m_complete)
        refresh();
}

void ExerciseListModel::setToday(std::function<QDate()> today) {
    m_today = std::move(today);
}

int ExerciseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> ExerciseListModel::roleNames() const {
    return {
        {ExerciseIdRole, "exerciseId"},     {TitleRole, "title"},
        {DescriptionRole, "description"},   {DoneCountRole, "doneCount"},
        {DoneTextRole, "doneText"},         {LastDoneRole, "lastDone"},
        {HasDraftRole, "hasDraft"},         {HomeworkIdRole, "homeworkId"},
        {HomeworkTextRole, "homeworkText"}, {AccessibleTextRole, "accessibleText"},
    };
}

QString ExerciseListModel::doneText(const Row& row) const {
    if (row.doneCount == 0)
        return tr("Not done yet");
    const QString last = MeasureWording::dayText(row.lastDone, m_today());
    if (row.doneCount == 1)
        return tr("Done once, last %1").arg(last);
    return tr("Done %1 times, last %2").arg(row.doneCount).arg(last);
}

QVariant ExerciseListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case ExerciseIdRole:
        return row.exerciseId;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case DescriptionRole:
        return row.description;
    case DoneCountRole:
        return row.doneCount;
    case DoneTextRole:
        return doneText(row);
    case LastDoneRole:
        return row.lastDone;
    case HasDraftRole:
        return row.hasDraft;
    case HomeworkIdRole:
        return row.homeworkId;
    case HomeworkTextRole:
        return row.homeworkText;
    case AccessibleTextRole: {
        QStringList parts{row.title, doneText(row)};
        if (row.hasDraft)
            parts.append(tr("A started one is waiting"));
        if (!row.homeworkText.isEmpty())
            parts.append(row.homeworkText);
        return parts.join(QStringLiteral(". "));
    }
    default:
        return {};
    }
}

int ExerciseListModel::rowOf(const QString& exerciseId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].exerciseId == exerciseId)
            return int(i);
    return -1;
}

void ExerciseListModel::refresh() {
    setError({});
    std::vector<Row> rows;
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (db) {
        try {
            const programme::Programme content =
                programme::Programme::load(QLocale().name(), m_directory);
            const programme::ExerciseStore records(*db, content);
            const homework::HomeworkStore homework(*db);
            const QDate today = m_today();
            for (const programme::Exercise& exercise : content.exercises()) {
                Row row;
                row.exerciseId = exercise.id;
                row.title = exercise.title();
                row.description = exercise.description();
                row.doneCount = records.count(exercise.id);
                const auto latest = records.completed(exercise.id, 1);
                if (!latest.empty())
                    row.lastDone = latest.front().completedAt.toLocalTime().date();
                row.hasDraft = records.draft(exercise.id).has_value();
                const auto open = homework.openFor(exercise.id);
                if (!open.empty()) {
                    const homework::Homework& next = open.front();
                    row.homeworkId = next.id;
                    row.homeworkText = tr("For your homework: %1 of %2 times, by %3")
                                           .arg(next.doneCount)
                                           .arg(next.target)
                                           .arg(MeasureWording::dayText(next.dueDate, today));
                }
                rows.push_back(std::move(row));
            }
        } catch (const Error& error) {
            qCWarning(lcExerciseList).noquote() << error.message() << error.detail();
            setError(error.message(), error.detail());
        }
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QVariantList ExerciseListModel::recentRecords(const QString& exerciseId, int limit) const {
    QVariantList list;
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db)
        return list;
    try {
        const programme::Programme content =
            programme::Programme::load(QLocale().name(), m_directory);
        const programme::Exercise* exercise = content.exercise(exerciseId);
        if (!exercise)
            return list;
        const QDate today = m_today();
        const programme::ExerciseStore records(*db, content);
        for (const programme::ExerciseRecord& record : records.completed(exerciseId, limit)) {
            // The first question answered in words (or any answer) tells records apart.
            QString summary;
            for (const measures::Item* item : exercise->questionnaire.allItems()) {
                const auto found = record.answers.find(item->linkId);
                if (found == record.answers.end())
                    continue;
                summary = found->second.string;
                if (!summary.isEmpty())
                    break;
            }
            summary = summary.simplified();
            if (summary.size() > kSummaryLength)
                summary = summary.left(kSummaryLength - 1).trimmed() + QChar(0x2026);
            list.append(QVariantMap{
                {QStringLiteral("recordId"), record.id},
                {QStringLiteral("dateText"),
                 MeasureWording::dayText(record.completedAt.toLocalTime().date(), today)},
                {QStringLiteral("summary"), summary},
            });
        }
    } catch (const Error& error) {
        qCWarning(lcExerciseList).noquote() << error.message() << error.detail();
    }
    return list;
}

void ExerciseListModel::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

} // namespace pacewise::ui
