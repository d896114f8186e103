#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QUrl>
#include <memory>
#include <utility>
#include <vector>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

namespace pacewise::ui {

class ExerciseSession;

// The flare-up plan on one A4 page, to keep on the fridge or give to a family member: saved as a
// PDF (QPdfWriter) or printed (QPrinter after the print dialog). The page is the plan's title,
// the day it was printed and its six questions with the patient's answers. Long answers
// make the letters smaller, down to a floor that can still be read, rather than run onto a
// second page; a plan too long even then is refused with a message that says what to do.
//
// `exercise` is the open flare-up plan (an ExerciseSession with exerciseId "flare-up-plan").
class FlareUpPlanDocument : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pacewise::ui::ExerciseSession* exercise READ exercise WRITE setExercise NOTIFY
                   exerciseChanged)
    // file: URL of "<Documents>/<title>.pdf": where the save dialog starts.
    Q_PROPERTY(QUrl defaultPdfUrl READ defaultPdfUrl NOTIFY exerciseChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    // After a save or print: what happened, in words ("Saved as …").
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusChanged)

public:
    // The body text starts at this size and shrinks in steps down to the floor.
    static constexpr double kBodyPointSize = 12;
    static constexpr double kMinimumPointSize = 7;

    explicit FlareUpPlanDocument(QObject* parent = nullptr);
    ~FlareUpPlanDocument() override;

    ExerciseSession* exercise() const { return m_exercise; }
    void setExercise(ExerciseSession* exercise);
    QUrl defaultPdfUrl() const;
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }
    const QString& statusMessage() const { return m_statusMessage; }

    // Writes the PDF to a local path or a file: URL (atomically: a failed write leaves any
    // earlier file as it was). False with errorMessage when it could not.
    Q_INVOKABLE bool savePdf(const QString& pathOrUrl);
    // Asks which printer in the system's print dialog, then prints. False when cancelled or it
    // failed (errorMessage says which).
    Q_INVOKABLE bool print();

    // What the page shows: the open plan's title, the day it was printed and each question
    // with its answer (empty: not filled in yet).
    struct Plan {
        QString title;
        QDate printed; // shown under the title; invalid: not shown
        std::vector<std::pair<QString, QString>> sections;
    };
    Plan plan() const;

    // Lays `plan` out for `device`'s A4 page and draws it there. Returns the body's point size
    // used, or 0 when the plan does not fit on one page even at the floor (nothing drawn).
    static double render(QPagedPaintDevice& device, const Plan& plan);
    // `plan` as a document for a page of `pageSize` (device pixels of `device`) with body text
    // at `pointSize`.
    static std::unique_ptr<QTextDocument> layout(const Plan& plan, QPaintDevice& device,
                                                 const QSizeF& pageSize, double pointSize);

signals:
    void exerciseChanged();
    void errorChanged();
    void statusChanged();

private:
    static QString html(const Plan& plan, double pointSize);
    void setError(const QString& message, const QString& detail = {});
    void setStatus(const QString& message);

    QPointer<ExerciseSession> m_exercise;
    QString m_errorMessage;
    QString m_errorDetail;
    QString m_statusMessage;
};

} // namespace pacewise::ui
