#include "diary/DiaryStore.h"

#include "diary/DiaryCatalogue.h"
#include "diary/DiaryValidation.h"
#include "error/Error.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace pacewise::diary {
namespace {

constexpr char kOutboxKind[] = "diary-entry";

constexpr char kColumns[] =
    "id, recorded_at, utc_offset, pain_now, pain_average, pain_worst, mood, sleep_hours, "
    "sleep_quality, active_minutes, body_locations, coping, medications, note, version, "
    "deleted_at, updated_at, (SELECT json_group_array(tag) FROM diary_entry_tags t "
    "WHERE t.entry_id = diary_entries.id)";

QString jsonText(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QStringList stringList(const QString& text) {
    QStringList out;
    for (const QJsonValue& v : jsonArray(text))
        out << v.toString();
    return out;
}

void bindOptional(store::Statement& s, int index, const std::optional<int>& value) {
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

std::optional<int> optionalInt(const store::Statement& s, int column) {
    return s.isNull(column) ? std::nullopt : std::optional<int>(int(s.int64(column)));
}

DiaryEntry readEntry(const store::Statement& s) {
    DiaryEntry e;
    e.id = s.text(0);
    e.recordedAt = QDateTime::fromMSecsSinceEpoch(s.int64(1), Qt::OffsetFromUTC, int(s.int64(2)));
    e.painNow = int(s.int64(3));
    e.painAverage = optionalInt(s, 4);
    e.painWorst = optionalInt(s, 5);
    e.mood = optionalInt(s, 6);
    e.sleepHours = s.isNull(7) ? std::nullopt : std::optional<double>(s.real(7));
    e.sleepQuality = optionalInt(s, 8);
    e.activeMinutes = optionalInt(s, 9);
    e.bodyLocations = stringList(s.text(10));
    e.copingSkills = stringList(s.text(11));
    const DiaryEntry meds =
        DiaryEntry::fromJson(QJsonObject{{QLatin1String("medications"), jsonArray(s.text(12))}});
    e.medications = meds.medications;
    e.note = s.text(13);
    e.version = int(s.int64(14));
    e.deleted = !s.isNull(15);
    e.updatedAt = QDateTime::fromString(s.text(16), Qt::ISODateWithMs);
    e.triggers = stringList(s.text(17));
    e.triggers.sort();
    return e;
}

} // namespace

DiaryStore::DiaryStore(store::Database& db, const DiaryCatalogue& catalogue, Clock clock)
    : m_db(db)
    , m_catalogue(catalogue)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); }) {}

DiaryEntry DiaryStore::save(DiaryEntry entry) {
    store::Transaction transaction(m_db);
    write(entry, entry.id.isEmpty());
    transaction.commit();
    return entry;
}

void DiaryStore::saveAll(std::vector<DiaryEntry>& entries) {
    store::Transaction transaction(m_db);
    for (DiaryEntry& entry : entries)
        write(entry, true);
    transaction.commit();
}

void DiaryStore::write(DiaryEntry& entry, bool isNew) {
    const std::vector<FieldIssue> issues = DiaryValidation::validate(entry, m_catalogue);
    if (!issues.empty())
        throw Error(ErrorCode::InvalidInput, issues.front().message, issues.front().field);
    entry.triggers.removeDuplicates();
    entry.triggers.sort();
    entry.bodyLocations.removeDuplicates();
    entry.copingSkills.removeDuplicates();
    entry.updatedAt = m_clock();
    const QString updatedAt = entry.updatedAt.toString(Qt::ISODateWithMs);

    if (isNew) {
        if (entry.id.isEmpty())
            entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.version = 1;
    } else {
        const std::optional<DiaryEntry> previous = find(entry.id);
        if (!previous)
            throw Error(ErrorCode::NotFound,
                        tr("This diary entry no longer exists, so it cannot be changed."));
        store::Statement keep = m_db.prepare("INSERT INTO diary_entry_versions (entry_id, version, "
                                             "snapshot, replaced_at) VALUES (?, ?, ?, ?)");
        keep.bind(1, entry.id)
            .bind(2, previous->version)
            .bind(3, QString::fromUtf8(
                         QJsonDocument(previous->toJson()).toJson(QJsonDocument::Compact)))
            .bind(4, updatedAt)
            .run();
        entry.version = previous->version + 1;
        entry.deleted = previous->deleted;
    }

    const QString meds = jsonText(entry.toJson().value(QLatin1String("medications")).toArray());
    int asNeededDoses = 0;
    for (const MedicationDose& m : entry.medications)
        asNeededDoses += m.asNeeded ? m.count : 0;
    // New entries are inserted and edits updated in place: a REPLACE would delete the row first
    // and take its kept versions with it (ON DELETE CASCADE).
    store::Statement write = m_db.prepare(
        isNew ? "INSERT INTO diary_entries (recorded_at, utc_offset, local_date, pain_now, "
                "pain_average, pain_worst, mood, sleep_hours, sleep_quality, active_minutes, "
                "body_locations, coping, medications, note, version, updated_at, id, "
                "as_needed_doses) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                "?17, ?18)"
              : "UPDATE diary_entries SET recorded_at = ?1, utc_offset = ?2, local_date = ?3, "
                "pain_now = ?4, pain_average = ?5, pain_worst = ?6, mood = ?7, sleep_hours = ?8, "
                "sleep_quality = ?9, active_minutes = ?10, body_locations = ?11, coping = ?12, "
                "medications = ?13, note = ?14, version = ?15, updated_at = ?16, "
                "as_needed_doses = ?18 WHERE id = ?17");
    write.bind(1, entry.recordedAt.toMSecsSinceEpoch())
        .bind(2, entry.recordedAt.offsetFromUtc())
        .bind(3, entry.recordedAt.date().toString(Qt::ISODate))
        .bind(4, entry.painNow);
    bindOptional(write, 5, entry.painAverage);
    bindOptional(write, 6, entry.painWorst);
    bindOptional(write, 7, entry.mood);
    if (entry.sleepHours)
        write.bind(8, *entry.sleepHours);
    else
        write.bindNull(8);
    bindOptional(write, 9, entry.sleepQuality);
    bindOptional(write, 10, entry.activeMinutes);
    write.bind(11, jsonText(QJsonArray::fromStringList(entry.bodyLocations)))
        .bind(12, jsonText(QJsonArray::fromStringList(entry.copingSkills)))
        .bind(13, meds)
        .bind(14, entry.note)
        .bind(15, entry.version)
        .bind(16, updatedAt)
        .bind(17, entry.id)
        .bind(18, asNeededDoses)
        .run();

    store::Statement clearTags = m_db.prepare("DELETE FROM diary_entry_tags WHERE entry_id = ?");
    clearTags.bind(1, entry.id).run();
    store::Statement addTag = m_db.prepare(
        "INSERT INTO diary_entry_tags (entry_id, tag, local_date, live) VALUES (?, ?, ?, ?)");
    for (const QString& tag : entry.triggers) {
        addTag.reset();
        addTag.bind(1, entry.id)
            .bind(2, tag)
            .bind(3, entry.recordedAt.date().toString(Qt::ISODate))
            .bind(4, entry.deleted ? 0 : 1)
            .run();
    }

    store::Outbox(m_db).enqueue(QLatin1String(kOutboxKind), entry.id,
                                isNew ? store::Outbox::Operation::Create
                                      : store::Outbox::Operation::Update);
}

void DiaryStore::remove(const QString& id) {
    setDeleted(id, true);
}

void DiaryStore::restore(const QString& id) {
    setDeleted(id, false);
}

void DiaryStore::setDeleted(const QString& id, bool deleted) {
    store::Transaction transaction(m_db);
    const std::optional<DiaryEntry> entry = find(id);
    if (!entry)
        throw Error(ErrorCode::NotFound, tr("This diary entry no longer exists."));
    if (entry->deleted == deleted)
        return; // nothing to do; the transaction rolls back harmlessly
    const QString now = m_clock().toString(Qt::ISODateWithMs);
    store::Statement update = m_db.prepare("UPDATE diary_entries SET deleted_at = ?, updated_at = "
                                           "?, version = version + 1 WHERE id = ?");
    if (deleted)
        update.bind(1, now);
    else
        update.bindNull(1);
    update.bind(2, now).bind(3, id).run();
    store::Statement tags = m_db.prepare("UPDATE diary_entry_tags SET live = ? WHERE entry_id = ?");
    tags.bind(1, deleted ? 0 : 1).bind(2, id).run();
    // A deletion travels as status entered-in-error; an undo as an ordinary update.
    store::Outbox(m_db).enqueue(QLatin1String(kOutboxKind), id,
                                deleted ? store::Outbox::Operation::Delete
                                        : store::Outbox::Operation::Update);
    transaction.commit();
}

std::optional<DiaryEntry> DiaryStore::find(const QString& id) const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns + " FROM diary_entries WHERE id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readEntry(query);
}

std::optional<DiaryEntry> DiaryStore::latest() const {
    store::Statement query = m_db.prepare(std::string("SELECT ") + kColumns +
                                          " FROM diary_entries WHERE deleted_at IS NULL "
                                          "ORDER BY recorded_at DESC, id DESC LIMIT 1");
    if (!query.step())
        return std::nullopt;
    return readEntry(query);
}

std::vector<DiaryEntry> DiaryStore::history(const HistoryQuery& q) const {
    std::string sql = std::string("SELECT ") + kColumns + " FROM diary_entries WHERE 1";
    if (!q.includeDeleted)
        sql += " AND deleted_at IS NULL";
    if (q.from)
        sql += " AND local_date >= ?";
    if (q.to)
        sql += " AND local_date <= ?";
    if (q.before)
        sql += " AND (recorded_at < ? OR (recorded_at = ? AND id < ?))";
    if (!q.anyTags.isEmpty()) {
        sql += " AND id IN (SELECT entry_id FROM diary_entry_tags WHERE tag IN (?";
        for (int i = 1; i < q.anyTags.size(); ++i)
            sql += ", ?";
        sql += "))";
    }
    sql += " ORDER BY recorded_at DESC, id DESC LIMIT ?";
    store::Statement query = m_db.prepare(sql);
    // Bound in the order the placeholders appear above.
    int index = 1;
    if (q.from)
        query.bind(index++, q.from->toString(Qt::ISODate));
    if (q.to)
        query.bind(index++, q.to->toString(Qt::ISODate));
    if (q.before) {
        query.bind(index++, q.before->first);
        query.bind(index++, q.before->first);
        query.bind(index++, q.before->second);
    }
    for (const QString& tag : q.anyTags)
        query.bind(index++, tag);
    query.bind(index, q.limit);
    std::vector<DiaryEntry> entries;
    while (query.step())
        entries.push_back(readEntry(query));
    return entries;
}

std::vector<DiaryEntry> DiaryStore::versions(const QString& id) const {
    store::Statement query = m_db.prepare(
        "SELECT snapshot FROM diary_entry_versions WHERE entry_id = ? ORDER BY version");
    query.bind(1, id);
    std::vector<DiaryEntry> out;
    while (query.step())
        out.push_back(
            DiaryEntry::fromJson(QJsonDocument::fromJson(query.text(0).toUtf8()).object()));
    return out;
}

int DiaryStore::count(bool includeDeleted) const {
    store::Statement query = m_db.prepare(
        includeDeleted ? "SELECT count(*) FROM diary_entries"
                       : "SELECT count(*) FROM diary_entries WHERE deleted_at IS NULL");
    query.step();
    return int(query.int64(0));
}

QStringList DiaryStore::customTags() const {
    store::Statement query = m_db.prepare("SELECT tag FROM diary_entry_tags WHERE tag LIKE "
                                          "'custom:%' GROUP BY tag ORDER BY count(*) DESC, tag");
    QStringList tags;
    while (query.step())
        tags << query.text(0);
    return tags;
}

} // namespace pacewise::diary
