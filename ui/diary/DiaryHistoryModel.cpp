#include "DiaryHistoryModel.h"

#include "DiaryWording.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryCsv.h"
#include "diary/DiaryStore.h"
#include "error/Error.h"
#include "error/FileError.h"
#include "profile/ProfileSession.h"

#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUrl>
#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcDiaryHistory, "pacewise.diary.history")

namespace pacewise::ui {
namespace {

// The locale's short date with a four-digit year and without leading zeros required, so
// "3/6/2025" and "03/06/2025" both read.
QString dateFormat(bool fourDigitYear) {
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    format.replace(QLatin1String("dd"), QLatin1String("d"));
    format.replace(QLatin1String("MM"), QLatin1String("M"));
    format.replace(QLatin1String("yyyy"), QLatin1String("yy"));
    if (fourDigitYear)
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

std::optional<QDate> parseDate(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(trimmed, dateFormat(true));
    if (!date.isValid()) {
        date = QDate::fromString(trimmed, dateFormat(false));
        if (date.isValid() && date.year() < 2000)
            date = date.addYears(100); // "24" is 2024, not 1924
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString localPath(const QString& pathOrUrl) {
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

} // namespace

DiaryHistoryModel::DiaryHistoryModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_today([] { return QDate::currentDate(); }) {
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(m_undoSeconds * 1000);
    connect(&m_undoTimer, &QTimer::timeout, this, &DiaryHistoryModel::dropUndo);
}

DiaryHistoryModel::~DiaryHistoryModel() = default;

void DiaryHistoryModel::classBegin() {
    m_complete = false;
}

void DiaryHistoryModel::componentComplete() {
    m_complete = true;
    fillTagFilter();
    reload();
}

int DiaryHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant DiaryHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const diary::DiaryEntry& e = m_rows[std::size_t(index.row())];
    const diary::DiaryCatalogue* content = nullptr;
    try {
        content = &diary::DiaryCatalogue::current();
    } catch (const Error&) {
        return {}; // reported by reload()
    }
    switch (role) {
    case EntryIdRole:
        return e.id;
    case DateTextRole:
        return DiaryWording::dayText(e.recordedAt, m_today());
    case TimeTextRole:
        return DiaryWording::timeText(e.recordedAt);
    case PainRole:
        return e.painNow;
    case Qt::DisplayRole:
    case SummaryRole:
        return DiaryWording::summary(e, *content);
    case TagsRole:
        return DiaryWording::triggerLabels(e, *content);
    case TagsTextRole:
        return DiaryWording::triggerLabels(e, *content).join(QStringLiteral("; "));
    case NoteRole: {
        // A preview: whole words, and an ellipsis when there is more.
        const QString note = e.note.simplified();
        if (note.size() <= kNotePreviewLength)
            return note;
        qsizetype cut = note.lastIndexOf(QLatin1Char(' '), kNotePreviewLength);
        if (cut < kNotePreviewLength / 2)
            cut = kNotePreviewLength;
        return note.left(cut) + QChar(0x2026);
    }
    case DeletedRole:
        return e.deleted;
    case AccessibleTextRole: {
        QString text =
            tr("%1 at %2: %3.")
                .arg(DiaryWording::dayText(e.recordedAt, m_today()),
                     DiaryWording::timeText(e.recordedAt), DiaryWording::summary(e, *content));
        const QStringList tags = DiaryWording::triggerLabels(e, *content);
        if (!tags.isEmpty())
            text += QLatin1Char(' ') + tr("Triggers: %1.").arg(tags.join(QStringLiteral("; ")));
        return text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> DiaryHistoryModel::roleNames() const {
    return {{EntryIdRole, "entryId"},   {DateTextRole, "dateText"},
            {TimeTextRole, "timeText"}, {PainRole, "pain"},
            {SummaryRole, "summary"},   {TagsRole, "tags"},
            {TagsTextRole, "tagsText"}, {NoteRole, "note"},
            {DeletedRole, "deleted"},   {AccessibleTextRole, "accessibleText"}};
}

bool DiaryHistoryModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd && m_autoFetch;
}

void DiaryHistoryModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || !m_autoFetch)
        return;
    loadMore();
}

void DiaryHistoryModel::setAutoFetch(bool autoFetch) {
    if (autoFetch == m_autoFetch)
        return;
    m_autoFetch = autoFetch;
    emit autoFetchChanged();
}

void DiaryHistoryModel::loadMore() {
    if (m_atEnd)
        return;
    std::vector<diary::DiaryEntry> page = readPage(false);
    if (page.empty())
        return;
    const int first = count();
    beginInsertRows({}, first, first + int(page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    endInsertRows();
    emit countChanged();
}

const diary::DiaryCatalogue* DiaryHistoryModel::catalogue() {
    try {
        return &diary::DiaryCatalogue::current();
    } catch (const Error& error) {
        setError(error.message(), error.detail());
        return nullptr;
    }
}

std::vector<diary::DiaryEntry> DiaryHistoryModel::readPage(bool fromStart) {
    store::Database* db = m_session ? m_session->database() : nullptr;
    const diary::DiaryCatalogue* content = catalogue();
    if (!db || !content) {
        m_atEnd = true;
        return {};
    }
    diary::DiaryStore::HistoryQuery query;
    if (m_from.isValid())
        query.from = m_from;
    if (m_to.isValid())
        query.to = m_to;
    query.anyTags = m_tagFilter.selectedCodes();
    query.limit = kPageSize;
    if (!fromStart && !m_rows.empty())
        query.before = {diary::DiaryStore::pagingKey(m_rows.back()), m_rows.back().id};
    try {
        std::vector<diary::DiaryEntry> page = diary::DiaryStore(*db, *content).history(query);
        m_atEnd = int(page.size()) < kPageSize;
        return page;
    } catch (const Error& error) {
        qCWarning(lcDiaryHistory).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
        m_atEnd = true;
        return {};
    }
}

void DiaryHistoryModel::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete) {
        fillTagFilter();
        reload();
    }
}

void DiaryHistoryModel::setToday(std::function<QDate()> today) {
    m_today = std::move(today);
}

void DiaryHistoryModel::reload() {
    setError({}, {});
    std::vector<diary::DiaryEntry> page = readPage(true);
    beginResetModel();
    m_rows = std::move(page);
    endResetModel();
    emit countChanged(); // also says whether there is more
}

void DiaryHistoryModel::fillTagFilter() {
    const diary::DiaryCatalogue* content = catalogue();
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!content || !db)
        return;
    const QStringList selected = m_tagFilter.selectedCodes();
    std::vector<ChoiceModel::Item> items;
    for (const auto& item : content->triggers())
        items.push_back({item.code, item.label, {}, {}, selected.contains(item.code)});
    try {
        for (const QString& tag : diary::DiaryStore(*db, *content).customTags())
            items.push_back({tag, content->triggerLabel(tag), {}, {}, selected.contains(tag)});
    } catch (const Error& error) {
        setError(error.message(), error.detail());
    }
    m_tagFilter.setItems(std::move(items));
}

void DiaryHistoryModel::setFrom(QDate from) {
    if (from == m_from)
        return;
    m_from = from;
    setFilterError({});
    emit filterChanged();
    if (m_complete)
        reload();
}

void DiaryHistoryModel::setTo(QDate to) {
    if (to == m_to)
        return;
    m_to = to;
    setFilterError({});
    emit filterChanged();
    if (m_complete)
        reload();
}

int DiaryHistoryModel::lastDays() const {
    if (!m_from.isValid() && !m_to.isValid())
        return 0;
    if (m_to == m_today() && m_from.isValid())
        return int(m_from.daysTo(m_to) + 1);
    return -1;
}

QString DiaryHistoryModel::fromText() const {
    return m_from.isValid() ? m_from.toString(dateFormat(true)) : QString();
}

QString DiaryHistoryModel::toText() const {
    return m_to.isValid() ? m_to.toString(dateFormat(true)) : QString();
}

QString DiaryHistoryModel::dateFormatHint() const {
    return tr("For example %1").arg(QDate(2025, 12, 31).toString(dateFormat(true)));
}

bool DiaryHistoryModel::filtered() const {
    return m_from.isValid() || m_to.isValid() || !m_tagFilter.selectedCodes().isEmpty();
}

QString DiaryHistoryModel::filterText() const {
    QStringList parts;
    const QLocale locale;
    if (m_from.isValid() && m_to.isValid())
        parts << tr("from %1 to %2")
                     .arg(locale.toString(m_from, QLocale::LongFormat),
                          locale.toString(m_to, QLocale::LongFormat));
    else if (m_from.isValid())
        parts << tr("from %1").arg(locale.toString(m_from, QLocale::LongFormat));
    else if (m_to.isValid())
        parts << tr("up to %1").arg(locale.toString(m_to, QLocale::LongFormat));
    const QString tags = m_tagFilter.selectedText();
    if (!tags.isEmpty())
        parts << tr("with %1").arg(tags);
    if (parts.isEmpty())
        return tr("Showing every entry, newest first.");
    return tr("Showing entries %1, newest first.").arg(parts.join(QStringLiteral(", ")));
}

void DiaryHistoryModel::refreshEntry(const QString& entryId) {
    store::Database* db = m_session ? m_session->database() : nullptr;
    const diary::DiaryCatalogue* content = catalogue();
    const int row = rowOf(entryId);
    if (!db || !content || row < 0)
        return;
    try {
        const std::optional<diary::DiaryEntry> entry =
            diary::DiaryStore(*db, *content).find(entryId);
        if (!entry)
            return;
        m_rows[std::size_t(row)] = *entry;
    } catch (const Error& error) {
        setError(error.message(), error.detail());
        return;
    }
    emit dataChanged(index(row), index(row));
}

int DiaryHistoryModel::rowOf(const QString& entryId) const {
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == entryId)
            return int(row);
    return -1;
}

bool DiaryHistoryModel::setDateRange(const QString& fromText, const QString& toText) {
    const std::optional<QDate> from = parseDate(fromText);
    const std::optional<QDate> to = parseDate(toText);
    if (!from || !to) {
        setFilterError(tr("Pacewise cannot read the date \"%1\". Type it like this: %2.")
                           .arg((!from ? fromText : toText).trimmed(),
                                QDate(2025, 12, 31).toString(dateFormat(true))));
        return false;
    }
    if (from->isValid() && to->isValid() && *from > *to) {
        setFilterError(tr("The first date is after the second. Swap them, or change one."));
        return false;
    }
    setFilterError({});
    if (*from == m_from && *to == m_to)
        return true;
    m_from = *from;
    m_to = *to;
    emit filterChanged();
    if (m_complete)
        reload();
    return true;
}

void DiaryHistoryModel::showLastDays(int days) {
    const QDate today = m_today();
    setFilterError({});
    const QDate from = days > 0 ? today.addDays(-(days - 1)) : QDate();
    const QDate to = days > 0 ? today : QDate();
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    emit filterChanged();
    if (m_complete)
        reload();
}

void DiaryHistoryModel::toggleTag(const QString& code) {
    m_tagFilter.toggle(code);
    emit filterChanged();
    if (m_complete)
        reload();
}

void DiaryHistoryModel::clearFilters() {
    m_from = {};
    m_to = {};
    m_tagFilter.select({});
    setFilterError({});
    emit filterChanged();
    if (m_complete)
        reload();
}

QString DiaryHistoryModel::entryIdAt(int row) const {
    return row >= 0 && row < count() ? m_rows[std::size_t(row)].id : QString();
}

bool DiaryHistoryModel::remove(int row) {
    store::Database* db = m_session ? m_session->database() : nullptr;
    const diary::DiaryCatalogue* content = catalogue();
    if (!db || !content || row < 0 || row >= count())
        return false;
    const diary::DiaryEntry& e = m_rows[std::size_t(row)];
    try {
        diary::DiaryStore(*db, *content).remove(e.id);
    } catch (const Error& error) {
        qCWarning(lcDiaryHistory).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
        return false;
    }
    m_removed = Removed{e.id, row,
                        tr("%1 at %2")
                            .arg(DiaryWording::dayText(e.recordedAt, m_today()),
                                 DiaryWording::timeText(e.recordedAt))};
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    emit countChanged();
    if (!m_undoPaused)
        m_undoTimer.start();
    emit undoChanged();
    emit removed(row);
    return true;
}

bool DiaryHistoryModel::undoRemove() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    const diary::DiaryCatalogue* content = catalogue();
    if (!m_removed || !db || !content)
        return false;
    const QString id = m_removed->id;
    std::optional<diary::DiaryEntry> entry;
    try {
        diary::DiaryStore store(*db, *content);
        store.restore(id);
        entry = store.find(id);
    } catch (const Error& error) {
        qCWarning(lcDiaryHistory).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
        dropUndo();
        return false;
    }
    dropUndo();
    if (!entry)
        return false;
    // Back in its place among the rows shown (newest first, then by id, as the store orders).
    const auto newer = [](const diary::DiaryEntry& a, const diary::DiaryEntry& b) {
        const qint64 ka = diary::DiaryStore::pagingKey(a);
        const qint64 kb = diary::DiaryStore::pagingKey(b);
        return ka != kb ? ka > kb : a.id > b.id;
    };
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), *entry, newer);
    if (at == m_rows.end() && !m_atEnd)
        return true; // older than the rows shown: it comes with a later page
    const int row = int(at - m_rows.begin());
    beginInsertRows({}, row, row);
    m_rows.insert(at, *entry);
    endInsertRows();
    emit countChanged();
    emit restored(row);
    return true;
}

QString DiaryHistoryModel::undoText() const {
    return m_removed ? tr("The entry of %1 is deleted.").arg(m_removed->when) : QString();
}

void DiaryHistoryModel::setUndoSeconds(int seconds) {
    seconds = std::max(seconds, 1);
    if (seconds == m_undoSeconds)
        return;
    m_undoSeconds = seconds;
    m_undoTimer.setInterval(seconds * 1000);
    emit undoSecondsChanged();
}

void DiaryHistoryModel::setUndoPaused(bool paused) {
    if (paused == m_undoPaused)
        return;
    m_undoPaused = paused;
    // While the person is at the notice (pointer or keyboard), the offer does not run out; it
    // starts again in full when they leave it.
    if (paused)
        m_undoTimer.stop();
    else if (m_removed)
        m_undoTimer.start();
    emit undoChanged();
}

void DiaryHistoryModel::dropUndo() {
    m_undoTimer.stop();
    if (!m_removed)
        return;
    m_removed.reset();
    emit undoChanged();
}

QString DiaryHistoryModel::suggestedExportName() const {
    return QStringLiteral("pacewise-diary-%1.csv").arg(m_today().toString(Qt::ISODate));
}

bool DiaryHistoryModel::exportCsv(const QString& pathOrUrl) {
    store::Database* db = m_session ? m_session->database() : nullptr;
    const diary::DiaryCatalogue* content = catalogue();
    const QString path = localPath(pathOrUrl.trimmed());
    if (!db || !content || path.isEmpty())
        return false;
    const QString shown = QDir::toNativeSeparators(path);
    try {
        diary::DiaryStore::HistoryQuery all;
        all.includeDeleted = true;
        all.limit = std::numeric_limits<int>::max();
        const std::vector<diary::DiaryEntry> entries =
            diary::DiaryStore(*db, *content).history(all);
        // Written next to the target and renamed into place: a failed export leaves no half file
        // and keeps an earlier file of that name as it was.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw fileError(file, tr("The file %1 could not be written.").arg(shown));
        diary::DiaryCsv::write(entries, file);
        if (!file.commit())
            throw fileError(file, tr("The file %1 could not be written.").arg(shown));
        setExportResult(
            true, tr("Saved %n diary entries to %1.", nullptr, int(entries.size())).arg(shown));
        return true;
    } catch (const Error& error) {
        qCWarning(lcDiaryHistory).noquote() << error.message() << error.detail();
        setExportResult(false, error.message());
        return false;
    }
}

void DiaryHistoryModel::clearExportMessage() {
    setExportResult(false, {});
}

void DiaryHistoryModel::setExportResult(bool ok, const QString& message) {
    m_exportSucceeded = ok;
    m_exportMessage = message;
    emit exportChanged();
}

void DiaryHistoryModel::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

void DiaryHistoryModel::setFilterError(const QString& message) {
    if (message == m_filterError)
        return;
    m_filterError = message;
    emit filterErrorChanged();
}

} // namespace pacewise::ui
