#include "programme/ProgrammeProgress.h"

#include "error/Error.h"
#include "fhir/ProgrammeResources.h"
#include "homework/HomeworkStore.h"
#include "programme/Programme.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <map>
#include <optional>

namespace pacewise::programme {
namespace {

// A reader left open is not reading: one span counts for at most this long.
constexpr qint64 kMaxSpanMs = 30 * 60 * 1000;

// One programme_modules row.
struct StoredModule {
    QString recordId;
    QDateTime startedAt;
    QDateTime completedAt;
    qint64 timeSpentMs = 0;
    ReadingPosition position;
};

QDateTime fromMs(const store::Statement& s, int column) {
    return s.isNull(column) ? QDateTime()
                            : QDateTime::fromMSecsSinceEpoch(s.int64(column), Qt::UTC);
}

std::optional<StoredModule> storedModule(store::Database& db, const QString& moduleId) {
    store::Statement query =
        db.prepare("SELECT record_id, started_at, completed_at, time_spent_ms, lesson_id, "
                   "page_index FROM programme_modules WHERE module_id = ?");
    query.bind(1, moduleId);
    if (!query.step())
        return std::nullopt;
    return StoredModule{query.text(0),
                        fromMs(query, 1),
                        fromMs(query, 2),
                        query.int64(3),
                        {query.text(4), int(query.int64(5))}};
}

std::map<QString, StoredModule> storedModules(store::Database& db) {
    std::map<QString, StoredModule> rows;
    store::Statement query =
        db.prepare("SELECT module_id, record_id, started_at, completed_at, time_spent_ms, "
                   "lesson_id, page_index FROM programme_modules");
    while (query.step())
        rows.emplace(query.text(0), StoredModule{query.text(1),
                                                 fromMs(query, 2),
                                                 fromMs(query, 3),
                                                 query.int64(4),
                                                 {query.text(5), int(query.int64(6))}});
    return rows;
}

// Pages read that the content still has (a page removed in a later version no longer counts).
int pagesReadOf(store::Database& db, const Module& module) {
    store::Statement query =
        db.prepare("SELECT lesson_id, page_index FROM programme_pages_read WHERE module_id = ?");
    query.bind(1, module.id);
    int count = 0;
    while (query.step()) {
        const Lesson* lesson = module.lesson(query.text(0));
        const qint64 page = query.int64(1);
        if (lesson && page >= 0 && page < qint64(lesson->pages.size()))
            ++count;
    }
    return count;
}

// A stored position the content still has; otherwise the module's beginning.
ReadingPosition validPosition(const Module& module, const ReadingPosition& stored) {
    const Lesson* lesson = module.lesson(stored.lessonId);
    if (!lesson || stored.pageIndex < 0 || stored.pageIndex >= int(lesson->pages.size()))
        return {};
    return stored;
}

// The patient's calendar day of a moment (module start dates and due dates are local).
QDate localDate(const QDateTime& utc) {
    return utc.toLocalTime().date();
}

// Whether a send of this record is already waiting: the engine sends the record's latest state,
// so one waiting row is enough for a change of time spent. A held row (the server refused the
// record) does not count: a change is what sends a held record again.
bool sendWaiting(store::Database& db, const QString& recordId) {
    store::Statement query =
        db.prepare("SELECT 1 FROM outbox WHERE kind = ? AND entity_id = ? AND done_at IS NULL AND "
                   "held_at IS NULL LIMIT 1");
    query.bind(1, QLatin1String(fhir::kModuleProgressKind)).bind(2, recordId);
    return query.step();
}

void queue(store::Database& db, const QString& recordId, store::Outbox::Operation operation) {
    store::Outbox(db).enqueue(QLatin1String(fhir::kModuleProgressKind), recordId, operation);
}

void assignHomework(store::Database& db, const Module& module, const QDate& startedOn,
                    const ProgrammeProgress::Clock& clock) {
    homework::HomeworkStore store(db, clock);
    for (const HomeworkTemplate& t : module.homework)
        store.assignFromModule(module.id, t.id, t.title, t.description, t.exerciseId, t.times,
                               startedOn.addDays(t.days));
}

} // namespace

ProgrammeProgress::ProgrammeProgress(store::Database& db, const Programme& programme, Clock clock)
    : m_db(db)
    , m_programme(programme)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); }) {}

std::vector<ModuleProgress> ProgrammeProgress::modules() const {
    const std::map<QString, StoredModule> stored = storedModules(m_db);

    // Required homework still open, per module (clinic homework has no module).
    std::map<QString, int> requiredOpen;
    for (const homework::Homework& h :
         homework::HomeworkStore(m_db, m_clock).list(homework::HomeworkStore::Filter::Open)) {
        if (h.source != homework::Homework::Source::Module)
            continue;
        const Module* module = m_programme.module(h.moduleId);
        if (!module)
            continue;
        const auto t =
            std::find_if(module->homework.begin(), module->homework.end(),
                         [&](const HomeworkTemplate& x) { return x.id == h.templateId; });
        if (t != module->homework.end() && t->requiredToContinue)
            ++requiredOpen[h.moduleId];
    }

    std::map<QString, ModuleFacts> facts;
    for (const auto& [moduleId, row] : stored) {
        ModuleFacts f;
        if (row.startedAt.isValid())
            f.startedOn = localDate(row.startedAt);
        f.done = row.completedAt.isValid();
        f.requiredHomeworkOpen = requiredOpen[moduleId];
        facts.emplace(moduleId, f);
    }
    const std::vector<ModuleStatus> statuses =
        evaluateUnlocks(m_programme, facts, clinicUnlocked(), localDate(m_clock()));

    std::vector<ModuleProgress> result;
    result.reserve(statuses.size());
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const Module& module = m_programme.modules()[i];
        ModuleProgress p;
        p.moduleId = module.id;
        p.status = statuses[i];
        p.pageCount = module.pageCount();
        if (const auto row = stored.find(module.id); row != stored.end()) {
            p.recordId = row->second.recordId;
            p.startedAt = row->second.startedAt;
            p.completedAt = row->second.completedAt;
            p.timeSpentMs = row->second.timeSpentMs;
            p.position = validPosition(module, row->second.position);
            p.pagesRead = pagesReadOf(m_db, module);
        }
        result.push_back(std::move(p));
    }
    return result;
}

ModuleProgress ProgrammeProgress::module(const QString& moduleId) const {
    for (ModuleProgress& p : modules())
        if (p.moduleId == moduleId)
            return std::move(p);
    throw Error(ErrorCode::NotFound,
                tr("This module is not part of the programme in this version of Pacewise."),
                moduleId);
}

ReadingPosition ProgrammeProgress::position(const QString& moduleId) const {
    const Module* module = m_programme.module(moduleId);
    if (!module)
        throw Error(ErrorCode::NotFound,
                    tr("This module is not part of the programme in this version of Pacewise."),
                    moduleId);
    const std::optional<StoredModule> row = storedModule(m_db, moduleId);
    return row ? validPosition(*module, row->position) : ReadingPosition{};
}

void ProgrammeProgress::openPage(const QString& moduleId, const QString& lessonId, int pageIndex) {
    const Module* module = m_programme.module(moduleId);
    if (!module)
        throw Error(ErrorCode::NotFound,
                    tr("This module is not part of the programme in this version of Pacewise."),
                    moduleId);
    const Lesson* lesson = lessonId.isEmpty()
                               ? (module->lessons.empty() ? nullptr : &module->lessons.front())
                               : module->lesson(lessonId);
    if (!lesson)
        throw Error(ErrorCode::InvalidInput, tr("This lesson is not part of the module."),
                    lessonId);
    if (pageIndex < 0 || pageIndex >= int(lesson->pages.size()))
        throw Error(ErrorCode::InvalidInput, tr("This page is not part of the lesson."),
                    QStringLiteral("%1 page %2").arg(lesson->id).arg(pageIndex));

    const ModuleProgress progress = this->module(moduleId);
    if (progress.status.state == ModuleState::Locked)
        throw Error(ErrorCode::InvalidInput, lockedMessage(progress.status.reason), moduleId);

    const QDateTime now = m_clock().toUTC();
    store::Transaction transaction(m_db);
    std::optional<StoredModule> row = storedModule(m_db, moduleId);
    if (!row) {
        row = StoredModule{QUuid::createUuid().toString(QUuid::WithoutBraces), now, {}, 0, {}};
        store::Statement insert = m_db.prepare(
            "INSERT INTO programme_modules (module_id, record_id, started_at, updated_at) "
            "VALUES (?, ?, ?, ?)");
        insert.bind(1, moduleId)
            .bind(2, row->recordId)
            .bind(3, now.toMSecsSinceEpoch())
            .bind(4, now.toMSecsSinceEpoch())
            .run();
        assignHomework(m_db, *module, localDate(now), m_clock);
        queue(m_db, row->recordId, store::Outbox::Operation::Create);
    }

    store::Statement read = m_db.prepare(
        "INSERT OR IGNORE INTO programme_pages_read (module_id, lesson_id, page_index, read_at) "
        "VALUES (?, ?, ?, ?)");
    read.bind(1, moduleId)
        .bind(2, lesson->id)
        .bind(3, pageIndex)
        .bind(4, now.toMSecsSinceEpoch())
        .run();
    store::Statement move =
        m_db.prepare("UPDATE programme_modules SET lesson_id = ?, page_index = ?, updated_at = ? "
                     "WHERE module_id = ?");
    move.bind(1, lesson->id)
        .bind(2, pageIndex)
        .bind(3, now.toMSecsSinceEpoch())
        .bind(4, moduleId)
        .run();

    if (!row->completedAt.isValid() && pagesReadOf(m_db, *module) == module->pageCount()) {
        store::Statement complete =
            m_db.prepare("UPDATE programme_modules SET completed_at = ? WHERE module_id = ?");
        complete.bind(1, now.toMSecsSinceEpoch()).bind(2, moduleId).run();
        queue(m_db, row->recordId, store::Outbox::Operation::Update);
    }
    transaction.commit();
}

void ProgrammeProgress::addTimeSpent(const QString& moduleId, qint64 milliseconds) {
    if (!m_programme.module(moduleId))
        throw Error(ErrorCode::NotFound,
                    tr("This module is not part of the programme in this version of Pacewise."),
                    moduleId);
    if (milliseconds <= 0)
        return;
    const qint64 counted = std::min(milliseconds, kMaxSpanMs);
    store::Transaction transaction(m_db);
    const std::optional<StoredModule> row = storedModule(m_db, moduleId);
    if (!row)
        return; // never opened (openPage refused it): no reading happened
    store::Statement add =
        m_db.prepare("UPDATE programme_modules SET time_spent_ms = time_spent_ms + ?, "
                     "updated_at = ? WHERE module_id = ?");
    add.bind(1, counted).bind(2, m_clock().toMSecsSinceEpoch()).bind(3, moduleId).run();
    if (!sendWaiting(m_db, row->recordId))
        queue(m_db, row->recordId, store::Outbox::Operation::Update);
    transaction.commit();
}

QStringList ProgrammeProgress::clinicUnlocked() const {
    const std::optional<QString> stored =
        store::Settings(m_db).value(QLatin1String(kClinicUnlocksKey));
    QStringList ids;
    if (!stored)
        return ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(stored->toUtf8()).array())
        if (v.isString())
            ids << v.toString();
    return ids;
}

void ProgrammeProgress::setClinicUnlocked(store::Database& db, const QStringList& moduleIds) {
    store::Settings(db).setValue(
        QLatin1String(kClinicUnlocksKey),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(moduleIds)).toJson(QJsonDocument::Compact)));
}

void ProgrammeProgress::recordCompleted(const QString& moduleId, const QDateTime& startedAt,
                                        const QDateTime& completedAt, qint64 timeSpentMs) {
    const Module* module = m_programme.module(moduleId);
    if (!module)
        throw Error(ErrorCode::NotFound,
                    tr("This module is not part of the programme in this version of Pacewise."),
                    moduleId);
    if (!m_db.inTransaction())
        throw Error(ErrorCode::Internal, QStringLiteral("Internal error."),
                    QStringLiteral("ProgrammeProgress::recordCompleted outside a transaction"));
    const std::optional<StoredModule> existing = storedModule(m_db, moduleId);
    const QString recordId =
        existing ? existing->recordId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Lesson& last = module->lessons.back();
    store::Statement write =
        m_db.prepare("INSERT OR REPLACE INTO programme_modules (module_id, record_id, started_at, "
                     "completed_at, time_spent_ms, lesson_id, page_index, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    write.bind(1, moduleId)
        .bind(2, recordId)
        .bind(3, startedAt.toMSecsSinceEpoch())
        .bind(4, completedAt.toMSecsSinceEpoch())
        .bind(5, std::max<qint64>(0, timeSpentMs))
        .bind(6, last.id)
        .bind(7, int(last.pages.size()) - 1)
        .bind(8, completedAt.toMSecsSinceEpoch())
        .run();
    store::Statement read = m_db.prepare(
        "INSERT OR IGNORE INTO programme_pages_read (module_id, lesson_id, page_index, read_at) "
        "VALUES (?, ?, ?, ?)");
    for (const Lesson& lesson : module->lessons)
        for (int page = 0; page < int(lesson.pages.size()); ++page) {
            read.reset();
            read.bind(1, moduleId)
                .bind(2, lesson.id)
                .bind(3, page)
                .bind(4, completedAt.toMSecsSinceEpoch())
                .run();
        }
    if (!existing) // assigned as of the start, as openPage would have
        assignHomework(m_db, *module, localDate(startedAt), [startedAt] { return startedAt; });
    queue(m_db, recordId,
          existing ? store::Outbox::Operation::Update : store::Outbox::Operation::Create);
}

QString ProgrammeProgress::lockedMessage(const LockReason& reason) const {
    const Module* previous = m_programme.module(reason.previousModuleId);
    const QString title = previous ? previous->title : reason.previousModuleId;
    switch (reason.kind) {
    case LockReason::Kind::PreviousNotDone:
        return tr("This module opens when you have read \"%1\".").arg(title);
    case LockReason::Kind::TooSoon:
        return tr("This module opens on %1, so that there is time to practise \"%2\" first.")
            .arg(QLocale().toString(reason.availableOn, QLocale::LongFormat), title);
    case LockReason::Kind::HomeworkOutstanding:
        return tr("This module opens when the homework of \"%1\" is done (%n left).", nullptr,
                  reason.homeworkLeft)
            .arg(title);
    case LockReason::Kind::None:
        break;
    }
    return tr("This module is not open yet.");
}

} // namespace pacewise::programme
