#pragma once

#include "ChoiceModel.h"
#include "MedicationDoseModel.h"
#include "diary/DiaryEntry.h"
#include "profile/ProfileSession.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QVariantMap>
#include <functional>

namespace pacewise::diary {
class DiaryCatalogue;
class DiaryStore;
} // namespace pacewise::diary

namespace pacewise::ui {

// The entry screen's view-model, one per screen. With an empty `entryId` it starts a new entry
// filled in from the last one (pain, sleep, body areas and medications; not the note); with an
// id it loads that entry for editing. save() is synchronous (a save takes well under 5 ms) and
// ends with saved() or failed(); `fieldErrors` maps a field name (a DiaryEntry member, e.g.
// "painWorst") to a translated message, and is kept current as values change.
//
// Optional answers (average and worst pain, mood, sleep, activity) are -1 while not answered.
class DiaryEntryForm : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString entryId READ entryId WRITE setEntryId NOTIFY entryIdChanged)
    Q_PROPERTY(bool editing READ editing NOTIFY entryIdChanged)
    Q_PROPERTY(bool prefilled READ prefilled NOTIFY loaded)
    Q_PROPERTY(QString whenText READ whenText NOTIFY loaded)

    Q_PROPERTY(int painNow READ painNow WRITE setPainNow NOTIFY valuesChanged)
    Q_PROPERTY(int painAverage READ painAverage WRITE setPainAverage NOTIFY valuesChanged)
    Q_PROPERTY(int painWorst READ painWorst WRITE setPainWorst NOTIFY valuesChanged)
    Q_PROPERTY(int mood READ mood WRITE setMood NOTIFY valuesChanged)
    Q_PROPERTY(double sleepHours READ sleepHours WRITE setSleepHours NOTIFY valuesChanged)
    Q_PROPERTY(int sleepQuality READ sleepQuality WRITE setSleepQuality NOTIFY valuesChanged)
    Q_PROPERTY(int activeMinutes READ activeMinutes WRITE setActiveMinutes NOTIFY valuesChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY valuesChanged)
    Q_PROPERTY(int maxNoteLength READ maxNoteLength CONSTANT)

    Q_PROPERTY(pacewise::ui::ChoiceModel* bodyRegions READ bodyRegions CONSTANT)
    Q_PROPERTY(pacewise::ui::ChoiceModel* triggers READ triggers CONSTANT)
    Q_PROPERTY(pacewise::ui::ChoiceModel* copingSkills READ copingSkills CONSTANT)
    Q_PROPERTY(pacewise::ui::MedicationDoseModel* medications READ medications CONSTANT)
    // [{code, label, outline}] of the body map's views, and the map's coordinate box.
    Q_PROPERTY(QVariantList bodyViews READ bodyViews NOTIFY loaded)
    Q_PROPERTY(qreal bodyMapWidth READ bodyMapWidth NOTIFY loaded)
    Q_PROPERTY(qreal bodyMapHeight READ bodyMapHeight NOTIFY loaded)

    // A QVariant holding the map: qmllint (Qt 6.4) rejects look-ups by key on a QVariantMap.
    Q_PROPERTY(QVariant fieldErrors READ fieldErrorsValue NOTIFY fieldErrorsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    enum Scale { PainScale, MoodScale, SleepQualityScale };
    Q_ENUM(Scale)
    using Clock = std::function<QDateTime()>; // local now, with its UTC offset

    explicit DiaryEntryForm(QObject* parent = nullptr);
    ~DiaryEntryForm() override;

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    const QString& entryId() const { return m_entryId; }
    void setEntryId(const QString& id);
    bool editing() const { return !m_entryId.isEmpty(); }
    bool prefilled() const { return m_prefilled; }
    QString whenText() const;
    // Tests fix "now"; the default is the system clock.
    void setClock(Clock clock);

    int painNow() const { return m_entry.painNow; }
    int painAverage() const { return m_entry.painAverage.value_or(-1); }
    int painWorst() const { return m_entry.painWorst.value_or(-1); }
    int mood() const { return m_entry.mood.value_or(-1); }
    double sleepHours() const { return m_entry.sleepHours.value_or(-1); }
    int sleepQuality() const { return m_entry.sleepQuality.value_or(-1); }
    int activeMinutes() const { return m_entry.activeMinutes.value_or(-1); }
    const QString& note() const { return m_entry.note; }
    static int maxNoteLength();
    // Values outside the scales are kept as given, so that validation names them.
    void setPainNow(int value);
    void setPainAverage(int value);
    void setPainWorst(int value);
    void setMood(int value);
    void setSleepHours(double value);
    void setSleepQuality(int value);
    void setActiveMinutes(int value);
    void setNote(const QString& note);

    ChoiceModel* bodyRegions() { return &m_bodyRegions; }
    ChoiceModel* triggers() { return &m_triggers; }
    ChoiceModel* copingSkills() { return &m_copingSkills; }
    MedicationDoseModel* medications() { return &m_medications; }
    const QVariantList& bodyViews() const { return m_bodyViews; }
    qreal bodyMapWidth() const { return m_bodyMapWidth; }
    qreal bodyMapHeight() const { return m_bodyMapHeight; }

    const QVariantMap& fieldErrors() const { return m_fieldErrors; }
    QVariant fieldErrorsValue() const { return m_fieldErrors; }
    bool busy() const { return m_busy; }
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    // The entry as it would be saved now.
    diary::DiaryEntry entry() const;

    // The words for a value on a scale: 0 "No pain" ... 10 "Worst pain imaginable".
    Q_INVOKABLE QString words(pacewise::ui::DiaryEntryForm::Scale scale, int value) const;
    // Reads the entry (or the last one, for a new entry) again; drops what was changed.
    Q_INVOKABLE void load();
    // Ticks a trigger typed by the person: a built-in one when the words match its label,
    // otherwise a custom tag. False (with a field error) for empty or too long text.
    Q_INVOKABLE bool addCustomTrigger(const QString& text);
    // After the medication list changed: offers the new list, keeping what is ticked.
    Q_INVOKABLE void reloadMedications();
    Q_INVOKABLE bool save();
    Q_INVOKABLE void clearError();

signals:
    void sessionChanged();
    void entryIdChanged();
    void loaded();
    void valuesChanged();
    void fieldErrorsChanged();
    void busyChanged();
    void errorChanged();
    void saved();
    void failed(const QString& message);

private:
    const diary::DiaryCatalogue* catalogue();
    void fillChoices(const diary::DiaryCatalogue& catalogue, const diary::DiaryStore& store);
    void show(const diary::DiaryEntry& entry);
    void changed();
    void validate();
    void setError(const QString& message, const QString& detail = {});
    void setOptional(std::optional<int>& field, int value);

    QPointer<ProfileSession> m_session;
    QString m_entryId;
    bool m_complete = true; // false between classBegin() and componentComplete()
    bool m_prefilled = false;
    Clock m_clock;
    diary::DiaryEntry m_entry;
    ChoiceModel m_bodyRegions;
    ChoiceModel m_triggers;
    ChoiceModel m_copingSkills;
    MedicationDoseModel m_medications;
    QVariantList m_bodyViews;
    qreal m_bodyMapWidth = 0;
    qreal m_bodyMapHeight = 0;
    QVariantMap m_fieldErrors;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
