#pragma once

#include "profile/ProfileSession.h"
#include "programme/Programme.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <functional>
#include <optional>
#include <vector>

namespace pacewise::ui {

// The lesson reader's view-model: one module's pages in order, opened where the patient left off
// (ProgrammeProgress::position). Every page shown is reported (openPage: the position, pages
// read, the module started or completed); the time spent reading is added when the reader is
// left and every minute while it stays open. Past the last page it shows what comes next and the
// module's homework.
class LessonReader : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString moduleId READ moduleId WRITE setModuleId NOTIFY moduleIdChanged)
    Q_PROPERTY(QString moduleTitle READ moduleTitle NOTIFY pageChanged)
    Q_PROPERTY(QString lessonId READ lessonId NOTIFY pageChanged)
    Q_PROPERTY(QString lessonTitle READ lessonTitle NOTIFY pageChanged)
    Q_PROPERTY(QString pageTitle READ pageTitle NOTIFY pageChanged)
    Q_PROPERTY(QStringList paragraphs READ paragraphs NOTIFY pageChanged)
    Q_PROPERTY(QStringList keyPoints READ keyPoints NOTIFY pageChanged)
    Q_PROPERTY(QStringList reflection READ reflection NOTIFY pageChanged)
    Q_PROPERTY(QString exerciseId READ exerciseId NOTIFY pageChanged)
    Q_PROPERTY(QString exerciseTitle READ exerciseTitle NOTIFY pageChanged)
    Q_PROPERTY(int pageIndex READ pageIndex NOTIFY pageChanged) // within the module
    Q_PROPERTY(int pageCount READ pageCount NOTIFY pageChanged)
    Q_PROPERTY(QString lessonPageText READ lessonPageText NOTIFY pageChanged)
    Q_PROPERTY(QString modulePageText READ modulePageText NOTIFY pageChanged)
    Q_PROPERTY(bool atFirst READ atFirst NOTIFY pageChanged)
    Q_PROPERTY(bool atLast READ atLast NOTIFY pageChanged)
    // [{ lessonId, title, minutesText, current, accessibleText }] of the module, in order.
    Q_PROPERTY(QVariantList lessons READ lessons NOTIFY pageChanged)
    // Past the last page: the end of the module.
    Q_PROPERTY(bool showingEnd READ showingEnd NOTIFY pageChanged)
    Q_PROPERTY(bool moduleDone READ moduleDone NOTIFY pageChanged)
    Q_PROPERTY(QString endText READ endText NOTIFY pageChanged)
    Q_PROPERTY(QString nextText READ nextText NOTIFY pageChanged)
    Q_PROPERTY(QString nextModuleId READ nextModuleId NOTIFY pageChanged) // empty: not open yet
    // [{ title, description, dueText, timesText }] this module gave.
    Q_PROPERTY(QVariantList homework READ homework NOTIFY pageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    // Time is added at least this often while the reader stays open.
    static constexpr int kSaveTimeEveryMs = 60'000;

    using Clock = std::function<QDateTime()>; // UTC now
    using Elapsed = std::function<qint64()>;  // a monotonic count of milliseconds

    explicit LessonReader(QObject* parent = nullptr);
    ~LessonReader() override;

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    const QString& moduleId() const { return m_moduleId; }
    void setModuleId(const QString& moduleId);

    QString moduleTitle() const;
    QString lessonId() const;
    QString lessonTitle() const;
    QString pageTitle() const;
    QStringList paragraphs() const;
    QStringList keyPoints() const;
    QStringList reflection() const;
    QString exerciseId() const;
    QString exerciseTitle() const;
    int pageIndex() const { return m_index; }
    int pageCount() const { return int(m_pages.size()); }
    QString lessonPageText() const;
    QString modulePageText() const;
    bool atFirst() const { return m_index <= 0; }
    bool atLast() const { return m_index >= pageCount() - 1; }
    QVariantList lessons() const;
    bool showingEnd() const { return m_showingEnd; }
    bool moduleDone() const { return m_moduleDone; }
    QString endText() const;
    const QString& nextText() const { return m_nextText; }
    const QString& nextModuleId() const { return m_nextModuleId; }
    const QVariantList& homework() const { return m_homework; }
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    // Tests: a fixed "now", a stepped reading clock, and a programme from a folder.
    void setClock(Clock clock);
    void setElapsed(Elapsed elapsed);
    void setProgrammeDirectory(const QString& directory);

    // Paging. next() on the last page shows the end of the module; previous() there returns to
    // the last page.
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void first();
    Q_INVOKABLE void last();
    Q_INVOKABLE void goToLesson(const QString& lessonId);
    // The reader is left (or hidden): the reading time so far is added.
    Q_INVOKABLE void leave();
    // The reader is shown again after leave(): the clock runs again.
    Q_INVOKABLE void resume();

signals:
    void sessionChanged();
    void moduleIdChanged();
    void pageChanged();
    void errorChanged();

private:
    struct PageRef {
        int lesson = 0; // index into Module::lessons
        int page = 0;   // index into Lesson::pages
    };

    void load();
    void show(int index);
    void showEnd();
    void saveTime();
    void readEnd();
    const programme::Module* module() const;
    const programme::Page* page() const;
    int firstPageOf(int lesson) const;
    int lessonPageCount(int lesson) const;
    void setError(const QString& message, const QString& detail = {});

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    QString m_moduleId;
    QString m_directory;
    Clock m_clock;
    Elapsed m_elapsed;
    std::optional<programme::Programme> m_content;
    std::vector<PageRef> m_pages;
    int m_index = -1;
    bool m_showingEnd = false;
    bool m_moduleDone = false;
    QString m_nextText;
    QString m_nextModuleId;
    QVariantList m_homework;
    // Reading time not yet added; negative while not reading (left, or nothing shown).
    qint64 m_readingSince = -1;
    QTimer m_saveTimer;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
