#include "MeasureListModel.h"

#include "MeasureWording.h"
#include "error/Error.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "measures/Schedule.h"

#include <QLoggingCategory>
#include <algorithm>
#include <map>

Q_LOGGING_CATEGORY(lcMeasureList, "pacewise.measures.list")

namespace pacewise::ui {
namespace {

int order(const QString& state) {
    if (state == QLatin1String("overdue"))
        return 0;
    if (state == QLatin1String("due"))
        return 1;
    if (state == QLatin1String("done"))
        return 2;
    return 3;
}

} // namespace

MeasureListModel::MeasureListModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_today([] { return QDate::currentDate(); }) {}

MeasureListModel::~MeasureListModel() = default;

void MeasureListModel::classBegin() {
    m_complete = false;
}

void MeasureListModel::componentComplete() {
    m_complete = true;
    refresh();
}

int MeasureListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> MeasureListModel::roleNames() const {
    return {
        {MeasureIdRole, "measureId"},
        {TitleRole, "title"},
        {StateRole, "scheduleState"},
        {StateTextRole, "stateText"},
        {DueDateRole, "dueDate"},
        {LastCompletedRole, "lastCompleted"},
        {LastCompletedTextRole, "lastCompletedText"},
        {InProgressRole, "inProgress"},
        {ActionTextRole, "actionText"},
        {LastScoreTextRole, "lastScoreText"},
        {BandLabelRole, "bandLabel"},
        {AccessibleTextRole, "accessibleText"},
    };
}

QVariant MeasureListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const QDate today = m_today();
    const QString lastText =
        row.lastCompleted.isValid()
            ? tr("Last filled in %1").arg(MeasureWording::dayText(row.lastCompleted, today))
            : tr("Not filled in yet");
    switch (role) {
    case MeasureIdRole:
        return row.measureId;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case StateRole:
        return row.state;
    case StateTextRole:
        return row.stateText;
    case DueDateRole:
        return row.dueDate;
    case LastCompletedRole:
        return row.lastCompleted;
    case LastCompletedTextRole:
        return lastText;
    case InProgressRole:
        return row.inProgress;
    case ActionTextRole:
        return row.inProgress ? tr("Continue") : tr("Start");
    case LastScoreTextRole:
        return row.lastScoreText;
    case BandLabelRole:
        return row.bandLabel;
    case AccessibleTextRole: {
        QStringList parts{row.title, row.stateText, lastText};
        if (!row.lastScoreText.isEmpty())
            parts << row.lastScoreText;
        if (row.inProgress)
            parts << tr("Started, not finished");
        return parts.join(QStringLiteral(". "));
    }
    default:
        return {};
    }
}

void MeasureListModel::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        refresh();
}

void MeasureListModel::setDueOnly(bool dueOnly) {
    if (dueOnly == m_dueOnly)
        return;
    m_dueOnly = dueOnly;
    emit dueOnlyChanged();
    if (m_complete)
        refresh();
}

void MeasureListModel::setToday(std::function<QDate()> today) {
    m_today = std::move(today);
    if (m_complete)
        refresh();
}

void MeasureListModel::setMeasureDirectory(const QString& directory) {
    m_directory = directory;
    if (m_complete)
        refresh();
}

QString MeasureListModel::problemsText() const {
    if (m_problems.isEmpty())
        return {};
    QStringList sentences;
    for (QString problem : m_problems) {
        while (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        sentences << problem;
    }
    if (sentences.size() == 1)
        return tr("One questionnaire could not be loaded: %1. The others work as usual.")
            .arg(sentences.constFirst());
    return tr("%1 questionnaires could not be loaded: %2. The others work as usual.")
        .arg(QString::number(sentences.size()), sentences.join(QStringLiteral("; ")));
}

int MeasureListModel::rowOf(const QString& measureId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].measureId == measureId)
            return int(i);
    return -1;
}

void MeasureListModel::refresh() {
    setError({});
    store::Database* db = m_session ? m_session->database() : nullptr;
    std::vector<Row> rows;
    QStringList problems;
    int dueCount = 0;
    if (db) {
        try {
            const measures::MeasureLibrary library =
                measures::MeasureLibrary::load(*db, m_directory);
            problems = library.problems();
            const measures::MeasureStore store(*db, library);
            const QDate today = m_today();
            std::map<QString, measures::Schedule::Status> planned;
            for (const auto& status :
                 measures::Schedule::statusOn(measures::Schedule::current(*db), store, today))
                planned.emplace(status.measureId, status);

            for (const measures::Measure& measure : library.measures()) {
                Row row;
                row.measureId = measure.id;
                row.title = measure.questionnaire.title.isEmpty() ? measure.questionnaire.name
                                                                  : measure.questionnaire.title;
                const auto found = planned.find(measure.id);
                if (found != planned.end()) {
                    row.state = measures::Schedule::stateKey(found->second.state);
                    row.stateText = MeasureWording::stateText(found->second, today);
                    row.dueDate = found->second.dueDate;
                } else {
                    row.state = QStringLiteral("any");
                    row.stateText = tr("Any time: not on your schedule");
                }
                row.inProgress = store.inProgress(measure.id).has_value();
                if (const auto latest = store.latest(measure.id)) {
                    row.lastCompleted = latest->completedAt.toLocalTime().date();
                    if (!measure.rules.scores.empty() && !latest->scores.empty() &&
                        latest->scores.front().value) {
                        const measures::ScoreRule& rule = measure.rules.scores.front();
                        const measures::Score& score = latest->scores.front();
                        row.bandLabel = MeasureWording::bandLabel(rule, score);
                        const QString value = MeasureWording::scoreOutOf(rule, *score.value);
                        row.lastScoreText =
                            row.bandLabel.isEmpty()
                                ? tr("Last result: %1").arg(value)
                                : tr("Last result: %1, %2").arg(value, row.bandLabel);
                    }
                }
                const bool due =
                    row.state == QLatin1String("due") || row.state == QLatin1String("overdue");
                if (due)
                    ++dueCount;
                if (!m_dueOnly || due)
                    rows.push_back(std::move(row));
            }
            std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
                return order(a.state) < order(b.state);
            });
        } catch (const Error& error) {
            qCWarning(lcMeasureList).noquote() << error.message() << error.detail();
            setError(error.message(), error.detail());
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_dueCount = dueCount;
    endResetModel();
    emit countChanged(); // dueCount may change with the same number of rows
    if (problems != m_problems) {
        m_problems = problems;
        emit problemsChanged();
    }
}

void MeasureListModel::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

} // namespace pacewise::ui
