#pragma once

#include "measures/Questionnaire.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace pacewise::programme {

// The CBT programme's content, read from data (resources/programme/<locale>/, compiled into the
// app under :/pacewise/programme/<locale>/; the schema is resources/programme/README.md). Nothing
// of it is written in C++.

struct Page {
    QString title;          // may be empty: the lesson's title is shown
    QStringList paragraphs; // plain text; at least one
    QStringList keyPoints;  // "Key points" box, may be empty
    QStringList reflection; // questions to think about, may be empty
    QString exerciseId;     // optional: "Try it now" opens this exercise
};

struct Lesson {
    QString id; // unique within the module
    QString title;
    int minutes = 5; // reading time shown on the overview
    std::vector<Page> pages;
};

struct HomeworkTemplate {
    QString id;                     // unique within the module
    QString title;                  // "Practise slow breathing"
    QString description;            // one or two plain sentences
    QString exerciseId;             // empty: ticked off by hand only
    int times = 1;                  // how many times within `days`
    int days = 7;                   // due this many days after the module was started
    bool requiredToContinue = true; // the next module waits for it (a clinician can override)
};

struct Module {
    QString id;     // stable: "understanding-pain", "goals", ... (the same in every locale)
    int number = 0; // 1..N, the order of the sequence
    QString title;
    QString goal;        // one line shown on the overview
    QString summary;     // a short summary a family member or caregiver could read
    int minimumDays = 0; // days from starting this module before the next one opens
    std::vector<Lesson> lessons;
    QStringList exerciseIds; // exercises this module introduces
    std::vector<HomeworkTemplate> homework;

    int pageCount() const;
    const Lesson* lesson(const QString& lessonId) const;
};

// A worksheet or practice the patient fills in; its fields are a Pacewise-defined FHIR
// Questionnaire (resources/programme/<locale>/exercises/<id>.questionnaire.json) and every record
// is sent to the clinic as a QuestionnaireResponse against it. Custom screens (the breathing
// pacer, the pacing chart) sit on top of the same fields.
struct Exercise {
    QString id; // "thought-record", "pacing-plan", "pacing-log", "relaxation", "sleep-diary",
                // "problem-solving", "flare-up-plan"
    measures::Questionnaire questionnaire;
    QString title() const { return questionnaire.title; }
    QString description() const { return questionnaire.description; }
};

// The guided practices behind the relaxation exercise (resources/programme/<locale>/
// practices.json): the breathing pacer's rhythm and cues, the progressive muscle relaxation steps
// with their timings, and the imagery script.
struct PmrStep {
    QString title;       // "Hands and forearms"
    QString instruction; // how to tense this group
};

struct Practices {
    int inhaleSeconds = 4;
    int holdSeconds = 0; // after breathing in; 0: none
    int exhaleSeconds = 6;
    int breathingMinutes = 5; // default length of a breathing practice
    QString inhaleCue;        // "Breathe in slowly"
    QString holdCue;
    QString exhaleCue;
    int tenseSeconds = 5;
    int releaseSeconds = 15;
    QString releaseCue; // "Let go. Notice the difference."
    std::vector<PmrStep> pmrSteps;
    QString imageryTitle;
    QStringList imageryParagraphs;
};

class Programme {
    Q_DECLARE_TR_FUNCTIONS(Programme)

public:
    // The programme in `locale` ("es", "es_ES" → "es"); a locale without content falls back to
    // English. `directory` overrides the compiled-in resources (tests): it holds <locale>/.
    // A module or exercise file (or practices.json) that does not parse or validate is left out
    // and named in problems() ("<file>: <problem>", the file relative to the locale's folder,
    // e.g. "modules/03-pacing.json"); the rest load. Checks: no unknown field (a typo such as
    // "keypoints" would drop content silently), ids and titles present, ids unique, numbers
    // 1..N without gaps (a gap is named on the module after it, which still loads), no lesson
    // without pages, no page without text, every exercise a module or page or homework names
    // exists (an exercise refused takes the modules naming it along), an exercise's url is
    // https://pacewise.app/fhir/Questionnaire/<id>, times/days/minimumDays/minutes in range,
    // practices with their timings in range and 8-14 muscle relaxation steps.
    static Programme load(const QString& locale, const QString& directory = {});

    QString locale() const { return m_locale; } // the locale actually loaded ("en")
    const std::vector<Module>& modules() const { return m_modules; } // by number
    const Module* module(const QString& moduleId) const;
    const std::vector<Exercise>& exercises() const { return m_exercises; }
    const Exercise* exercise(const QString& exerciseId) const;
    const Exercise* exerciseByUrl(const QString& questionnaireUrl) const;
    const Practices& practices() const { return m_practices; }
    const QStringList& problems() const { return m_problems; }

private:
    QString m_locale;
    std::vector<Module> m_modules;
    std::vector<Exercise> m_exercises;
    Practices m_practices;
    QStringList m_problems;
};

} // namespace pacewise::programme
