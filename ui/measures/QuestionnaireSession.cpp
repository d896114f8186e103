#include "QuestionnaireSession.h"

#include "MeasureWording.h"
#include "error/Error.h"
#include "measures/Scoring.h"
#include "safety/SafetyEvents.h"

#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcQuestionnaire, "pacewise.measures.questionnaire")

namespace pacewise::ui {
namespace {

using measures::Item;
using measures::ItemType;

bool isQuestion(const Item& item) {
    return item.type != ItemType::Group && item.type != ItemType::Display;
}

QString typeName(ItemType type) {
    switch (type) {
    case ItemType::Choice:
        return QStringLiteral("choice");
    case ItemType::Boolean:
        return QStringLiteral("boolean");
    case ItemType::Integer:
        return QStringLiteral("integer");
    case ItemType::Decimal:
        return QStringLiteral("decimal");
    case ItemType::String:
        return QStringLiteral("string");
    case ItemType::Date:
        return QStringLiteral("date");
    case ItemType::Time:
        return QStringLiteral("time");
    case ItemType::Display:
    case ItemType::Group:
        break;
    }
    return QStringLiteral("display");
}

// Whether two choice questions offer the same answers (and so can share a grid's columns).
bool sameOptions(const Item& a, const Item& b) {
    if (a.type != ItemType::Choice || b.type != ItemType::Choice ||
        a.options.size() != b.options.size() || a.options.empty())
        return false;
    for (std::size_t i = 0; i < a.options.size(); ++i)
        if (!(a.options[i].coding == b.options[i].coding))
            return false;
    return true;
}

QVariant answerValue(const measures::Answer& answer) {
    using Type = measures::Answer::Type;
    switch (answer.type) {
    case Type::Boolean:
        return answer.boolean;
    case Type::Decimal:
        return answer.decimal;
    case Type::Integer:
        return answer.integer;
    case Type::String:
    case Type::Date: // "yyyy-MM-dd"
    case Type::Time: // "HH:mm:ss"
        return answer.string;
    case Type::Coding:
        return answer.coding.code;
    }
    return {};
}

} // namespace

QuestionnaireSession::QuestionnaireSession(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); }) {}

QuestionnaireSession::~QuestionnaireSession() = default;

void QuestionnaireSession::classBegin() {
    m_complete = false;
}

void QuestionnaireSession::componentComplete() {
    m_complete = true;
    load();
}

void QuestionnaireSession::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        load();
}

void QuestionnaireSession::setMeasureId(const QString& id) {
    if (id == m_measureId)
        return;
    m_measureId = id;
    emit measureIdChanged();
    if (m_complete)
        load();
}

void QuestionnaireSession::setAllOnOnePage(bool all) {
    if (all == m_allOnOnePage)
        return;
    const QStringList shown = pageLinkIds();
    m_allOnOnePage = all;
    paginate(shown.isEmpty() ? m_response.currentLinkId : shown.constFirst());
    emitAll();
}

void QuestionnaireSession::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void QuestionnaireSession::setMeasureDirectory(const QString& directory) {
    m_directory = directory;
    if (m_complete)
        load();
}

QString QuestionnaireSession::title() const {
    if (!m_measure)
        return {};
    const auto& q = m_measure->questionnaire;
    return q.title.isEmpty() ? q.name : q.title;
}

QString QuestionnaireSession::description() const {
    return m_measure ? m_measure->questionnaire.description : QString();
}

QString QuestionnaireSession::copyright() const {
    return m_measure ? m_measure->questionnaire.copyright : QString();
}

store::Database* QuestionnaireSession::database() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db)
        setError(tr("Pacewise is locked. Unlock it to go on with this questionnaire."));
    return db;
}

measures::MeasureStore QuestionnaireSession::store(store::Database& db) const {
    const Clock clock = m_clock;
    return measures::MeasureStore(db, *m_library, [clock] { return clock().toUTC(); });
}

void QuestionnaireSession::load() {
    clearError();
    m_measure = nullptr;
    m_response = {};
    m_resumed = false;
    m_stored = false;
    m_questions.clear();
    m_pages.clear();
    m_pageIndex = 0;
    m_lastAnswered.clear();
    m_changeText.clear();
    m_meaningfulChange = false;
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (db && !m_measureId.isEmpty()) {
        try {
            m_library = std::make_unique<measures::MeasureLibrary>(
                measures::MeasureLibrary::load(*db, m_directory));
            m_measure = m_library->find(m_measureId);
            if (!m_measure)
                throw Error(ErrorCode::NotFound,
                            tr("This questionnaire could not be found. Your clinic may have "
                               "removed it."),
                            m_measureId);
            measures::MeasureStore responses = store(*db);
            m_resumed = responses.inProgress(m_measureId).has_value();
            m_stored = m_resumed;
            m_response = responses.startOrResume(m_measureId);
            collect(m_measure->questionnaire.items, {});
            paginate(m_response.currentLinkId);
            // A draft without a place (or whose place is skipped now): its first open question.
            if (m_resumed && !question(m_response.currentLinkId)) {
                for (int i = 0; i < pageCount(); ++i) {
                    const auto& questions = m_pages[std::size_t(i)].questions;
                    if (std::any_of(questions.begin(), questions.end(), [this](const Question& q) {
                            return isQuestion(*q.item) && !answered(*q.item);
                        })) {
                        m_pageIndex = i;
                        break;
                    }
                }
            }
        } catch (const Error& error) {
            m_measure = nullptr;
            m_questions.clear();
            m_pages.clear();
            fail(error);
        }
    }
    emit loadedChanged();
    emit completedChanged();
    emitAll();
}

void QuestionnaireSession::collect(const std::vector<Item>& items, const QString& groupText) {
    QString leadIn = groupText;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        switch (item.type) {
        case ItemType::Group:
            collect(item.items, item.text.isEmpty() ? leadIn : item.text);
            break;
        case ItemType::Display: {
            // Words before questions lead into them; words at the end stand on their own.
            const bool questionsFollow =
                std::any_of(items.begin() + std::ptrdiff_t(i) + 1, items.end(),
                            [](const Item& later) { return later.type != ItemType::Display; });
            if (questionsFollow)
                leadIn = item.text;
            else
                m_questions.push_back({&item, {}});
            break;
        }
        default: {
            m_questions.push_back({&item, leadIn});
            // A question's own display children are its anchors or help; questions under it
            // are asked after it.
            for (const Item& child : item.items)
                if (child.type != ItemType::Display)
                    collectNested(child, leadIn);
            break;
        }
        }
    }
}

void QuestionnaireSession::collectNested(const Item& item, const QString& leadIn) {
    if (item.type == ItemType::Group) {
        collect(item.items, item.text.isEmpty() ? leadIn : item.text);
        return;
    }
    m_questions.push_back({&item, leadIn});
    for (const Item& child : item.items)
        if (child.type != ItemType::Display)
            collectNested(child, leadIn);
}

bool QuestionnaireSession::isEnabled(const Item& item) const {
    return m_measure && measures::isEnabled(m_measure->questionnaire, item, m_response.answers);
}

bool QuestionnaireSession::answered(const Item& item) const {
    return m_response.answers.contains(item.linkId);
}

void QuestionnaireSession::paginate(const QString& keepLinkId) {
    m_pages.clear();
    std::size_t keepAt = 0;
    for (std::size_t i = 0; i < m_questions.size(); ++i)
        if (m_questions[i].item->linkId == keepLinkId)
            keepAt = i;
    int keepPage = -1;
    Page all;
    for (std::size_t i = 0; i < m_questions.size(); ++i) {
        const Question& q = m_questions[i];
        if (!isEnabled(*q.item))
            continue;
        if (m_allOnOnePage) {
            all.questions.push_back(q);
            continue;
        }
        m_pages.push_back({{q}});
        if (keepPage < 0 && i >= keepAt)
            keepPage = int(m_pages.size()) - 1;
    }
    if (m_allOnOnePage && !all.questions.empty())
        m_pages.push_back(std::move(all));
    m_pageIndex =
        std::clamp(keepPage < 0 ? pageCount() - 1 : keepPage, 0, std::max(0, pageCount() - 1));
}

const Item* QuestionnaireSession::question(const QString& linkId) const {
    for (const auto& page : m_pages)
        for (const Question& q : page.questions)
            if (q.item->linkId == linkId)
                return q.item;
    return nullptr;
}

QStringList QuestionnaireSession::pageLinkIds() const {
    QStringList ids;
    if (m_pageIndex < 0 || m_pageIndex >= pageCount())
        return ids;
    for (const Question& q : m_pages[std::size_t(m_pageIndex)].questions)
        ids << q.item->linkId;
    return ids;
}

int QuestionnaireSession::numberOf(const Item& item) const {
    int number = 0;
    for (const auto& page : m_pages)
        for (const Question& q : page.questions) {
            if (isQuestion(*q.item))
                ++number;
            if (q.item == &item)
                return number;
        }
    return 0;
}

int QuestionnaireSession::questionCount() const {
    int count = 0;
    for (const auto& page : m_pages)
        for (const Question& q : page.questions)
            count += isQuestion(*q.item) ? 1 : 0;
    return count;
}

int QuestionnaireSession::answeredCount() const {
    int count = 0;
    for (const auto& page : m_pages)
        for (const Question& q : page.questions)
            count += isQuestion(*q.item) && answered(*q.item) ? 1 : 0;
    return count;
}

QString QuestionnaireSession::progressText() const {
    if (!loaded() || m_pages.empty())
        return {};
    if (m_allOnOnePage)
        return tr("%1 of %2 answered").arg(answeredCount()).arg(questionCount());
    const Item& item = *m_pages[std::size_t(m_pageIndex)].questions.front().item;
    if (!isQuestion(item))
        return tr("%1 of %2 answered").arg(answeredCount()).arg(questionCount());
    return tr("Question %1 of %2").arg(numberOf(item)).arg(questionCount());
}

qreal QuestionnaireSession::progress() const {
    if (m_allOnOnePage || pageCount() == 0)
        return questionCount() > 0 ? qreal(answeredCount()) / questionCount() : 0;
    return qreal(m_pageIndex + 1) / pageCount();
}

QString QuestionnaireSession::nextBlockedReason() const {
    if (!loaded() || m_pages.empty())
        return tr("The questionnaire is not open.");
    if (completed())
        return {};
    if (!m_allOnOnePage && !lastPage()) {
        for (const Question& q : m_pages[std::size_t(m_pageIndex)].questions)
            if (q.item->required && isQuestion(*q.item) && !answered(*q.item))
                return tr("Choose an answer to go on: this question needs one.");
        return {};
    }
    // Finishing: every question that needs an answer has one.
    for (const auto& page : m_pages)
        for (const Question& q : page.questions)
            if (q.item->required && isQuestion(*q.item) && !answered(*q.item))
                return tr("Question %1 needs an answer before you can finish.")
                    .arg(numberOf(*q.item));
    return {};
}

std::vector<int> QuestionnaireSession::optionKeys(const Item& item) {
    std::vector<int> keys;
    if (item.type == ItemType::Boolean)
        return {1, 2}; // Yes, No
    // The option's score when every option has a different whole one from 0 to 9 (what the
    // paper form prints: 0 Not at all … 3 Nearly every day); otherwise its place from 1.
    bool scores = !item.options.empty();
    QSet<int> seen;
    for (const auto& option : item.options) {
        const bool fits = option.ordinal && *option.ordinal >= 0 && *option.ordinal <= 9 &&
                          std::floor(*option.ordinal) == *option.ordinal &&
                          !seen.contains(int(*option.ordinal));
        if (!fits) {
            scores = false;
            break;
        }
        seen.insert(int(*option.ordinal));
    }
    for (std::size_t i = 0; i < item.options.size(); ++i) {
        if (scores)
            keys.push_back(int(*item.options[i].ordinal));
        else
            keys.push_back(i < 9 ? int(i) + 1 : -1);
    }
    return keys;
}

QVariantList QuestionnaireSession::optionList(const Item& item) const {
    QVariantList list;
    const std::vector<int> keys = optionKeys(item);
    if (item.type == ItemType::Boolean) {
        list.append(QVariantMap{{QStringLiteral("code"), true},
                                {QStringLiteral("display"), tr("Yes")},
                                {QStringLiteral("key"), QStringLiteral("1")}});
        list.append(QVariantMap{{QStringLiteral("code"), false},
                                {QStringLiteral("display"), tr("No")},
                                {QStringLiteral("key"), QStringLiteral("2")}});
        return list;
    }
    for (std::size_t i = 0; i < item.options.size(); ++i) {
        const auto& option = item.options[i];
        list.append(QVariantMap{
            {QStringLiteral("code"), option.coding.code},
            {QStringLiteral("display"),
             option.coding.display.isEmpty() ? option.coding.code : option.coding.display},
            {QStringLiteral("key"), keys[i] >= 0 ? QString::number(keys[i]) : QString()}});
    }
    return list;
}

QVariantMap QuestionnaireSession::itemBlock(const Item& item) const {
    const bool decimal = item.type == ItemType::Decimal;
    return {
        {QStringLiteral("kind"), QStringLiteral("item")},
        {QStringLiteral("linkId"), item.linkId},
        {QStringLiteral("type"), typeName(item.type)},
        {QStringLiteral("number"), numberOf(item)},
        {QStringLiteral("prefix"), item.prefix},
        {QStringLiteral("text"), item.text},
        {QStringLiteral("required"), item.required},
        {QStringLiteral("options"), optionList(item)},
        {QStringLiteral("min"), item.minValue.value_or(0)},
        {QStringLiteral("max"), item.maxValue.value_or(decimal ? 10.0 : 10.0)},
        {QStringLiteral("bounded"), item.minValue.has_value() && item.maxValue.has_value()},
        {QStringLiteral("step"), decimal ? 0.5 : 1.0},
        {QStringLiteral("decimals"), decimal ? 1 : 0},
        {QStringLiteral("lowerLabel"), item.lowerLabel},
        {QStringLiteral("upperLabel"), item.upperLabel},
        {QStringLiteral("maxLength"), item.maxLength},
    };
}

QString QuestionnaireSession::leadIn() const {
    if (m_allOnOnePage || m_pageIndex < 0 || m_pageIndex >= pageCount())
        return {};
    return m_pages[std::size_t(m_pageIndex)].questions.front().leadIn;
}

QVariantList QuestionnaireSession::page() const {
    QVariantList blocks;
    if (m_pageIndex < 0 || m_pageIndex >= pageCount())
        return blocks;
    const auto& questions = m_pages[std::size_t(m_pageIndex)].questions;
    QString lastLeadIn;
    for (std::size_t i = 0; i < questions.size();) {
        const Question& q = questions[i];
        if (m_allOnOnePage && !q.leadIn.isEmpty() && q.leadIn != lastLeadIn) {
            blocks.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("item")},
                                      {QStringLiteral("linkId"), QString()},
                                      {QStringLiteral("type"), QStringLiteral("display")},
                                      {QStringLiteral("text"), q.leadIn}});
        }
        lastLeadIn = q.leadIn;
        // Consecutive choice questions with the same answers, under the same words: one grid.
        std::size_t end = i + 1;
        if (m_allOnOnePage)
            while (end < questions.size() && sameOptions(*q.item, *questions[end].item) &&
                   questions[end].leadIn == q.leadIn)
                ++end;
        if (end - i >= 2) {
            QVariantList rows;
            for (std::size_t r = i; r < end; ++r) {
                const Item& row = *questions[r].item;
                rows.append(QVariantMap{{QStringLiteral("linkId"), row.linkId},
                                        {QStringLiteral("number"), numberOf(row)},
                                        {QStringLiteral("prefix"), row.prefix},
                                        {QStringLiteral("text"), row.text},
                                        {QStringLiteral("required"), row.required}});
            }
            blocks.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("grid")},
                                      {QStringLiteral("options"), optionList(*q.item)},
                                      {QStringLiteral("rows"), rows}});
            i = end;
            continue;
        }
        blocks.append(itemBlock(*q.item));
        ++i;
    }
    return blocks;
}

QVariantMap QuestionnaireSession::answers() const {
    QVariantMap map;
    for (const auto& [linkId, answer] : m_response.answers)
        map.insert(linkId, answerValue(answer));
    return map;
}

bool QuestionnaireSession::setAnswer(const QString& linkId, const QVariant& value) {
    clearError();
    if (!loaded() || completed())
        return false;
    const Item* item = question(linkId);
    if (!item || !isQuestion(*item))
        return false;
    measures::Answer answer;
    switch (item->type) {
    case ItemType::Choice: {
        const QString code = value.toString();
        const auto found = std::find_if(
            item->options.begin(), item->options.end(),
            [&code](const measures::AnswerOption& o) { return o.coding.code == code; });
        if (found == item->options.end())
            return false;
        answer = measures::Answer::ofCoding(found->coding);
        break;
    }
    case ItemType::Boolean:
        answer = measures::Answer::ofBoolean(value.toBool());
        break;
    case ItemType::Integer:
        answer = measures::Answer::ofInteger(qint64(std::llround(value.toDouble())));
        break;
    case ItemType::Decimal:
        answer = measures::Answer::ofDecimal(value.toDouble());
        break;
    case ItemType::String: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return clearAnswer(linkId);
        answer = measures::Answer::ofString(text);
        break;
    }
    default:
        return false;
    }
    const auto previous = m_response.answers.find(linkId);
    if (previous != m_response.answers.end() && previous->second == answer)
        return true;

    const measures::Answers before = m_response.answers;
    const QStringList shown = pageLinkIds();
    m_response.answers[linkId] = answer;
    m_lastAnswered = linkId;
    m_response.currentLinkId = shown.isEmpty() ? linkId : shown.constFirst();
    // Judged on the answer as given, whether or not it can be stored.
    const QStringList concerns =
        measures::safetyConcerns(m_measure->questionnaire, m_measure->rules, m_response.answers);
    const bool concern = concerns.contains(linkId);
    const bool stored = save();
    if (!stored)
        m_response.answers = before;
    paginate(shown.isEmpty() ? linkId : shown.constFirst());
    emitAll(shown);
    if (concern) {
        raiseSafety(linkId, answer, *item);
        emit safetyConcernRaised(linkId);
    }
    return stored && !concern;
}

bool QuestionnaireSession::answerByKey(const QString& linkId, int key) {
    const Item* item = question(linkId);
    if (!item)
        return false;
    const std::vector<int> keys = optionKeys(*item);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] != key)
            continue;
        if (item->type == ItemType::Boolean)
            return setAnswer(linkId, i == 0);
        return setAnswer(linkId, item->options[i].coding.code);
    }
    return false;
}

bool QuestionnaireSession::clearAnswer(const QString& linkId) {
    clearError();
    if (!loaded() || completed() || !m_response.answers.contains(linkId))
        return false;
    const measures::Answers before = m_response.answers;
    const QStringList shown = pageLinkIds();
    m_response.answers.erase(linkId);
    const bool stored = save();
    if (!stored)
        m_response.answers = before;
    paginate(shown.isEmpty() ? linkId : shown.constFirst());
    emitAll(shown);
    return stored;
}

bool QuestionnaireSession::save() {
    store::Database* db = database();
    if (!db)
        return false;
    try {
        store(*db).saveProgress(m_response);
        m_stored = true;
        return true;
    } catch (const Error& error) {
        fail(error);
        return false;
    }
}

void QuestionnaireSession::raiseSafety(const QString& linkId, const measures::Answer& answer,
                                       const Item& item) {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db)
        return;
    try {
        const QDateTime now = m_clock();
        const double value = measures::numericValue(item, answer).value_or(1);
        safety::SafetyEvents(*db).raise(m_response.id, m_measureId, linkId, int(std::lround(value)),
                                        now.toUTC(), now.offsetFromUtc());
    } catch (const Error& error) {
        // The crisis screen is shown all the same; the message says the clinic was not told.
        qCWarning(lcQuestionnaire).noquote() << "safety event not recorded:" << error.detail();
        setError(tr("Pacewise could not note this answer for your care team. Please tell them "
                    "yourself."),
                 error.detail());
    }
}

bool QuestionnaireSession::next() {
    clearError();
    if (!loaded() || completed() || lastPage() || !canGoNext())
        return false;
    ++m_pageIndex;
    m_response.currentLinkId = pageLinkIds().value(0);
    if (m_stored)
        save();
    emitAll();
    return true;
}

bool QuestionnaireSession::back() {
    clearError();
    if (!loaded() || completed() || firstPage())
        return false;
    --m_pageIndex;
    m_response.currentLinkId = pageLinkIds().value(0);
    if (m_stored)
        save();
    emitAll();
    return true;
}

bool QuestionnaireSession::finish() {
    clearError();
    if (!loaded() || completed())
        return false;
    const QString blocked = nextBlockedReason();
    if (!blocked.isEmpty()) {
        setError(blocked);
        return false;
    }
    store::Database* db = database();
    if (!db)
        return false;
    try {
        m_response = store(*db).complete(m_response);
        m_stored = false;
        computeResult();
    } catch (const Error& error) {
        fail(error);
        return false;
    }
    emit completedChanged();
    emitAll();
    return true;
}

void QuestionnaireSession::computeResult() {
    m_changeText.clear();
    m_meaningfulChange = false;
    if (!hasScore())
        return;
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db)
        return;
    const measures::ScoreRule& rule = m_measure->rules.scores.front();
    const double latest = *m_response.scores.front().value;
    const std::vector<measures::Response> history = store(*db).history(m_measureId);
    const QDate today = m_clock().date();
    // The baseline is the first completed response that has a headline score.
    for (const measures::Response& earlier : history) {
        if (earlier.id == m_response.id)
            break;
        if (earlier.scores.empty() || !earlier.scores.front().value)
            continue;
        const double baseline = *earlier.scores.front().value;
        m_meaningfulChange = measures::changeSince(rule, baseline, latest).meaningful;
        m_changeText = MeasureWording::changeText(
            rule, baseline, earlier.completedAt.toLocalTime().date(), latest, today);
        return;
    }
    m_changeText = tr("This is your first result. The next ones will be compared with it.");
}

bool QuestionnaireSession::hasScore() const {
    return completed() && m_measure && !m_measure->rules.scores.empty() &&
           !m_response.scores.empty() && m_response.scores.front().value.has_value();
}

QString QuestionnaireSession::scoreTitle() const {
    if (!hasScore())
        return {};
    const QString title = m_measure->rules.scores.front().title;
    return title.isEmpty() ? tr("Your score") : title;
}

QString QuestionnaireSession::scoreText() const {
    if (!hasScore())
        return {};
    return MeasureWording::scoreOutOf(m_measure->rules.scores.front(),
                                      *m_response.scores.front().value);
}

QString QuestionnaireSession::bandLabel() const {
    if (!hasScore())
        return {};
    return MeasureWording::bandLabel(m_measure->rules.scores.front(), m_response.scores.front());
}

QString QuestionnaireSession::bandMeaning() const {
    if (!hasScore())
        return {};
    return MeasureWording::bandMeaning(m_measure->rules.scores.front(), m_response.scores.front());
}

void QuestionnaireSession::emitAll(const QStringList& shownBefore) {
    emit pagesChanged();
    if (pageLinkIds() != shownBefore || shownBefore.isEmpty())
        emit pageChanged();
    emit answersChanged();
    emit progressChanged();
}

void QuestionnaireSession::clearError() {
    setError({});
}

void QuestionnaireSession::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

void QuestionnaireSession::fail(const Error& error) {
    qCWarning(lcQuestionnaire).noquote() << error.message() << error.detail();
    setError(error.message(), error.detail());
    emit failed(error.message());
}

} // namespace pacewise::ui
