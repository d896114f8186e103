#include "ProgrammeModel.h"

#include "ProgrammeWording.h"
#include "error/Error.h"
#include "homework/HomeworkStore.h"
#include "programme/Programme.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProgrammeModel, "pacewise.programme.overview")

namespace pacewise::ui {
namespace {

QString stateKey(programme::ModuleState state) {
    switch (state) {
    case programme::ModuleState::Locked:
        return QStringLiteral("locked");
    case programme::ModuleState::Available:
        return QStringLiteral("available");
    case programme::ModuleState::InProgress:
        return QStringLiteral("inProgress");
    case programme::ModuleState::Done:
        return QStringLiteral("done");
    }
    return {};
}

// The titles of the required homework a locked module waits for (that of the module before it).
QStringList awaitedHomework(const programme::Programme& content,
                            const std::vector<homework::Homework>& open, const QString& moduleId) {
    const programme::Module* module = content.module(moduleId);
    if (!module)
        return {};
    QStringList titles;
    for (const homework::Homework& item : open) {
        if (item.source != homework::Homework::Source::Module || item.moduleId != moduleId)
            continue;
        for (const programme::HomeworkTemplate& form : module->homework)
            if (form.id == item.templateId && form.requiredToContinue)
                titles << item.title;
    }
    return titles;
}

} // namespace

ProgrammeModel::ProgrammeModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

ProgrammeModel::~ProgrammeModel() = default;

void ProgrammeModel::classBegin() {
    m_complete = false;
}

void ProgrammeModel::componentComplete() {
    m_complete = true;
    refresh();
}

int ProgrammeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ProgrammeModel::roleNames() const {
    return {
        {ModuleIdRole, "moduleId"},
        {NumberRole, "number"},
        {TitleRole, "title"},
        {GoalRole, "goal"},
        {SummaryRole, "summary"},
        {StateRole, "moduleState"},
        {StateTextRole, "stateText"},
        {ProgressTextRole, "progressText"},
        {ReadingTimeTextRole, "readingTimeText"},
        {ActionTextRole, "actionText"},
        {CanOpenRole, "canOpen"},
        {UnlockedByClinicRole, "unlockedByClinic"},
        {AccessibleTextRole, "accessibleText"},
    };
}

QVariant ProgrammeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const programme::ModuleState state = row.progress.status.state;
    const bool started = row.progress.startedAt.isValid();
    const QString progressText = started ? ProgrammeWording::progressText(row.progress) : QString();
    switch (role) {
    case ModuleIdRole:
        return row.moduleId;
    case NumberRole:
        return row.number;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case GoalRole:
        return row.goal;
    case SummaryRole:
        return row.summary;
    case StateRole:
        return stateKey(state);
    case StateTextRole:
        return row.stateText;
    case ProgressTextRole:
        return progressText;
    case ReadingTimeTextRole:
        return ProgrammeWording::readingTimeText(row.minutes);
    case ActionTextRole:
        if (state == programme::ModuleState::Done)
            return tr("Read again");
        return started ? tr("Continue") : tr("Start");
    case CanOpenRole:
        return state != programme::ModuleState::Locked;
    case UnlockedByClinicRole:
        return row.progress.status.unlockedByClinic;
    case AccessibleTextRole: {
        QStringList parts{tr("Module %1: %2").arg(row.number).arg(row.title), row.goal,
                          row.stateText};
        if (!progressText.isEmpty())
            parts << progressText;
        parts << ProgrammeWording::readingTimeText(row.minutes);
        return parts.join(QStringLiteral(". "));
    }
    default:
        return {};
    }
}

void ProgrammeModel::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        refresh();
}

void ProgrammeModel::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    if (m_complete)
        refresh();
}

void ProgrammeModel::setProgrammeDirectory(const QString& directory) {
    m_directory = directory;
    if (m_complete)
        refresh();
}

int ProgrammeModel::doneCount() const {
    int done = 0;
    for (const Row& row : m_rows)
        if (row.progress.status.state == programme::ModuleState::Done)
            ++done;
    return done;
}

QString ProgrammeModel::overallText() const {
    if (m_rows.empty())
        return {};
    const int done = doneCount();
    if (done == 0)
        return tr("%1 modules, one after the other. Each opens when you are ready for it.")
            .arg(m_rows.size());
    if (done == int(m_rows.size()))
        return tr("You have finished every module. You can read any of them again.");
    return tr("You have finished %1 of %2 modules.").arg(done).arg(m_rows.size());
}

const ProgrammeModel::Row* ProgrammeModel::nextRow() const {
    for (const Row& row : m_rows)
        if (row.progress.status.state == programme::ModuleState::InProgress)
            return &row;
    for (const Row& row : m_rows)
        if (row.progress.status.state == programme::ModuleState::Available)
            return &row;
    return nullptr;
}

QString ProgrammeModel::nextModuleId() const {
    const Row* row = nextRow();
    return row ? row->moduleId : QString();
}

QString ProgrammeModel::nextModuleText() const {
    const Row* row = nextRow();
    return row ? tr("Module %1: %2").arg(row->number).arg(row->title) : QString();
}

QString ProgrammeModel::nextLessonText() const {
    const Row* row = nextRow();
    if (!row || row->positionLessonTitle.isEmpty())
        return {};
    return row->progress.startedAt.isValid()
               ? tr("You stopped in the lesson \u201c%1\u201d.").arg(row->positionLessonTitle)
               : tr("It starts with the lesson \u201c%1\u201d.").arg(row->positionLessonTitle);
}

QString ProgrammeModel::nextActionText() const {
    const Row* row = nextRow();
    if (!row)
        return {};
    return row->progress.startedAt.isValid() ? tr("Continue") : tr("Start");
}

int ProgrammeModel::rowOf(const QString& moduleId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].moduleId == moduleId)
            return int(i);
    return -1;
}

void ProgrammeModel::refresh() {
    setError({});
    store::Database* db = m_session ? m_session->database() : nullptr;
    std::vector<Row> rows;
    if (db) {
        try {
            const programme::Programme content =
                programme::Programme::load(QLocale().name(), m_directory);
            const programme::ProgrammeProgress progress(*db, content, m_clock);
            const QDate today = m_clock().toLocalTime().date();
            const std::vector<homework::Homework> open =
                homework::HomeworkStore(*db, m_clock).list(homework::HomeworkStore::Filter::Open);
            for (const programme::ModuleProgress& module : progress.modules()) {
                const programme::Module* definition = content.module(module.moduleId);
                if (!definition)
                    continue;
                Row row;
                row.moduleId = module.moduleId;
                row.number = definition->number;
                row.title = definition->title;
                row.goal = definition->goal;
                row.summary = definition->summary;
                for (const programme::Lesson& lesson : definition->lessons)
                    row.minutes += lesson.minutes;
                row.progress = module;
                const QString lockText = ProgrammeWording::lockText(
                    content, module.status,
                    awaitedHomework(content, open, module.status.reason.previousModuleId), today);
                row.stateText = ProgrammeWording::stateText(module, lockText);
                const programme::Lesson* lesson = definition->lesson(module.position.lessonId);
                if (!lesson && !definition->lessons.empty())
                    lesson = &definition->lessons.front();
                if (lesson)
                    row.positionLessonTitle = lesson->title;
                rows.push_back(std::move(row));
            }
        } catch (const Error& error) {
            qCWarning(lcProgrammeModel).noquote() << error.message() << error.detail();
            setError(error.message(), error.detail());
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit modulesChanged();
}

void ProgrammeModel::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

} // namespace pacewise::ui
