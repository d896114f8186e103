#include "measures/MeasureStore.h"

#include "error/Error.h"
#include "fhir/MeasureResources.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QUuid>
#include <map>

namespace pacewise::measures {
namespace {

constexpr char kColumns[] = "id, measure_id, questionnaire_url, questionnaire_version, answers, "
                            "current_link_id, started_at, completed_at, utc_offset";

QString isoUtc(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Response readResponse(const store::Statement& s) {
    Response r;
    r.id = s.text(0);
    r.measureId = s.text(1);
    r.questionnaireUrl = s.text(2);
    r.questionnaireVersion = s.text(3);
    r.answers = answersFromJson(s.text(4));
    r.currentLinkId = s.text(5);
    r.startedAt = QDateTime::fromString(s.text(6), Qt::ISODateWithMs).toUTC();
    if (!s.isNull(7))
        r.completedAt = QDateTime::fromMSecsSinceEpoch(s.int64(7), Qt::UTC);
    r.utcOffset = int(s.int64(8));
    return r;
}

// Where the patient is: the offset of the machine's zone at that moment.
int localOffsetAt(const QDateTime& utc) {
    return utc.toLocalTime().offsetFromUtc();
}

} // namespace

MeasureStore::MeasureStore(store::Database& db, const MeasureLibrary& library, Clock clock)
    : m_db(db)
    , m_library(library)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); }) {}

const Measure& MeasureStore::measure(const QString& measureId) const {
    const Measure* found = m_library.find(measureId);
    if (!found)
        throw Error(ErrorCode::NotFound,
                    tr("This questionnaire is not available in this version of Pacewise."),
                    measureId);
    return *found;
}

Response MeasureStore::startOrResume(const QString& measureId) {
    if (std::optional<Response> draft = inProgress(measureId))
        return *draft;
    const Measure& m = measure(measureId);
    Response r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.measureId = m.id;
    r.questionnaireUrl = m.questionnaire.url;
    r.questionnaireVersion = m.questionnaire.version;
    r.startedAt = m_clock().toUTC();
    r.utcOffset = localOffsetAt(r.startedAt);
    return r;
}

std::optional<Response> MeasureStore::inProgress(const QString& measureId) const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     " FROM measure_responses WHERE measure_id = ? AND completed_at IS NULL");
    query.bind(1, measureId);
    if (!query.step())
        return std::nullopt;
    return readResponse(query);
}

Answers MeasureStore::checkedAnswers(const Measure& m, const Answers& given) const {
    return m.questionnaire.checkedAnswers(given);
}

void MeasureStore::saveProgress(Response& response) {
    const Measure& m = measure(response.measureId);
    Answers answers = checkedAnswers(m, response.answers);
    if (!response.currentLinkId.isEmpty() && !m.questionnaire.find(response.currentLinkId))
        throw Error(
            ErrorCode::InvalidInput,
            tr("Question %1 does not belong to this questionnaire.").arg(response.currentLinkId),
            response.currentLinkId);
    if (response.id.isEmpty())
        response.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = m_clock().toUTC();
    if (!response.startedAt.isValid()) {
        response.startedAt = now;
        response.utcOffset = localOffsetAt(now);
    }

    store::Transaction transaction(m_db);
    store::Statement existing =
        m_db.prepare("SELECT id, completed_at IS NOT NULL, measure_id FROM measure_responses "
                     "WHERE id = ?1 OR (measure_id = ?2 AND completed_at IS NULL)");
    existing.bind(1, response.id).bind(2, response.measureId);
    bool update = false;
    while (existing.step()) {
        if (existing.text(0) == response.id && existing.text(2) != response.measureId)
            throw Error(ErrorCode::Internal,
                        tr("These answers belong to another questionnaire; nothing was saved."),
                        response.id);
        if (existing.text(0) != response.id)
            throw Error(ErrorCode::InvalidInput,
                        tr("Another unfinished \"%1\" is waiting. Continue that one, or discard "
                           "it first.")
                            .arg(m.questionnaire.title),
                        response.measureId);
        if (existing.int64(1) != 0)
            throw Error(ErrorCode::InvalidInput,
                        tr("This questionnaire was already completed; its answers cannot be "
                           "changed."),
                        response.id);
        update = true;
    }
    store::Statement write = m_db.prepare(
        update ? "UPDATE measure_responses SET answers = ?3, current_link_id = ?4, "
                 "updated_at = ?5, questionnaire_url = ?6, questionnaire_version = ?7 "
                 "WHERE id = ?1 AND measure_id = ?2 AND completed_at IS NULL"
               : "INSERT INTO measure_responses (id, measure_id, answers, current_link_id, "
                 "updated_at, questionnaire_url, questionnaire_version, started_at, utc_offset) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    write.bind(1, response.id)
        .bind(2, response.measureId)
        .bind(3, answersToJson(answers))
        .bind(4, response.currentLinkId)
        .bind(5, isoUtc(now))
        .bind(6, m.questionnaire.url)
        .bind(7, m.questionnaire.version);
    if (!update)
        write.bind(8, isoUtc(response.startedAt)).bind(9, response.utcOffset);
    write.run();
    transaction.commit();
    response.answers = std::move(answers);
    response.questionnaireUrl = m.questionnaire.url;
    response.questionnaireVersion = m.questionnaire.version;
}

void MeasureStore::discard(const QString& responseId) {
    store::Transaction transaction(m_db);
    store::Statement query =
        m_db.prepare("SELECT completed_at IS NOT NULL FROM measure_responses WHERE id = ?");
    query.bind(1, responseId);
    if (!query.step())
        return; // never saved: nothing to discard
    if (query.int64(0) != 0)
        throw Error(ErrorCode::InvalidInput,
                    tr("A completed questionnaire cannot be discarded; it is part of your "
                       "history."),
                    responseId);
    store::Statement remove =
        m_db.prepare("DELETE FROM measure_responses WHERE id = ? AND completed_at IS NULL");
    remove.bind(1, responseId).run();
    transaction.commit();
}

Response MeasureStore::complete(Response response) {
    store::Transaction transaction(m_db);
    write(response);
    transaction.commit();
    return response;
}

void MeasureStore::completeAll(std::vector<Response>& responses) {
    store::Transaction transaction(m_db);
    for (Response& response : responses)
        write(response);
    transaction.commit();
}

void MeasureStore::write(Response& response) {
    const Measure& m = measure(response.measureId);
    const Questionnaire& q = m.questionnaire;
    response.answers = checkedAnswers(m, response.answers);
    if (const Item* missing = q.firstUnansweredRequired(response.answers))
        throw Error(ErrorCode::InvalidInput,
                    tr("Please answer \"%1\" before finishing.").arg(missing->shownName()),
                    missing->linkId);
    const QDateTime now = m_clock().toUTC();
    if (response.id.isEmpty())
        response.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!response.startedAt.isValid())
        response.startedAt = now;
    if (!response.completedAt.isValid()) {
        response.completedAt = now;
        response.utcOffset = localOffsetAt(now);
    }
    response.completedAt = response.completedAt.toUTC();
    response.questionnaireUrl = q.url;
    response.questionnaireVersion = q.version;
    response.currentLinkId.clear();
    response.scores = score(q, m.rules, response.answers);

    store::Statement existing =
        m_db.prepare("SELECT measure_id, completed_at IS NOT NULL FROM measure_responses "
                     "WHERE id = ?");
    existing.bind(1, response.id);
    const bool draft = existing.step();
    if (draft && existing.text(0) != response.measureId)
        throw Error(ErrorCode::Internal,
                    tr("These answers belong to another questionnaire; nothing was saved."),
                    response.id);
    if (draft && existing.int64(1) != 0)
        throw Error(ErrorCode::InvalidInput,
                    tr("This questionnaire was already completed; its answers cannot be "
                       "changed."),
                    response.id);

    const QString localDate =
        response.completedAt.toOffsetFromUtc(response.utcOffset).date().toString(Qt::ISODate);
    store::Statement write = m_db.prepare(
        draft ? "UPDATE measure_responses SET questionnaire_url = ?2, questionnaire_version = "
                "?3, answers = ?4, current_link_id = '', started_at = ?5, completed_at = ?6, "
                "utc_offset = ?7, local_date = ?8, updated_at = ?9 WHERE id = ?1"
              : "INSERT INTO measure_responses (id, questionnaire_url, questionnaire_version, "
                "answers, current_link_id, started_at, completed_at, utc_offset, local_date, "
                "updated_at, measure_id) VALUES (?1, ?2, ?3, ?4, '', ?5, ?6, ?7, ?8, ?9, ?10)");
    write.bind(1, response.id)
        .bind(2, response.questionnaireUrl)
        .bind(3, response.questionnaireVersion)
        .bind(4, answersToJson(response.answers))
        .bind(5, isoUtc(response.startedAt))
        .bind(6, response.completedAt.toMSecsSinceEpoch())
        .bind(7, response.utcOffset)
        .bind(8, localDate)
        .bind(9, isoUtc(now));
    if (!draft)
        write.bind(10, response.measureId);
    write.run();

    store::Statement addScore =
        m_db.prepare("INSERT INTO measure_scores (response_id, rule_id, value, answered, missing, "
                     "prorated, band) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const Score& s : response.scores) {
        addScore.reset();
        addScore.bind(1, response.id).bind(2, s.ruleId);
        if (s.value)
            addScore.bind(3, *s.value);
        else
            addScore.bindNull(3);
        addScore.bind(4, s.answered)
            .bind(5, s.missing)
            .bind(6, s.prorated ? 1 : 0)
            .bind(7, s.band)
            .run();
    }

    store::Outbox outbox(m_db);
    outbox.enqueue(QLatin1String(fhir::kQuestionnaireResponseKind), response.id,
                   store::Outbox::Operation::Create);
    // No headline value (too many items missing, or a questionnaire without scoring): nothing
    // to put in an Observation.
    if (!response.scores.empty() && response.scores.front().value)
        outbox.enqueue(QLatin1String(fhir::kMeasureScoreKind), response.id,
                       store::Outbox::Operation::Create);
}

std::vector<Score> MeasureStore::scoresOf(const QString& responseId,
                                          const QString& measureId) const {
    store::Statement query =
        m_db.prepare("SELECT rule_id, value, answered, missing, prorated, band FROM "
                     "measure_scores WHERE response_id = ? ORDER BY rule_id");
    query.bind(1, responseId);
    std::vector<Score> stored;
    while (query.step()) {
        Score s;
        s.ruleId = query.text(0);
        if (!query.isNull(1))
            s.value = query.real(1);
        s.answered = int(query.int64(2));
        s.missing = int(query.int64(3));
        s.prorated = query.int64(4) != 0;
        s.band = int(query.int64(5));
        stored.push_back(std::move(s));
    }
    return inRuleOrder(std::move(stored), measureId);
}

// The headline score first, as the rules list them; scores of rules the library no longer has
// (a clinic questionnaire that was replaced) after those, by id.
std::vector<Score> MeasureStore::inRuleOrder(std::vector<Score> stored,
                                             const QString& measureId) const {
    const Measure* m = m_library.find(measureId);
    if (!m)
        return stored;
    std::vector<Score> ordered;
    ordered.reserve(stored.size());
    std::vector<bool> taken(stored.size(), false);
    for (const ScoreRule& rule : m->rules.scores)
        for (std::size_t i = 0; i < stored.size(); ++i)
            if (!taken[i] && stored[i].ruleId == rule.id) {
                ordered.push_back(stored[i]);
                taken[i] = true;
            }
    for (std::size_t i = 0; i < stored.size(); ++i)
        if (!taken[i])
            ordered.push_back(stored[i]);
    return ordered;
}

std::optional<Response> MeasureStore::find(const QString& responseId) const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns + " FROM measure_responses WHERE id = ?");
    query.bind(1, responseId);
    if (!query.step())
        return std::nullopt;
    Response r = readResponse(query);
    if (r.completed())
        r.scores = scoresOf(r.id, r.measureId);
    return r;
}

std::vector<Response> MeasureStore::history(const QString& measureId) const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     " FROM measure_responses WHERE measure_id = ? AND completed_at IS NOT NULL "
                     "ORDER BY completed_at, id");
    query.bind(1, measureId);
    std::vector<Response> responses;
    std::map<QString, std::size_t> index;
    while (query.step()) {
        index.emplace(query.text(0), responses.size());
        responses.push_back(readResponse(query));
    }
    // All the scores in one query rather than one per response (five years are ~200 rows).
    store::Statement scores = m_db.prepare(
        "SELECT s.response_id, s.rule_id, s.value, s.answered, s.missing, s.prorated, s.band "
        "FROM measure_scores s JOIN measure_responses r ON r.id = s.response_id "
        "WHERE r.measure_id = ? AND r.completed_at IS NOT NULL ORDER BY s.rule_id");
    scores.bind(1, measureId);
    while (scores.step()) {
        const auto it = index.find(scores.text(0));
        if (it == index.end())
            continue;
        Score s;
        s.ruleId = scores.text(1);
        if (!scores.isNull(2))
            s.value = scores.real(2);
        s.answered = int(scores.int64(3));
        s.missing = int(scores.int64(4));
        s.prorated = scores.int64(5) != 0;
        s.band = int(scores.int64(6));
        responses[it->second].scores.push_back(std::move(s));
    }
    for (Response& r : responses)
        r.scores = inRuleOrder(std::move(r.scores), measureId);
    return responses;
}

std::vector<MeasureStore::ScorePoint> MeasureStore::scoreHistory(const QString& measureId,
                                                                 const QString& ruleId) const {
    store::Statement query = m_db.prepare(
        "SELECT r.completed_at, r.utc_offset, s.value, s.answered, s.missing, s.prorated, s.band "
        "FROM measure_responses r JOIN measure_scores s ON s.response_id = r.id "
        "WHERE r.measure_id = ? AND r.completed_at IS NOT NULL AND s.rule_id = ? "
        "ORDER BY r.completed_at, r.id");
    query.bind(1, measureId);
    query.bind(2, ruleId);
    std::vector<ScorePoint> points;
    while (query.step()) {
        ScorePoint p;
        p.completedAt = QDateTime::fromMSecsSinceEpoch(query.int64(0), Qt::UTC);
        p.utcOffset = int(query.int64(1));
        p.score.ruleId = ruleId;
        if (!query.isNull(2))
            p.score.value = query.real(2);
        p.score.answered = int(query.int64(3));
        p.score.missing = int(query.int64(4));
        p.score.prorated = query.int64(5) != 0;
        p.score.band = int(query.int64(6));
        points.push_back(std::move(p));
    }
    return points;
}

std::optional<Response> MeasureStore::latest(const QString& measureId) const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     " FROM measure_responses WHERE measure_id = ? AND completed_at IS NOT NULL "
                     "ORDER BY completed_at DESC, id DESC LIMIT 1");
    query.bind(1, measureId);
    if (!query.step())
        return std::nullopt;
    Response r = readResponse(query);
    r.scores = scoresOf(r.id, r.measureId);
    return r;
}

int MeasureStore::countCompleted() const {
    store::Statement query =
        m_db.prepare("SELECT count(*) FROM measure_responses WHERE completed_at IS NOT NULL");
    query.step();
    return int(query.int64(0));
}

int MeasureStore::countCompleted(const QString& measureId) const {
    store::Statement query = m_db.prepare("SELECT count(*) FROM measure_responses WHERE "
                                          "measure_id = ? AND completed_at IS NOT NULL");
    query.bind(1, measureId);
    query.step();
    return int(query.int64(0));
}

} // namespace pacewise::measures
