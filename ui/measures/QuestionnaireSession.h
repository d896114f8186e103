#pragma once

#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "profile/ProfileSession.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace pacewise::ui {

// One filling-in of one questionnaire, for the questionnaire screen: it starts a new response
// or resumes the unfinished one at the question the patient was on, and hands the screen one
// page at a time (one question per page; or, with `allOnOnePage`, every question on one page,
// consecutive choice questions with the same answers as one grid).
//
// Every answer is stored the moment it is given (MeasureStore::saveProgress, durable when it
// returns): closing the window or a crash loses nothing. Skip logic (enableWhen) decides which
// questions are asked; pages are recounted as answers change.
//
// Safety: when an answer breaks one of the measure's safety rules (PHQ-9 item 9 above 0), the
// safety event is raised at once (SafetyEvents::raise: recorded, and a Flag and an urgent
// Communication queued ahead of everything else for the care team) and safetyConcernRaised() is
// emitted, so the screen shows the crisis resources before the next question. The event is
// raised even if storing the answer failed; the signal is emitted even if raising failed.
//
// A page is a list of blocks, each a map:
//   {kind: "item", linkId, type: "choice"|"boolean"|"integer"|"decimal"|"string"|"display",
//    number, prefix, text, required, options: [{code, display, key}], min, max, step, decimals,
//    lowerLabel, upperLabel, maxLength}
//   {kind: "grid", options: [{code, display, key}], rows: [{linkId, number, prefix, text,
//    required}]}
// `answers` maps a linkId to its answer: an option's code, a number, a bool or a string.
class QuestionnaireSession : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString measureId READ measureId WRITE setMeasureId NOTIFY measureIdChanged)
    Q_PROPERTY(bool allOnOnePage READ allOnOnePage WRITE setAllOnOnePage NOTIFY pagesChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(bool resumed READ resumed NOTIFY loadedChanged)
    Q_PROPERTY(QString title READ title NOTIFY loadedChanged)
    Q_PROPERTY(QString description READ description NOTIFY loadedChanged)
    Q_PROPERTY(QString copyright READ copyright NOTIFY loadedChanged)
    Q_PROPERTY(QString responseId READ responseId NOTIFY loadedChanged)

    Q_PROPERTY(int pageIndex READ pageIndex NOTIFY pageChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY pagesChanged)
    Q_PROPERTY(QVariantList page READ page NOTIFY pageChanged)
    Q_PROPERTY(QString leadIn READ leadIn NOTIFY pageChanged)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY pagesChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool firstPage READ firstPage NOTIFY pageChanged)
    Q_PROPERTY(bool lastPage READ lastPage NOTIFY progressChanged)
    Q_PROPERTY(bool canGoNext READ canGoNext NOTIFY progressChanged)
    Q_PROPERTY(QString nextBlockedReason READ nextBlockedReason NOTIFY progressChanged)
    // A QVariant holding the map: qmllint (Qt 6.4) rejects look-ups by key on a QVariantMap.
    Q_PROPERTY(QVariant answers READ answersValue NOTIFY answersChanged)
    // The question answered last on this screen: the focus returns to it when the page is
    // rebuilt (all questions on one page, where an answer can bring in another question).
    Q_PROPERTY(QString lastAnsweredLinkId READ lastAnsweredLinkId NOTIFY answersChanged)

    Q_PROPERTY(bool completed READ completed NOTIFY completedChanged)
    Q_PROPERTY(bool hasScore READ hasScore NOTIFY completedChanged)
    Q_PROPERTY(QString scoreTitle READ scoreTitle NOTIFY completedChanged)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY completedChanged)
    Q_PROPERTY(QString bandLabel READ bandLabel NOTIFY completedChanged)
    Q_PROPERTY(QString bandMeaning READ bandMeaning NOTIFY completedChanged)
    Q_PROPERTY(QString changeText READ changeText NOTIFY completedChanged)
    Q_PROPERTY(bool meaningfulChange READ meaningfulChange NOTIFY completedChanged)

    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    using Clock = std::function<QDateTime()>; // local now, with its UTC offset

    explicit QuestionnaireSession(QObject* parent = nullptr);
    ~QuestionnaireSession() override;

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    const QString& measureId() const { return m_measureId; }
    void setMeasureId(const QString& id);
    bool allOnOnePage() const { return m_allOnOnePage; }
    void setAllOnOnePage(bool all);
    // Tests fix "now" and read the measures from a folder.
    void setClock(Clock clock);
    void setMeasureDirectory(const QString& directory);

    bool loaded() const { return m_measure != nullptr; }
    bool resumed() const { return m_resumed; }
    QString title() const;
    QString description() const;
    QString copyright() const;
    QString responseId() const { return m_response.id; }

    int pageIndex() const { return m_pageIndex; }
    int pageCount() const { return int(m_pages.size()); }
    QVariantList page() const;
    QString leadIn() const;
    int questionCount() const;
    int answeredCount() const;
    QString progressText() const;
    qreal progress() const;
    bool firstPage() const { return m_pageIndex <= 0; }
    bool lastPage() const { return m_pageIndex >= pageCount() - 1; }
    bool canGoNext() const { return nextBlockedReason().isEmpty(); }
    QString nextBlockedReason() const;
    QVariantMap answers() const;
    QVariant answersValue() const { return answers(); }
    const QString& lastAnsweredLinkId() const { return m_lastAnswered; }
    // The linkIds on the page shown.
    QStringList pageLinkIds() const;

    bool completed() const { return m_response.completed(); }
    bool hasScore() const;
    QString scoreTitle() const;
    QString scoreText() const;
    QString bandLabel() const;
    QString bandMeaning() const;
    const QString& changeText() const { return m_changeText; }
    bool meaningfulChange() const { return m_meaningfulChange; }
    const measures::Response& response() const { return m_response; }

    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    // Reads the measure and starts or resumes its response.
    Q_INVOKABLE void load();
    // Stores one answer at once. A choice takes the option's code; integer and decimal a number;
    // boolean a bool; string a string (empty clears it). True when it was stored and raised no
    // safety concern: the screen may go on (Enter on an option answers and moves to the next).
    Q_INVOKABLE bool setAnswer(const QString& linkId, const QVariant& value);
    // A choice by the key shown next to its option (0-9): the option's score, else its place
    // from 1. False when no option has that key.
    Q_INVOKABLE bool answerByKey(const QString& linkId, int key);
    Q_INVOKABLE bool clearAnswer(const QString& linkId);
    Q_INVOKABLE bool next();
    Q_INVOKABLE bool back();
    // Checks the required questions, scores, stores and queues the response for the clinic.
    Q_INVOKABLE bool finish();
    Q_INVOKABLE void clearError();

signals:
    void sessionChanged();
    void measureIdChanged();
    void loadedChanged();
    void pagesChanged();
    void pageChanged();
    void progressChanged();
    void answersChanged();
    void completedChanged();
    void errorChanged();
    // An answer broke a safety rule: show the crisis resources now, before anything else.
    void safetyConcernRaised(const QString& linkId);
    void failed(const QString& message);

private:
    struct Question {
        const measures::Item* item = nullptr; // a question, or a display with nothing after it
        QString leadIn; // the words it continues ("Over the last 2 weeks, how often …")
    };
    struct Page {
        std::vector<Question> questions;
    };

    void collect(const std::vector<measures::Item>& items, const QString& groupText);
    void collectNested(const measures::Item& item, const QString& leadIn);
    void paginate(const QString& keepLinkId);
    bool save();
    void raiseSafety(const QString& linkId, const measures::Answer& answer,
                     const measures::Item& item);
    void computeResult();
    const measures::Item* question(const QString& linkId) const;
    QVariantMap itemBlock(const measures::Item& item) const;
    QVariantList optionList(const measures::Item& item) const;
    static std::vector<int> optionKeys(const measures::Item& item);
    measures::MeasureStore store(store::Database& db) const;
    store::Database* database();
    int numberOf(const measures::Item& item) const;
    bool answered(const measures::Item& item) const;
    bool isEnabled(const measures::Item& item) const;
    void setError(const QString& message, const QString& detail = {});
    void fail(const Error& error);
    // The page is rebuilt (its delegates made again) only when its questions changed.
    void emitAll(const QStringList& shownBefore = {});

    QPointer<ProfileSession> m_session;
    QString m_measureId;
    bool m_allOnOnePage = false;
    bool m_complete = true;
    Clock m_clock;
    QString m_directory;

    std::unique_ptr<measures::MeasureLibrary> m_library;
    const measures::Measure* m_measure = nullptr;
    measures::Response m_response;
    bool m_resumed = false;
    bool m_stored = false;             // the draft is in the store (it shows as "Continue")
    std::vector<Question> m_questions; // every question in order, enabled or not
    std::vector<Page> m_pages;         // the enabled ones, paged
    int m_pageIndex = 0;
    QString m_lastAnswered;

    QString m_changeText;
    bool m_meaningfulChange = false;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
