#include "DiaryEntryForm.h"

#include "DiaryWording.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "diary/DiaryValidation.h"
#include "diary/MedicationList.h"
#include "error/Error.h"
#include "profile/ProfileSession.h"

#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcDiaryForm, "pacewise.diary.form")

namespace pacewise::ui {

DiaryEntryForm::DiaryEntryForm(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); }) {
    m_entry.recordedAt = m_clock();
    // Ticking a body area, a tag or a medication is a change like any other.
    for (ChoiceModel* choices : {&m_bodyRegions, &m_triggers, &m_copingSkills})
        connect(choices, &ChoiceModel::selectionChanged, this, &DiaryEntryForm::changed);
    connect(&m_medications, &MedicationDoseModel::dosesChanged, this, &DiaryEntryForm::changed);
}

DiaryEntryForm::~DiaryEntryForm() = default;

void DiaryEntryForm::classBegin() {
    m_complete = false;
}

void DiaryEntryForm::componentComplete() {
    m_complete = true;
    load();
}

void DiaryEntryForm::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        load();
}

void DiaryEntryForm::setEntryId(const QString& id) {
    if (id == m_entryId)
        return;
    m_entryId = id;
    emit entryIdChanged();
    if (m_complete)
        load();
}

void DiaryEntryForm::setClock(Clock clock) {
    m_clock = std::move(clock);
    if (!editing())
        m_entry.recordedAt = m_clock();
}

QString DiaryEntryForm::whenText() const {
    const QDateTime now = m_clock();
    if (!editing())
        return tr("Now, %1").arg(DiaryWording::timeText(now));
    return tr("%1 at %2")
        .arg(DiaryWording::dayText(m_entry.recordedAt, now.date()),
             DiaryWording::timeText(m_entry.recordedAt));
}

int DiaryEntryForm::maxNoteLength() {
    return diary::DiaryValidation::kMaxNoteLength;
}

QString DiaryEntryForm::words(Scale scale, int value) const {
    switch (scale) {
    case PainScale:
        return DiaryWording::anchor(DiaryWording::Scale::Pain, value);
    case MoodScale:
        return DiaryWording::anchor(DiaryWording::Scale::Mood, value);
    case SleepQualityScale:
        return DiaryWording::anchor(DiaryWording::Scale::SleepQuality, value);
    }
    return {};
}

const diary::DiaryCatalogue* DiaryEntryForm::catalogue() {
    try {
        return &diary::DiaryCatalogue::current();
    } catch (const Error& error) {
        qCWarning(lcDiaryForm).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
        return nullptr;
    }
}

void DiaryEntryForm::load() {
    clearError();
    store::Database* db = m_session ? m_session->database() : nullptr;
    const diary::DiaryCatalogue* content = catalogue();
    if (!db || !content)
        return;
    try {
        diary::DiaryStore store(*db, *content);
        fillChoices(*content, store);
        diary::DiaryEntry entry;
        m_prefilled = false;
        if (editing()) {
            const std::optional<diary::DiaryEntry> found = store.find(m_entryId);
            if (!found)
                throw Error(ErrorCode::NotFound,
                            tr("This diary entry no longer exists, so it cannot be changed."));
            entry = *found;
        } else if (const std::optional<diary::DiaryEntry> last = store.latest()) {
            // What usually stays the same from one entry to the next; the rest starts empty.
            entry.painNow = last->painNow;
            entry.painAverage = last->painAverage;
            entry.painWorst = last->painWorst;
            entry.sleepHours = last->sleepHours;
            entry.sleepQuality = last->sleepQuality;
            entry.bodyLocations = last->bodyLocations;
            entry.medications = last->medications;
            m_prefilled = true;
        }
        if (!editing())
            entry.recordedAt = m_clock();
        show(entry);
    } catch (const Error& error) {
        qCWarning(lcDiaryForm).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
    }
}

void DiaryEntryForm::fillChoices(const diary::DiaryCatalogue& content,
                                 const diary::DiaryStore& store) {
    std::vector<ChoiceModel::Item> regions;
    for (const auto& region : content.bodyRegions())
        regions.push_back({region.code, region.label, region.view, region.path, false});
    m_bodyRegions.setItems(std::move(regions));

    std::vector<ChoiceModel::Item> triggers;
    for (const auto& item : content.triggers())
        triggers.push_back({item.code, item.label, {}, {}, false});
    // The person's own tags, most used first, after the built-in ones.
    for (const QString& tag : store.customTags())
        triggers.push_back({tag, content.triggerLabel(tag), {}, {}, false});
    m_triggers.setItems(std::move(triggers));

    std::vector<ChoiceModel::Item> coping;
    for (const auto& item : content.copingSkills())
        coping.push_back({item.code, item.label, {}, {}, false});
    m_copingSkills.setItems(std::move(coping));

    m_bodyViews.clear();
    for (const auto& view : content.views())
        m_bodyViews.append(QVariantMap{{QStringLiteral("code"), view.code},
                                       {QStringLiteral("label"), view.label},
                                       {QStringLiteral("outline"), view.outline}});
    m_bodyMapWidth = content.viewBoxWidth();
    m_bodyMapHeight = content.viewBoxHeight();
}

void DiaryEntryForm::show(const diary::DiaryEntry& entry) {
    const diary::DiaryCatalogue* content = catalogue();
    store::Database* db = m_session ? m_session->database() : nullptr;
    m_entry = entry;
    // Tags the lists do not hold yet (a custom tag used only here) are added, ticked.
    for (const QString& tag : entry.triggers)
        m_triggers.append({tag, content ? content->triggerLabel(tag) : tag, {}, {}, false});
    m_bodyRegions.select(entry.bodyLocations);
    m_triggers.select(entry.triggers);
    m_copingSkills.select(entry.copingSkills);
    std::vector<diary::MedicationList::Medication> list;
    if (db)
        list = diary::MedicationList(*db).list();
    m_medications.reset(list, entry.medications);
    emit loaded();
    emit valuesChanged();
    validate();
}

void DiaryEntryForm::reloadMedications() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db)
        return;
    try {
        m_medications.reset(diary::MedicationList(*db).list(), m_medications.doses());
    } catch (const Error& error) {
        setError(error.message(), error.detail());
    }
}

diary::DiaryEntry DiaryEntryForm::entry() const {
    diary::DiaryEntry e = m_entry;
    e.bodyLocations = m_bodyRegions.selectedCodes();
    e.triggers = m_triggers.selectedCodes();
    e.copingSkills = m_copingSkills.selectedCodes();
    e.medications = m_medications.doses();
    return e;
}

void DiaryEntryForm::setOptional(std::optional<int>& field, int value) {
    const std::optional<int> next = value < 0 ? std::nullopt : std::optional<int>(value);
    if (next == field)
        return;
    field = next;
    emit valuesChanged();
    changed();
}

void DiaryEntryForm::setPainNow(int value) {
    if (value == m_entry.painNow)
        return;
    m_entry.painNow = value;
    emit valuesChanged();
    changed();
}

void DiaryEntryForm::setPainAverage(int value) {
    setOptional(m_entry.painAverage, value);
}
void DiaryEntryForm::setPainWorst(int value) {
    setOptional(m_entry.painWorst, value);
}
void DiaryEntryForm::setMood(int value) {
    setOptional(m_entry.mood, value);
}
void DiaryEntryForm::setSleepQuality(int value) {
    setOptional(m_entry.sleepQuality, value);
}
void DiaryEntryForm::setActiveMinutes(int value) {
    setOptional(m_entry.activeMinutes, value);
}

void DiaryEntryForm::setSleepHours(double value) {
    // Half hours: the screen steps by 0.5, and nobody knows their sleep better than that.
    const std::optional<double> next =
        value < 0 ? std::nullopt : std::optional<double>(std::round(value * 2) / 2);
    if (next == m_entry.sleepHours)
        return;
    m_entry.sleepHours = next;
    emit valuesChanged();
    changed();
}

void DiaryEntryForm::setNote(const QString& note) {
    if (note == m_entry.note)
        return;
    m_entry.note = note;
    emit valuesChanged();
    changed();
}

bool DiaryEntryForm::addCustomTrigger(const QString& text) {
    const QString words = text.simplified();
    if (words.isEmpty())
        return false;
    for (const ChoiceModel::Item& item : m_triggers.items()) {
        if (item.label.compare(words, Qt::CaseInsensitive) == 0) {
            m_triggers.setSelected(item.code, true);
            return true;
        }
    }
    const QString code = diary::DiaryCatalogue::customTag(words);
    const diary::DiaryCatalogue* content = catalogue();
    if (!content || !content->isTrigger(code)) {
        m_fieldErrors.insert(QStringLiteral("triggers"),
                             tr("A tag can have at most 80 characters."));
        emit fieldErrorsChanged();
        return false;
    }
    m_triggers.append({code, words, {}, {}, true});
    m_triggers.setSelected(code, true);
    return true;
}

void DiaryEntryForm::changed() {
    validate();
}

void DiaryEntryForm::validate() {
    const diary::DiaryCatalogue* content = catalogue();
    if (!content)
        return;
    QVariantMap errors;
    diary::DiaryEntry e = entry();
    if (!editing())
        e.recordedAt = m_clock();
    for (const diary::FieldIssue& issue : diary::DiaryValidation::validate(e, *content)) {
        const QString before = errors.value(issue.field).toString();
        errors.insert(issue.field,
                      before.isEmpty() ? issue.message : before + QLatin1Char(' ') + issue.message);
    }
    if (errors == m_fieldErrors)
        return;
    m_fieldErrors = errors;
    emit fieldErrorsChanged();
}

bool DiaryEntryForm::save() {
    if (m_busy)
        return false;
    clearError();
    store::Database* db = m_session ? m_session->database() : nullptr;
    const diary::DiaryCatalogue* content = catalogue();
    if (!db || !content) {
        setError(tr("Your profile is locked. Unlock it, then save again."));
        emit failed(m_errorMessage);
        return false;
    }
    validate();
    if (!m_fieldErrors.isEmpty()) {
        setError(tr("Please check the answers marked below, then save again."));
        emit failed(m_errorMessage);
        return false;
    }
    diary::DiaryEntry e = entry();
    e.id = m_entryId;
    if (!editing())
        e.recordedAt = m_clock();
    try {
        const diary::DiaryEntry stored = diary::DiaryStore(*db, *content).save(e);
        m_entry = stored;
        if (m_entryId != stored.id) {
            m_entryId = stored.id;
            emit entryIdChanged();
        }
    } catch (const Error& error) {
        // A refused value is the person's to fix, not a fault to log; and a validation message
        // can quote what they typed (a custom trigger), which must not reach a log.
        if (error.code() != ErrorCode::InvalidInput)
            qCWarning(lcDiaryForm).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
        emit failed(m_errorMessage);
        return false;
    }
    emit saved();
    return true;
}

void DiaryEntryForm::clearError() {
    setError({}, {});
}

void DiaryEntryForm::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

} // namespace pacewise::ui
