#include "exercises/ExerciseSession.h"

#include "error/Error.h"
#include "homework/HomeworkStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcExercise, "pacewise.exercises.session")

namespace pacewise::ui {
namespace {

using measures::Answer;
using measures::Item;
using measures::ItemType;

const QString kFlareUpPlan = QStringLiteral("flare-up-plan");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const QString kTimeFormat = QStringLiteral("HH:mm:ss");

// The FHIR item type as written in the definition: the reader folds "text" into its string type,
// but the screens need to know a paragraph of the patient's own words from a one-line answer.
QString definitionType(const QJsonArray& items, const QString& linkId) {
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QLatin1String("linkId")).toString() == linkId)
            return item.value(QLatin1String("type")).toString();
        const QString nested = definitionType(item.value(QLatin1String("item")).toArray(), linkId);
        if (!nested.isEmpty())
            return nested;
    }
    return {};
}

QVariant answerValue(const Answer& answer) {
    switch (answer.type) {
    case Answer::Type::Boolean:
        return answer.boolean;
    case Answer::Type::Decimal:
        return answer.decimal;
    case Answer::Type::Integer:
        return answer.integer;
    case Answer::Type::String:
        return answer.string;
    case Answer::Type::Coding:
        return answer.coding.code;
    case Answer::Type::Date:
        return answer.date().toString(kDateFormat);
    case Answer::Type::Time:
        // "HH:mm" is what the screens show and set; the seconds are always 0.
        return answer.time().toString(QStringLiteral("HH:mm"));
    }
    return {};
}

// A number typed in the person's way ("7,5" in Spanish) or the C way, or given as a number.
std::optional<double> toNumber(const QVariant& value) {
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text, &ok);
        return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

bool isEmptyValue(const QVariant& value) {
    return !value.isValid() || value.isNull() ||
           (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

} // namespace

ExerciseSession::ExerciseSession(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); }) {}

ExerciseSession::~ExerciseSession() = default;

void ExerciseSession::classBegin() {
    m_complete = false;
}

void ExerciseSession::componentComplete() {
    m_complete = true;
    load();
}

void ExerciseSession::reloadIfReady() {
    if (m_complete)
        load();
}

void ExerciseSession::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    reloadIfReady();
}

void ExerciseSession::setExerciseId(const QString& id) {
    if (id == m_exerciseId)
        return;
    m_exerciseId = id;
    emit exerciseIdChanged();
    reloadIfReady();
}

void ExerciseSession::setRecordId(const QString& id) {
    if (id == m_recordId)
        return;
    m_recordId = id;
    emit recordIdChanged();
    reloadIfReady();
}

void ExerciseSession::setParentId(const QString& id) {
    if (id == m_parentId)
        return;
    m_parentId = id;
    emit parentIdChanged();
    reloadIfReady();
}

void ExerciseSession::setHomeworkId(const QString& id) {
    if (id == m_homeworkId)
        return;
    m_homeworkId = id;
    emit homeworkIdChanged();
    // The open record is kept: it is now done for this homework.
    if (loaded() && !m_record.completed())
        m_record.homeworkId = id;
}

void ExerciseSession::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void ExerciseSession::setProgrammeDirectory(const QString& directory) {
    m_directory = directory;
    reloadIfReady();
}

QString ExerciseSession::title() const {
    return m_exercise ? m_exercise->title() : QString();
}

QString ExerciseSession::description() const {
    return m_exercise ? m_exercise->description() : QString();
}

store::Database* ExerciseSession::database() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db)
        setError(tr("Pacewise is locked. Unlock it to go on with this exercise."));
    return db;
}

programme::ExerciseStore ExerciseSession::store(store::Database& db) const {
    const Clock clock = m_clock;
    return programme::ExerciseStore(db, *m_programme, [clock] { return clock().toUTC(); });
}

void ExerciseSession::load() {
    clearError();
    m_exercise = nullptr;
    m_record = {};
    m_items.clear();
    m_fields.clear();
    m_resumed = false;
    m_stored = false;
    m_wasCompletedAtLoad = false;
    m_checkedOff.clear();
    m_homeworkMessage.clear();
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (db && !m_exerciseId.isEmpty()) {
        try {
            m_programme = std::make_unique<programme::Programme>(
                programme::Programme::load(QLocale().name(), m_directory));
            m_exercise = m_programme->exercise(m_exerciseId);
            if (!m_exercise)
                throw Error(ErrorCode::NotFound,
                            tr("This exercise could not be found. Pacewise may need to be "
                               "reinstalled."),
                            m_exerciseId);
            collectFields();
            programme::ExerciseStore records = store(*db);
            std::optional<programme::ExerciseRecord> open;
            if (!m_recordId.isEmpty()) {
                open = records.find(m_recordId);
                if (!open || open->exerciseId != m_exerciseId)
                    throw Error(ErrorCode::NotFound,
                                tr("This record could not be found. It may have been thrown "
                                   "away."),
                                m_recordId);
            } else {
                open = records.draft(m_exerciseId);
                if (open && open->parentId != m_parentId)
                    open.reset();
                if (!open && m_exerciseId == kFlareUpPlan) {
                    const auto plans = records.completed(m_exerciseId, 1);
                    if (!plans.empty())
                        open = plans.front();
                }
            }
            if (open) {
                m_record = *open;
                m_stored = true;
                m_resumed = !m_record.completed();
                m_wasCompletedAtLoad = m_record.completed();
                if (!m_record.completed() && !m_homeworkId.isEmpty())
                    m_record.homeworkId = m_homeworkId;
            } else {
                m_record = records.create(m_exerciseId, m_parentId, m_homeworkId);
            }
        } catch (const Error& error) {
            m_exercise = nullptr;
            m_items.clear();
            m_fields.clear();
            m_record = {};
            fail(error);
        }
    }
    emit loadedChanged();
    emit completedChanged();
    emit answersChanged();
}

void ExerciseSession::startNew() {
    if (!loaded())
        return;
    clearError();
    store::Database* db = database();
    if (!db)
        return;
    m_record = store(*db).create(m_exerciseId, m_parentId, m_homeworkId);
    m_stored = false;
    m_resumed = false;
    m_wasCompletedAtLoad = false;
    m_checkedOff.clear();
    m_homeworkMessage.clear();
    emit loadedChanged();
    emit completedChanged();
    emit answersChanged();
}

void ExerciseSession::collectFields() {
    const QJsonArray definition =
        m_exercise->questionnaire.json.value(QLatin1String("item")).toArray();
    for (const Item* item : m_exercise->questionnaire.allItems()) {
        if (item->type == ItemType::Group || item->type == ItemType::Display)
            continue;
        Field field{item, definitionType(definition, item->linkId)};
        if (field.kind.isEmpty())
            field.kind = QStringLiteral("string");
        m_items.push_back(field);

        QVariantMap map;
        map.insert(QStringLiteral("linkId"), item->linkId);
        map.insert(QStringLiteral("text"), item->text);
        map.insert(QStringLiteral("type"), field.kind);
        map.insert(QStringLiteral("required"), item->required);
        if (item->minValue)
            map.insert(QStringLiteral("min"), *item->minValue);
        if (item->maxValue)
            map.insert(QStringLiteral("max"), *item->maxValue);
        QVariantList options;
        for (const measures::AnswerOption& option : item->options)
            options.append(QVariantMap{{QStringLiteral("code"), option.coding.code},
                                       {QStringLiteral("display"), option.coding.display}});
        map.insert(QStringLiteral("options"), options);
        map.insert(QStringLiteral("lowerLabel"), item->lowerLabel);
        map.insert(QStringLiteral("upperLabel"), item->upperLabel);
        // A question's other display children are its help, written with the content.
        QStringList help;
        for (const Item& child : item->items)
            if (child.type == ItemType::Display && child.text != item->lowerLabel &&
                child.text != item->upperLabel && !child.text.isEmpty())
                help.append(child.text);
        map.insert(QStringLiteral("help"), help.join(QLatin1Char('\n')));
        m_fields.append(map);
    }
}

const ExerciseSession::Field* ExerciseSession::field(const QString& linkId) const {
    for (const Field& field : m_items)
        if (field.item->linkId == linkId)
            return &field;
    return nullptr;
}

QString ExerciseSession::fieldName(const Field& field) const {
    return field.item->text.isEmpty() ? field.item->linkId : field.item->text;
}

QVariantMap ExerciseSession::answers() const {
    QVariantMap map;
    for (const auto& [linkId, answer] : m_record.answers)
        map.insert(linkId, answerValue(answer));
    return map;
}

QVariant ExerciseSession::answer(const QString& linkId) const {
    const auto found = m_record.answers.find(linkId);
    return found == m_record.answers.end() ? QVariant() : answerValue(found->second);
}

QString ExerciseSession::missingReason() const {
    if (!loaded())
        return {};
    for (const Field& field : m_items)
        if (field.item->required && !m_record.answers.contains(field.item->linkId))
            return tr("Please fill in \u201c%1\u201d first.").arg(fieldName(field));
    return {};
}

std::optional<Answer> ExerciseSession::toAnswer(const Field& field, const QVariant& value,
                                                bool* clear) {
    *clear = false;
    if (isEmptyValue(value)) {
        *clear = true;
        return std::nullopt;
    }
    const Item& item = *field.item;
    const QString name = fieldName(field);
    const QString linkId = item.linkId;
    if (field.kind == QLatin1String("integer") || field.kind == QLatin1String("decimal")) {
        const bool whole = field.kind == QLatin1String("integer");
        const std::optional<double> number = toNumber(value);
        const double low = item.minValue.value_or(0);
        const bool bounded = item.maxValue.has_value();
        const QString range =
            bounded ? tr("from %1 to %2")
                          .arg(QLocale().toString(low), QLocale().toString(*item.maxValue))
                    : tr("of %1 or more").arg(QLocale().toString(low));
        const QString expected =
            whole ? tr("\u201c%1\u201d needs a whole number %2.").arg(name, range)
                  : tr("\u201c%1\u201d needs a number %2.").arg(name, range);
        if (!number || (whole && std::floor(*number) != *number) ||
            (item.minValue && *number < *item.minValue) ||
            (item.maxValue && *number > *item.maxValue)) {
            setError(expected, {}, linkId);
            return std::nullopt;
        }
        return whole ? Answer::ofInteger(qint64(*number)) : Answer::ofDecimal(*number);
    }
    if (field.kind == QLatin1String("boolean"))
        return Answer::ofBoolean(value.toBool());
    if (field.kind == QLatin1String("choice")) {
        const QString code = value.toString();
        for (const measures::AnswerOption& option : item.options)
            if (option.coding.code == code)
                return Answer::ofCoding(option.coding);
        setError(tr("\u201c%1\u201d: please pick one of the choices shown.").arg(name), {}, linkId);
        return std::nullopt;
    }
    if (field.kind == QLatin1String("date")) {
        const QDate date = value.typeId() == QMetaType::QDate
                               ? value.toDate()
                               : QDate::fromString(value.toString().trimmed(), kDateFormat);
        if (!date.isValid()) {
            setError(tr("\u201c%1\u201d needs a real date.").arg(name), {}, linkId);
            return std::nullopt;
        }
        return Answer::ofDate(date);
    }
    if (field.kind == QLatin1String("time")) {
        QTime time;
        if (value.typeId() == QMetaType::QTime)
            time = value.toTime();
        else {
            const QString text = value.toString().trimmed();
            time = QTime::fromString(text, QStringLiteral("H:mm"));
            if (!time.isValid())
                time = QTime::fromString(text, kTimeFormat);
        }
        if (!time.isValid()) {
            setError(tr("\u201c%1\u201d needs a time of day, such as 22:30.").arg(name), {},
                     linkId);
            return std::nullopt;
        }
        return Answer::ofTime(QTime(time.hour(), time.minute()));
    }
    // One line or several: the patient's own words, kept as typed apart from the outer spaces.
    const QString text = value.toString().trimmed();
    if (item.maxLength > 0 && text.size() > item.maxLength) {
        setError(
            tr("\u201c%1\u201d can hold %n characters at most.", nullptr, item.maxLength).arg(name),
            {}, linkId);
        return std::nullopt;
    }
    return Answer::ofString(text);
}

bool ExerciseSession::setAnswer(const QString& linkId, const QVariant& value) {
    clearError();
    if (!loaded())
        return false;
    const Field* target = field(linkId);
    if (!target) {
        setError(tr("This exercise has no field called \u201c%1\u201d.").arg(linkId));
        return false;
    }
    bool clear = false;
    const std::optional<Answer> answer = toAnswer(*target, value, &clear);
    if (!answer && !clear)
        return false;
    const auto previous = m_record.answers.find(linkId);
    if (clear ? previous == m_record.answers.end()
              : previous != m_record.answers.end() && previous->second == *answer)
        return true;
    // A completed record keeps its required fields: it stays complete while it is edited.
    if (clear && m_record.completed() && target->item->required) {
        setError(tr("\u201c%1\u201d cannot be left empty.").arg(fieldName(*target)), {}, linkId);
        emit answersChanged(); // the screen shows the kept answer again
        return false;
    }
    store::Database* db = database();
    if (!db)
        return false;
    const measures::Answers before = m_record.answers;
    if (clear)
        m_record.answers.erase(linkId);
    else
        m_record.answers[linkId] = *answer;
    try {
        store(*db).save(m_record);
        m_stored = true;
    } catch (const Error& error) {
        m_record.answers = before;
        fail(error, linkId);
        emit answersChanged();
        return false;
    }
    emit answersChanged();
    return true;
}

bool ExerciseSession::complete() {
    clearError();
    if (!loaded())
        return false;
    const QString missing = missingReason();
    if (!missing.isEmpty()) {
        for (const Field& field : m_items)
            if (field.item->required && !m_record.answers.contains(field.item->linkId)) {
                setError(missing, {}, field.item->linkId);
                break;
            }
        return false;
    }
    store::Database* db = database();
    if (!db)
        return false;
    try {
        programme::ExerciseStore records = store(*db);
        if (m_record.completed()) {
            records.save(m_record);
        } else {
            m_checkedOff = records.complete(m_record);
            describeHomework(*db);
        }
        m_stored = true;
    } catch (const Error& error) {
        fail(error);
        return false;
    }
    emit completedChanged();
    emit answersChanged();
    return true;
}

void ExerciseSession::describeHomework(store::Database& db) {
    m_homeworkMessage.clear();
    if (m_checkedOff.isEmpty())
        return;
    const std::optional<homework::Homework> done = homework::HomeworkStore(db).find(m_checkedOff);
    if (!done)
        return;
    m_homeworkMessage = done->doneCount >= done->target
                            ? tr("Homework done: \u201c%1\u201d (%2 of %3 times). Well done.")
                                  .arg(done->title)
                                  .arg(done->doneCount)
                                  .arg(done->target)
                            : tr("Homework checked off: \u201c%1\u201d (%2 of %3 times).")
                                  .arg(done->title)
                                  .arg(done->doneCount)
                                  .arg(done->target);
}

bool ExerciseSession::discard() {
    clearError();
    if (!loaded())
        return false;
    if (m_record.completed()) {
        setError(tr("A finished record is kept. You can change it instead."));
        return false;
    }
    if (m_stored) {
        store::Database* db = database();
        if (!db)
            return false;
        try {
            store(*db).discard(m_record.id);
        } catch (const Error& error) {
            fail(error);
            return false;
        }
    }
    startNew();
    return true;
}

void ExerciseSession::clearError() {
    setError({});
}

void ExerciseSession::setError(const QString& message, const QString& detail,
                               const QString& linkId) {
    if (message == m_errorMessage && detail == m_errorDetail && linkId == m_errorLinkId)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    m_errorLinkId = linkId;
    emit errorChanged();
}

void ExerciseSession::fail(const Error& error, const QString& linkId) {
    // The message and detail never hold answers: they name fields and say what to do.
    qCWarning(lcExercise).noquote() << error.message() << error.detail();
    setError(error.message(), error.detail(), linkId);
    emit failed(error.message());
}

} // namespace pacewise::ui
