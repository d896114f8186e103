#include "HomeworkListModel.h"

#include "ProgrammeWording.h"
#include "error/Error.h"

#include <QLocale>
#include <QLoggingCategory>
#include <iterator>

Q_LOGGING_CATEGORY(lcHomeworkList, "pacewise.programme.homework")

namespace pacewise::ui {

using homework::Homework;
using homework::HomeworkStore;

HomeworkListModel::HomeworkListModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

HomeworkListModel::~HomeworkListModel() = default;

void HomeworkListModel::classBegin() {
    m_complete = false;
}

void HomeworkListModel::componentComplete() {
    m_complete = true;
    refresh();
}

int HomeworkListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> HomeworkListModel::roleNames() const {
    return {
        {HomeworkIdRole, "homeworkId"},
        {TitleRole, "title"},
        {DescriptionRole, "description"},
        {ExerciseIdRole, "exerciseId"},
        {FromClinicRole, "fromClinic"},
        {SectionRole, "section"},
        {OverdueRole, "overdue"},
        {DueTextRole, "dueText"},
        {TimesTextRole, "timesText"},
        {AccessibleTextRole, "accessibleText"},
        {FirstInSectionRole, "firstInSection"},
    };
}

QVariant HomeworkListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Homework& row = m_rows[std::size_t(index.row())];
    const bool open = row.status == Homework::Status::Open;
    const QString dueText = open ? ProgrammeWording::dueText(row.dueDate, today())
                                 : tr("Done on %1")
                                       .arg(QLocale().toString(row.completedAt.toLocalTime().date(),
                                                               QLocale::LongFormat));
    const QString timesText = ProgrammeWording::timesText(row);
    switch (role) {
    case HomeworkIdRole:
        return row.id;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case DescriptionRole:
        return row.description;
    case ExerciseIdRole:
        return row.exerciseId;
    case FromClinicRole:
        return row.source == Homework::Source::Clinic;
    case SectionRole:
        return sectionOf(row);
    case OverdueRole:
        return row.overdue(today());
    case DueTextRole:
        return dueText;
    case TimesTextRole:
        return timesText;
    case FirstInSectionRole:
        return index.row() == 0 ||
               sectionOf(m_rows[std::size_t(index.row() - 1)]) != sectionOf(row);
    case AccessibleTextRole: {
        QStringList parts{row.title, dueText, timesText};
        if (row.source == Homework::Source::Clinic)
            parts << tr("From your clinic");
        return parts.join(QStringLiteral(". "));
    }
    default:
        return {};
    }
}

void HomeworkListModel::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    setUndo({}, {});
    emit sessionChanged();
    if (m_complete)
        refresh();
}

void HomeworkListModel::setDueSoonOnly(bool dueSoonOnly) {
    if (dueSoonOnly == m_dueSoonOnly)
        return;
    m_dueSoonOnly = dueSoonOnly;
    emit dueSoonOnlyChanged();
    if (m_complete)
        refresh();
}

void HomeworkListModel::setShowOlder(bool showOlder) {
    if (showOlder == m_showOlder)
        return;
    m_showOlder = showOlder;
    emit showOlderChanged();
    if (m_complete)
        refresh();
}

bool HomeworkListModel::older(const Homework& homework) const {
    return homework.status == Homework::Status::Open &&
           homework.dueDate < today().addDays(-kOlderAfterDays);
}

QString HomeworkListModel::sectionOf(const Homework& homework) const {
    if (homework.status != Homework::Status::Open)
        return QStringLiteral("done");
    return older(homework) ? QStringLiteral("older") : QStringLiteral("open");
}

void HomeworkListModel::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
    if (m_complete)
        refresh();
}

QDate HomeworkListModel::today() const {
    return m_clock().toLocalTime().date();
}

QString HomeworkListModel::summaryText() const {
    QString text;
    if (m_openCount == 0)
        text = tr("No homework to do now. New homework comes with each module, or from your "
                  "clinic.");
    else if (m_overdueCount == 0)
        text = m_openCount == 1 ? tr("One homework task to do.")
                                : tr("%1 homework tasks to do.").arg(m_openCount);
    else if (m_openCount == 1)
        text = tr("One homework task to do, and it is late. Do it when you can: late is fine.");
    else
        text = tr("%1 homework tasks to do; %2. Do them when you can: late is fine.")
                   .arg(m_openCount)
                   .arg(m_overdueCount == 1 ? tr("one is late")
                                            : tr("%1 are late").arg(m_overdueCount));
    if (m_olderCount == 0)
        return text;
    return text + QLatin1Char(' ') +
           (m_olderCount == 1
                ? tr("One older task was not done. That is all right: it is under \"Older "
                     "homework\" if you want to tick it off.")
                : tr("%1 older tasks were not done. That is all right: they are under \"Older "
                     "homework\" if you want to tick them off.")
                      .arg(m_olderCount));
}

int HomeworkListModel::rowOf(const QString& homeworkId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == homeworkId)
            return int(i);
    return -1;
}

void HomeworkListModel::refresh() {
    setError({});
    store::Database* db = m_session ? m_session->database() : nullptr;
    std::vector<Homework> rows;
    int openCount = 0;
    int overdueCount = 0;
    int olderCount = 0;
    if (db) {
        try {
            const HomeworkStore store(*db, m_clock);
            const QDate now = today();
            std::vector<Homework> olderRows;
            for (Homework& item : store.list(HomeworkStore::Filter::Open)) {
                if (older(item)) {
                    ++olderCount;
                    if (m_showOlder && !m_dueSoonOnly)
                        olderRows.push_back(std::move(item));
                    continue;
                }
                ++openCount;
                if (item.overdue(now))
                    ++overdueCount;
                if (!m_dueSoonOnly || item.dueDate <= now.addDays(kDueSoonDays))
                    rows.push_back(std::move(item));
            }
            std::move(olderRows.begin(), olderRows.end(), std::back_inserter(rows));
            if (!m_dueSoonOnly)
                for (Homework& item : store.list(HomeworkStore::Filter::Done, kDoneShown))
                    rows.push_back(std::move(item));
        } catch (const Error& error) {
            qCWarning(lcHomeworkList).noquote() << error.message() << error.detail();
            setError(error.message(), error.detail());
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_openCount = openCount;
    m_overdueCount = overdueCount;
    m_olderCount = olderCount;
    endResetModel();
    emit listChanged();
}

void HomeworkListModel::checkOff(const QString& homeworkId) {
    store::Database* db = m_session ? m_session->database() : nullptr;
    const int row = rowOf(homeworkId);
    if (!db || row < 0)
        return;
    const QString title = m_rows[std::size_t(row)].title;
    try {
        HomeworkStore(*db, m_clock).checkOff(homeworkId);
        setUndo(homeworkId, tr("Ticked off: %1").arg(title));
    } catch (const Error& error) {
        qCWarning(lcHomeworkList).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
        return;
    }
    refresh();
}

void HomeworkListModel::undo() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db || m_undoId.isEmpty())
        return;
    try {
        HomeworkStore(*db, m_clock).undoCheckOff(m_undoId);
        setUndo({}, {});
    } catch (const Error& error) {
        qCWarning(lcHomeworkList).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
        return;
    }
    refresh();
}

void HomeworkListModel::setUndo(const QString& homeworkId, const QString& text) {
    m_undoId = homeworkId;
    if (text == m_undoText)
        return;
    m_undoText = text;
    emit undoChanged();
}

void HomeworkListModel::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

} // namespace pacewise::ui
