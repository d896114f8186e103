#pragma once

#include "measures/MeasureLibrary.h"
#include "measures/Scoring.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::measures {

// One filling-in of a questionnaire: in progress (a draft that survives closing the app) or
// completed (scored, sent to the clinic).
struct Response {
    QString id;        // client-made UUID
    QString measureId; // Measure::id
    QString questionnaireUrl;
    QString questionnaireVersion;
    Answers answers;
    QString currentLinkId;     // where the patient was: the screen resumes there
    QDateTime startedAt;       // UTC
    QDateTime completedAt;     // UTC; null while in progress
    int utcOffset = 0;         // seconds east of UTC at completion (or start)
    std::vector<Score> scores; // completed only
    bool completed() const { return completedAt.isValid(); }
};

// Reads and writes responses. Every completion goes with its outbox rows in one transaction:
// kind "questionnaire-response" (a QuestionnaireResponse) and kind "measure-score" (the score
// Observation), both with the response id as entity id.
class MeasureStore {
    Q_DECLARE_TR_FUNCTIONS(MeasureStore)

public:
    using Clock = std::function<QDateTime()>; // UTC now; injectable for tests

    MeasureStore(store::Database& db, const MeasureLibrary& library, Clock clock = {});

    // The unfinished response of this measure, or a new one (not stored until saveProgress).
    Response startOrResume(const QString& measureId);
    std::optional<Response> inProgress(const QString& measureId) const;
    // Stores the draft (answers of disabled items dropped, answers checked against the items:
    // wrong type, unknown option, out of range → Error(InvalidInput) naming the question).
    // Durable when it returns (synchronous=FULL): a kill after it loses nothing.
    void saveProgress(Response& response);
    void discard(const QString& responseId); // a draft only

    // Checks required items (Error(InvalidInput) naming the first unanswered one), scores,
    // stores, queues for the clinic. Returns the response with its scores and completedAt.
    // completedAt is now (and utcOffset this machine's) unless the caller set it; a response
    // already completed is refused (Error(InvalidInput)).
    Response complete(Response response);
    // Many completed responses in one transaction (the synthetic generator): scored, queued.
    void completeAll(std::vector<Response>& responses);

    std::optional<Response> find(const QString& responseId) const;
    // Completed responses of one measure, oldest first (charts and change since baseline).
    std::vector<Response> history(const QString& measureId) const;
    std::optional<Response> latest(const QString& measureId) const;

    // One score of every completed response of a measure, oldest first, without reading the
    // answers: what charts need (Progress reads five years of questionnaires this way).
    struct ScorePoint {
        QDateTime completedAt; // UTC
        int utcOffset = 0;
        Score score;
    };
    std::vector<ScorePoint> scoreHistory(const QString& measureId, const QString& ruleId) const;
    int countCompleted() const;
    int countCompleted(const QString& measureId) const;

private:
    const Measure& measure(const QString& measureId) const; // Error(NotFound) when unknown
    Answers checkedAnswers(const Measure& measure, const Answers& given) const;
    void write(Response& response); // inside the caller's transaction
    std::vector<Score> scoresOf(const QString& responseId, const QString& measureId) const;
    std::vector<Score> inRuleOrder(std::vector<Score> stored, const QString& measureId) const;

    store::Database& m_db;
    const MeasureLibrary& m_library;
    Clock m_clock;
};

} // namespace pacewise::measures
