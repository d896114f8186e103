#pragma once

#include "ChoiceModel.h"
#include "diary/DiaryEntry.h"
#include "profile/ProfileSession.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace pacewise::diary {
class DiaryCatalogue;
}

namespace pacewise::ui {

// The diary history, newest first, read a page at a time (keyset paging: each page starts
// strictly after the last row shown, so rows never repeat or go missing while entries are
// added). Filters: a date range and trigger tags (entries with any of the ticked tags).
//
// remove() soft-deletes an entry; for `undoSeconds` afterwards undoRemove() brings it back to
// its place. exportCsv() writes the whole diary through a QSaveFile: a failed export never
// leaves half a file.
class DiaryHistoryModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
    // Whether views may page on their own through canFetchMore()/fetchMore() (a ListView as it
    // scrolls). A Repeater would fetch page after page until the whole diary is loaded, so the
    // history screen turns this off and pages with its "Show older entries" button (loadMore()).
    Q_PROPERTY(bool autoFetch READ autoFetch WRITE setAutoFetch NOTIFY autoFetchChanged)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QDate to READ to WRITE setTo NOTIFY filterChanged)
    // The quick range in force: 7, 30, 91 or 365 days; 0 for the whole diary; -1 for typed dates.
    Q_PROPERTY(int lastDays READ lastDays NOTIFY filterChanged)
    Q_PROPERTY(QString fromText READ fromText NOTIFY filterChanged)
    Q_PROPERTY(QString toText READ toText NOTIFY filterChanged)
    Q_PROPERTY(QString dateFormatHint READ dateFormatHint CONSTANT)
    Q_PROPERTY(pacewise::ui::ChoiceModel* tagFilter READ tagFilter CONSTANT)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(QString filterText READ filterText NOTIFY filterChanged)
    Q_PROPERTY(QString filterError READ filterError NOTIFY filterErrorChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(int undoSeconds READ undoSeconds WRITE setUndoSeconds NOTIFY undoSecondsChanged)
    Q_PROPERTY(bool undoPaused READ undoPaused WRITE setUndoPaused NOTIFY undoChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportChanged)
    Q_PROPERTY(bool exportSucceeded READ exportSucceeded NOTIFY exportChanged)
    Q_PROPERTY(QString suggestedExportName READ suggestedExportName CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        DateTextRole, // "Tuesday 3 June 2025"
        TimeTextRole, // "14:05"
        PainRole,     // pain now, 0-10
        SummaryRole,  // one line: pain, mood, sleep, body areas
        TagsRole,     // trigger labels
        TagsTextRole, // the same, joined
        NoteRole,     // the start of the note, on one line
        DeletedRole,
        AccessibleTextRole, // the whole row in one sentence, for screen readers
    };
    static constexpr int kPageSize = 50;
    static constexpr int kDefaultUndoSeconds = 10;
    static constexpr int kNotePreviewLength = 160;

    explicit DiaryHistoryModel(QObject* parent = nullptr);
    ~DiaryHistoryModel() override;

    void classBegin() override;
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    int count() const { return int(m_rows.size()); }
    bool hasMore() const { return !m_atEnd; }
    bool autoFetch() const { return m_autoFetch; }
    void setAutoFetch(bool autoFetch);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setFrom(QDate from);
    void setTo(QDate to);
    int lastDays() const;
    QString fromText() const;
    QString toText() const;
    QString dateFormatHint() const;
    ChoiceModel* tagFilter() { return &m_tagFilter; }
    bool filtered() const;
    QString filterText() const;
    const QString& filterError() const { return m_filterError; }
    bool canUndo() const { return m_removed.has_value(); }
    QString undoText() const;
    int undoSeconds() const { return m_undoSeconds; }
    void setUndoSeconds(int seconds);
    bool undoPaused() const { return m_undoPaused; }
    void setUndoPaused(bool paused);
    // Tests shorten the offer instead of waiting ten seconds.
    void setUndoTimeout(std::chrono::milliseconds timeout) { m_undoTimer.setInterval(timeout); }
    const QString& exportMessage() const { return m_exportMessage; }
    bool exportSucceeded() const { return m_exportSucceeded; }
    QString suggestedExportName() const;
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }
    // Tests fix "today" (for "Today"/"Yesterday" and the quick ranges).
    void setToday(std::function<QDate()> today);

    const diary::DiaryEntry& entryAt(int row) const { return m_rows[std::size_t(row)]; }

    // Reads the first page again.
    Q_INVOKABLE void reload();
    // The next page (the screen's "Show older entries"); fetchMore() for views.
    Q_INVOKABLE void loadMore();
    // Reads one entry again after it was changed, keeping the rows and their order.
    Q_INVOKABLE void refreshEntry(const QString& entryId);
    Q_INVOKABLE int rowOf(const QString& entryId) const;
    // Dates typed by the person, in the UI language's short format or as 2024-12-31; empty
    // means open-ended. False (and `filterError`) when a date cannot be read.
    Q_INVOKABLE bool setDateRange(const QString& fromText, const QString& toText);
    // The last `days` days including today; 0 for the whole diary.
    Q_INVOKABLE void showLastDays(int days);
    Q_INVOKABLE void toggleTag(const QString& code);
    Q_INVOKABLE void clearFilters();
    Q_INVOKABLE QString entryIdAt(int row) const;
    Q_INVOKABLE bool remove(int row);
    Q_INVOKABLE bool undoRemove();
    // Writes every entry, deleted ones marked as such, to `pathOrUrl` (a path or a file: URL).
    Q_INVOKABLE bool exportCsv(const QString& pathOrUrl);
    Q_INVOKABLE void clearExportMessage();

signals:
    void sessionChanged();
    void autoFetchChanged();
    void countChanged();
    void filterChanged();
    void filterErrorChanged();
    void undoChanged();
    void undoSecondsChanged();
    void exportChanged();
    void errorChanged();
    // An entry was deleted (row) or brought back: the screen moves the focus sensibly.
    void removed(int row);
    void restored(int row);

private:
    struct Removed {
        QString id;
        int row = 0;
        QString when;
    };
    const diary::DiaryCatalogue* catalogue();
    std::vector<diary::DiaryEntry> readPage(bool fromStart);
    void fillTagFilter();
    void setError(const QString& message, const QString& detail = {});
    void setFilterError(const QString& message);
    void setExportResult(bool ok, const QString& message);
    void dropUndo();

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    std::function<QDate()> m_today;
    std::vector<diary::DiaryEntry> m_rows;
    bool m_atEnd = true;
    bool m_autoFetch = true;
    QDate m_from;
    QDate m_to;
    ChoiceModel m_tagFilter;
    QString m_filterError;
    std::optional<Removed> m_removed;
    QTimer m_undoTimer;
    int m_undoSeconds = kDefaultUndoSeconds;
    bool m_undoPaused = false;
    QString m_exportMessage;
    bool m_exportSucceeded = false;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
