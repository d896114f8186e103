#include "LessonReader.h"

#include "ProgrammeWording.h"
#include "error/Error.h"
#include "homework/HomeworkStore.h"
#include "programme/ProgrammeProgress.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QVariantMap>
#include <algorithm>
#include <chrono>

Q_LOGGING_CATEGORY(lcLessonReader, "pacewise.programme.reader")

namespace pacewise::ui {

LessonReader::LessonReader(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_elapsed([] {
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count());
    }) {
    m_saveTimer.setInterval(kSaveTimeEveryMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &LessonReader::saveTime);
}

LessonReader::~LessonReader() {
    leave();
}

void LessonReader::classBegin() {
    m_complete = false;
}

void LessonReader::componentComplete() {
    m_complete = true;
    load();
}

void LessonReader::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    leave();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // The time read so far is kept before the profile closes.
    if (m_session)
        connect(m_session, &ProfileSession::aboutToLock, this, &LessonReader::leave);
    emit sessionChanged();
    if (m_complete)
        load();
}

void LessonReader::setModuleId(const QString& moduleId) {
    if (moduleId == m_moduleId)
        return;
    leave();
    m_moduleId = moduleId;
    emit moduleIdChanged();
    if (m_complete)
        load();
}

void LessonReader::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void LessonReader::setElapsed(Elapsed elapsed) {
    leave();
    m_elapsed = std::move(elapsed);
    resume();
}

void LessonReader::setProgrammeDirectory(const QString& directory) {
    leave();
    m_directory = directory;
    if (m_complete)
        load();
}

const programme::Module* LessonReader::module() const {
    return m_content ? m_content->module(m_moduleId) : nullptr;
}

const programme::Page* LessonReader::page() const {
    const programme::Module* current = module();
    if (!current || m_index < 0 || m_index >= pageCount())
        return nullptr;
    const PageRef& ref = m_pages[std::size_t(m_index)];
    return &current->lessons[std::size_t(ref.lesson)].pages[std::size_t(ref.page)];
}

int LessonReader::firstPageOf(int lesson) const {
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i].lesson == lesson)
            return int(i);
    return 0;
}

int LessonReader::lessonPageCount(int lesson) const {
    const programme::Module* current = module();
    return current ? int(current->lessons[std::size_t(lesson)].pages.size()) : 0;
}

QString LessonReader::moduleTitle() const {
    const programme::Module* current = module();
    return current ? ProgrammeWording::moduleName(*current) : QString();
}

QString LessonReader::lessonId() const {
    const programme::Module* current = module();
    if (!current || m_index < 0 || m_index >= pageCount())
        return {};
    return current->lessons[std::size_t(m_pages[std::size_t(m_index)].lesson)].id;
}

QString LessonReader::lessonTitle() const {
    const programme::Module* current = module();
    if (!current || m_index < 0 || m_index >= pageCount())
        return {};
    return current->lessons[std::size_t(m_pages[std::size_t(m_index)].lesson)].title;
}

QString LessonReader::pageTitle() const {
    const programme::Page* current = page();
    if (!current)
        return {};
    return current->title.isEmpty() ? lessonTitle() : current->title;
}

QStringList LessonReader::paragraphs() const {
    const programme::Page* current = page();
    return current ? current->paragraphs : QStringList();
}

QStringList LessonReader::keyPoints() const {
    const programme::Page* current = page();
    return current ? current->keyPoints : QStringList();
}

QStringList LessonReader::reflection() const {
    const programme::Page* current = page();
    return current ? current->reflection : QStringList();
}

QString LessonReader::exerciseId() const {
    const programme::Page* current = page();
    return current ? current->exerciseId : QString();
}

QString LessonReader::exerciseTitle() const {
    const programme::Page* current = page();
    if (!current || current->exerciseId.isEmpty() || !m_content)
        return {};
    const programme::Exercise* exercise = m_content->exercise(current->exerciseId);
    return exercise ? exercise->title() : QString();
}

QString LessonReader::lessonPageText() const {
    if (m_index < 0 || m_index >= pageCount())
        return {};
    const PageRef& ref = m_pages[std::size_t(m_index)];
    return tr("Page %1 of %2 of this lesson").arg(ref.page + 1).arg(lessonPageCount(ref.lesson));
}

QString LessonReader::modulePageText() const {
    if (m_index < 0 || m_index >= pageCount())
        return {};
    return tr("Page %1 of %2 of the module").arg(m_index + 1).arg(pageCount());
}

QVariantList LessonReader::lessons() const {
    QVariantList list;
    const programme::Module* current = module();
    if (!current)
        return list;
    const int here = m_index >= 0 && m_index < pageCount() && !m_showingEnd
                         ? m_pages[std::size_t(m_index)].lesson
                         : -1;
    for (std::size_t i = 0; i < current->lessons.size(); ++i) {
        const programme::Lesson& lesson = current->lessons[i];
        const QString minutes = ProgrammeWording::readingTimeText(lesson.minutes);
        const bool isHere = int(i) == here;
        list << QVariantMap{
            {QStringLiteral("lessonId"), lesson.id},
            {QStringLiteral("number"), int(i) + 1},
            {QStringLiteral("title"), lesson.title},
            {QStringLiteral("minutesText"), minutes},
            {QStringLiteral("current"), isHere},
            {QStringLiteral("accessibleText"),
             isHere ? tr("Lesson %1: %2. %3. You are reading it now.")
                          .arg(i + 1)
                          .arg(lesson.title, minutes)
                    : tr("Go to lesson %1: %2. %3.").arg(i + 1).arg(lesson.title, minutes)},
        };
    }
    return list;
}

QString LessonReader::endText() const {
    const programme::Module* current = module();
    if (!current)
        return {};
    if (m_moduleDone)
        return tr("You have finished Module %1: %2. Well done for taking the time.")
            .arg(current->number)
            .arg(current->title);
    return tr("This is the end of Module %1. Some pages are not read yet: the module is done "
              "when every page has been opened. Use the lesson list to find them.")
        .arg(current->number);
}

void LessonReader::next() {
    if (m_showingEnd || m_index < 0)
        return;
    if (atLast())
        showEnd();
    else
        show(m_index + 1);
}

void LessonReader::previous() {
    if (m_showingEnd)
        show(m_index);
    else if (!atFirst())
        show(m_index - 1);
}

void LessonReader::first() {
    if (pageCount() > 0)
        show(0);
}

void LessonReader::last() {
    if (pageCount() > 0)
        show(pageCount() - 1);
}

void LessonReader::goToLesson(const QString& lessonId) {
    const programme::Module* current = module();
    if (!current)
        return;
    for (std::size_t i = 0; i < current->lessons.size(); ++i)
        if (current->lessons[i].id == lessonId) {
            show(firstPageOf(int(i)));
            return;
        }
}

void LessonReader::leave() {
    saveTime();
    m_readingSince = -1;
    m_saveTimer.stop();
}

void LessonReader::resume() {
    if (m_index < 0 || m_readingSince >= 0 || !m_session || !m_session->database())
        return;
    m_readingSince = m_elapsed();
    m_saveTimer.start();
}

void LessonReader::load() {
    leave();
    setError({});
    m_content.reset();
    m_pages.clear();
    m_index = -1;
    m_showingEnd = false;
    m_moduleDone = false;
    m_nextText.clear();
    m_nextModuleId.clear();
    m_homework.clear();
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (db && !m_moduleId.isEmpty()) {
        try {
            m_content = programme::Programme::load(QLocale().name(), m_directory);
            const programme::Module* current = module();
            if (!current)
                throw Error(ErrorCode::NotFound,
                            tr("This module is not in the programme. Go back to the "
                               "programme and choose another one."),
                            QStringLiteral("module %1").arg(m_moduleId));
            for (std::size_t l = 0; l < current->lessons.size(); ++l)
                for (std::size_t p = 0; p < current->lessons[l].pages.size(); ++p)
                    m_pages.push_back({int(l), int(p)});
            const programme::ProgrammeProgress progress(*db, *m_content, m_clock);
            const programme::ModuleProgress state = progress.module(m_moduleId);
            if (state.status.state == programme::ModuleState::Locked)
                throw Error(ErrorCode::InvalidInput,
                            tr("This module is not open yet. %1.")
                                .arg(ProgrammeWording::lockText(*m_content, state.status, {},
                                                                m_clock().toLocalTime().date())),
                            QStringLiteral("module %1 is locked").arg(m_moduleId));
            const programme::ReadingPosition position = progress.position(m_moduleId);
            int start = 0;
            for (std::size_t l = 0; l < current->lessons.size(); ++l)
                if (current->lessons[l].id == position.lessonId)
                    start = firstPageOf(int(l)) +
                            std::clamp(position.pageIndex, 0, lessonPageCount(int(l)) - 1);
            if (!m_pages.empty()) {
                show(start);
                return;
            }
        } catch (const Error& error) {
            qCWarning(lcLessonReader).noquote() << error.message() << error.detail();
            setError(error.message(), error.detail());
            m_pages.clear();
        }
    }
    emit pageChanged();
}

void LessonReader::show(int index) {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db || !m_content || m_pages.empty())
        return;
    m_index = std::clamp(index, 0, pageCount() - 1);
    m_showingEnd = false;
    const PageRef& ref = m_pages[std::size_t(m_index)];
    try {
        programme::ProgrammeProgress(*db, *m_content, m_clock)
            .openPage(m_moduleId, lessonId(), ref.page);
        setError({});
    } catch (const Error& error) {
        qCWarning(lcLessonReader).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
    }
    resume();
    emit pageChanged();
}

void LessonReader::showEnd() {
    m_showingEnd = true;
    readEnd();
    emit pageChanged();
}

void LessonReader::readEnd() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    const programme::Module* current = module();
    if (!db || !current)
        return;
    try {
        const programme::ProgrammeProgress progress(*db, *m_content, m_clock);
        const QDate today = m_clock().toLocalTime().date();
        m_moduleDone = false;
        m_nextText.clear();
        m_nextModuleId.clear();
        homework::HomeworkStore homeworkStore(*db, m_clock);
        const std::vector<homework::Homework> all =
            homeworkStore.list(homework::HomeworkStore::Filter::All);
        for (const programme::ModuleProgress& state : progress.modules()) {
            if (state.moduleId == m_moduleId)
                m_moduleDone = state.status.state == programme::ModuleState::Done;
            const programme::Module* other = m_content->module(state.moduleId);
            if (!other || other->number != current->number + 1)
                continue;
            if (state.status.state == programme::ModuleState::Locked) {
                QStringList titles;
                for (const homework::Homework& item : all)
                    if (item.status == homework::Homework::Status::Open &&
                        item.moduleId == state.status.reason.previousModuleId)
                        titles << item.title;
                m_nextText =
                    tr("Next: %1. %2.")
                        .arg(ProgrammeWording::moduleName(*other),
                             ProgrammeWording::lockText(*m_content, state.status, titles, today));
            } else {
                m_nextModuleId = other->id;
                m_nextText =
                    tr("Next: %1. It is ready for you.").arg(ProgrammeWording::moduleName(*other));
            }
        }
        if (m_nextText.isEmpty())
            m_nextText = tr("This was the last module. You can read any module again whenever "
                            "you like, and keep using the exercises.");
        m_homework.clear();
        for (const homework::Homework& item : all) {
            if (item.source != homework::Homework::Source::Module || item.moduleId != m_moduleId ||
                item.status == homework::Homework::Status::Cancelled)
                continue;
            m_homework << QVariantMap{
                {QStringLiteral("title"), item.title},
                {QStringLiteral("description"), item.description},
                {QStringLiteral("dueText"), item.status == homework::Homework::Status::Done
                                                ? tr("Done")
                                                : ProgrammeWording::dueText(item.dueDate, today)},
                {QStringLiteral("timesText"), ProgrammeWording::timesText(item)},
            };
        }
    } catch (const Error& error) {
        qCWarning(lcLessonReader).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
    }
}

void LessonReader::saveTime() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (m_readingSince < 0 || !db || !m_content || m_moduleId.isEmpty())
        return;
    const qint64 now = m_elapsed();
    const qint64 spent = now - m_readingSince;
    m_readingSince = now;
    if (spent <= 0)
        return;
    try {
        programme::ProgrammeProgress(*db, *m_content, m_clock).addTimeSpent(m_moduleId, spent);
    } catch (const Error& error) {
        qCWarning(lcLessonReader).noquote() << error.message() << error.detail();
        setError(error.message(), error.detail());
    }
}

void LessonReader::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

} // namespace pacewise::ui
