// The diary view-models without a QML engine, on a real (temporary, encrypted) profile: the
// entry form, the history list, the medication list and the home page's last-entry line.

#include "CatchRunner.h"
#include "OpenProfile.h"
#include "QtStringMaker.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryCsv.h"
#include "diary/DiaryEntryForm.h"
#include "diary/DiaryHistoryModel.h"
#include "diary/DiaryStore.h"
#include "diary/LastDiaryEntry.h"
#include "diary/MedicationEditor.h"
#include "diary/MedicationList.h"
#include "shell/Translations.h"
#include "store/Outbox.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>
#include <chrono>

using namespace pacewise;
using namespace std::chrono_literals;
using pacewise::ui::DiaryEntryForm;
using pacewise::ui::DiaryHistoryModel;
using pacewise::ui::test::entryAt;
using pacewise::ui::test::OpenProfile;

namespace {

const QDate kToday(2026, 3, 20);

struct Fixture : OpenProfile {
    diary::DiaryStore store{db(), diary::DiaryCatalogue::current()};

    diary::DiaryEntry save(diary::DiaryEntry e) { return store.save(std::move(e)); }

    // One entry a day at 09:00 for `days` days ending on kToday, pain cycling 0-10.
    void fillDays(int days) {
        std::vector<diary::DiaryEntry> entries;
        for (int i = 0; i < days; ++i)
            entries.push_back(entryAt(kToday.addDays(-i), 9, i % 11));
        store.saveAll(entries);
    }

    std::vector<store::Outbox::Entry> outbox() { return store::Outbox(db()).pending(1000); }
};

// A form on the fixture's session, as the screen makes one.
std::unique_ptr<DiaryEntryForm> formFor(Fixture& f, const QString& entryId = {}) {
    auto form = std::make_unique<DiaryEntryForm>();
    form->setClock([] { return QDateTime(kToday, QTime(18, 30)); });
    form->setEntryId(entryId);
    form->setSession(&f.session);
    return form;
}

std::unique_ptr<DiaryHistoryModel> historyFor(Fixture& f) {
    auto history = std::make_unique<DiaryHistoryModel>();
    history->setToday([] { return kToday; });
    history->setSession(&f.session);
    return history;
}

QStringList ids(const DiaryHistoryModel& history) {
    QStringList out;
    for (int row = 0; row < history.rowCount(); ++row)
        out << history.entryIdAt(row);
    return out;
}

} // namespace

// ---- The entry form ------------------------------------------------------------------------

TEST_CASE("a new entry in an empty diary starts at no pain with nothing else answered") {
    Fixture f;
    auto form = formFor(f);
    CHECK_FALSE(form->editing());
    CHECK_FALSE(form->prefilled());
    CHECK(form->painNow() == 0);
    CHECK(form->painAverage() == -1);
    CHECK(form->mood() == -1);
    CHECK(form->sleepHours() == -1);
    CHECK(form->bodyRegions()->selectedCodes().isEmpty());
    CHECK(form->bodyRegions()->count() ==
          int(diary::DiaryCatalogue::current().bodyRegions().size()));
    CHECK(form->fieldErrors().isEmpty());
    CHECK(form->errorMessage().isEmpty());
}

TEST_CASE("a new entry starts from the last one: pain, sleep, body areas, medications, but not the "
          "note, mood, triggers or coping") {
    Fixture f;
    auto last = entryAt(kToday, 8, 6, 5);
    last.painWorst = 7;
    last.sleepHours = 6.5;
    last.sleepQuality = 4;
    last.mood = 3;
    last.activeMinutes = 30;
    last.bodyLocations = QStringList{QStringLiteral("lower-back"), QStringLiteral("knee-left")};
    last.triggers = QStringList{QStringLiteral("stress")};
    last.copingSkills = QStringList{QStringLiteral("breathing")};
    last.medications.append(
        {QStringLiteral("m1"), QStringLiteral("Ibuprofen"), QStringLiteral("400 mg"), true, 2});
    last.note = QStringLiteral("private words");
    f.save(entryAt(kToday.addDays(-1), 8, 2)); // older: not the one to start from
    f.save(last);

    auto form = formFor(f);
    CHECK(form->prefilled());
    CHECK(form->painNow() == 6);
    CHECK(form->painAverage() == 5);
    CHECK(form->painWorst() == 7);
    CHECK(form->sleepHours() == 6.5);
    CHECK(form->sleepQuality() == 4);
    QStringList regions = form->bodyRegions()->selectedCodes();
    regions.sort();
    CHECK(regions == QStringList({QStringLiteral("knee-left"), QStringLiteral("lower-back")}));
    REQUIRE(form->medications()->doses().size() == 1);
    CHECK(form->medications()->doses().first().count == 2);
    CHECK(form->note().isEmpty());
    CHECK(form->mood() == -1);
    CHECK(form->activeMinutes() == -1);
    CHECK(form->triggers()->selectedCodes().isEmpty());
    CHECK(form->copingSkills()->selectedCodes().isEmpty());
    CHECK(form->entry().recordedAt == QDateTime(kToday, QTime(18, 30)));
}

TEST_CASE("values out of range are reported beside their fields, and nothing is saved") {
    Fixture f;
    auto form = formFor(f);
    QSignalSpy failed(form.get(), &DiaryEntryForm::failed);

    form->setPainNow(11);
    form->setSleepHours(25);
    form->setMood(-1); // not answered is fine
    CHECK(form->fieldErrors().value(QStringLiteral("painNow")).toString() ==
          QStringLiteral("Pain now must be a number from 0 to 10."));
    CHECK(form->fieldErrors().value(QStringLiteral("sleepHours")).toString() ==
          QStringLiteral("Hours of sleep must be between 0 and 24."));
    CHECK_FALSE(form->fieldErrors().contains(QStringLiteral("mood")));

    CHECK_FALSE(form->save());
    CHECK(failed.count() == 1);
    CHECK_FALSE(form->errorMessage().isEmpty());
    CHECK(f.store.count() == 0);
    CHECK(f.outbox().empty());

    // Put right, the messages go and the entry saves.
    form->setPainNow(5);
    form->setSleepHours(7.5);
    CHECK(form->fieldErrors().isEmpty());
    CHECK(form->save());
    CHECK(f.store.count() == 1);
}

TEST_CASE("worst pain below pain now is named at the worst pain field") {
    Fixture f;
    auto form = formFor(f);
    form->setPainNow(6);
    form->setPainWorst(4);
    CHECK(form->fieldErrors().value(QStringLiteral("painWorst")).toString() ==
          QStringLiteral("Worst pain cannot be lower than pain now."));
}

TEST_CASE("saving a new entry stores every answer and its outbox row in one go") {
    Fixture f;
    diary::MedicationList medications(f.db());
    const auto ibuprofen = medications.save(
        {{}, QStringLiteral("Ibuprofen"), QStringLiteral("400 mg"), QTime(), true, true});
    auto form = formFor(f);
    QSignalSpy saved(form.get(), &DiaryEntryForm::saved);

    form->setPainNow(7);
    form->setPainAverage(5);
    form->setPainWorst(8);
    form->setMood(4);
    form->setSleepHours(6.4); // to the half hour: 6.5
    form->setSleepQuality(3);
    form->setActiveMinutes(25);
    form->bodyRegions()->toggle(QStringLiteral("lower-back"));
    form->triggers()->toggle(QStringLiteral("stress"));
    form->copingSkills()->toggle(QStringLiteral("pacing"));
    form->medications()->toggle(ibuprofen.id);
    form->medications()->setCount(ibuprofen.id, 2);
    form->setNote(QStringLiteral("Gardening in the afternoon."));
    REQUIRE(form->save());
    CHECK(saved.count() == 1);
    CHECK(form->editing()); // a second save changes this entry, never adds another

    const auto stored = f.store.find(form->entryId());
    REQUIRE(stored);
    CHECK(stored->painNow == 7);
    CHECK(stored->painAverage == 5);
    CHECK(stored->painWorst == 8);
    CHECK(stored->mood == 4);
    CHECK(stored->sleepHours == 6.5);
    CHECK(stored->sleepQuality == 3);
    CHECK(stored->activeMinutes == 25);
    CHECK(stored->bodyLocations == QStringList{QStringLiteral("lower-back")});
    CHECK(stored->triggers == QStringList{QStringLiteral("stress")});
    CHECK(stored->copingSkills == QStringList{QStringLiteral("pacing")});
    REQUIRE(stored->medications.size() == 1);
    CHECK(stored->medications.first().name == QStringLiteral("Ibuprofen"));
    CHECK(stored->medications.first().count == 2);
    CHECK(stored->note == QStringLiteral("Gardening in the afternoon."));
    CHECK(stored->recordedAt == QDateTime(kToday, QTime(18, 30)));

    const auto outbox = f.outbox();
    REQUIRE(outbox.size() == 1);
    CHECK(outbox.front().kind == QStringLiteral("diary-entry"));
    CHECK(outbox.front().entityId == form->entryId());
    CHECK(outbox.front().operation == store::Outbox::Operation::Create);
}

TEST_CASE("changing an entry keeps the earlier version and queues an update") {
    Fixture f;
    auto original = entryAt(kToday, 9, 3);
    original.note = QStringLiteral("first words");
    const auto saved = f.save(original);

    auto form = formFor(f, saved.id);
    CHECK(form->editing());
    CHECK(form->painNow() == 3);
    CHECK(form->note() == QStringLiteral("first words")); // an edit shows everything
    form->setPainNow(5);
    REQUIRE(form->save());

    const auto now = f.store.find(saved.id);
    REQUIRE(now);
    CHECK(now->painNow == 5);
    CHECK(now->version == 2);
    CHECK(now->recordedAt == saved.recordedAt); // an edit does not move the entry in time
    const auto versions = f.store.versions(saved.id);
    REQUIRE(versions.size() == 1);
    CHECK(versions.front().painNow == 3);
    CHECK(f.outbox().back().operation == store::Outbox::Operation::Update);
}

TEST_CASE("an entry that no longer exists cannot be opened for a change") {
    Fixture f;
    auto form = formFor(f, QStringLiteral("no-such-entry"));
    CHECK_FALSE(form->errorMessage().isEmpty());
}

TEST_CASE("a trigger typed in one's own words is ticked, or the built-in one it names") {
    Fixture f;
    auto form = formFor(f);
    CHECK(form->addCustomTrigger(QStringLiteral("  Gardening  ")));
    CHECK(form->triggers()->isSelected(QStringLiteral("custom:Gardening")));
    CHECK(form->addCustomTrigger(QStringLiteral("stress or WORRY")));
    CHECK(form->triggers()->isSelected(QStringLiteral("stress")));
    CHECK_FALSE(form->addCustomTrigger(QString(81, QLatin1Char('x'))));
    CHECK(form->fieldErrors().contains(QStringLiteral("triggers")));
    CHECK_FALSE(form->addCustomTrigger(QStringLiteral("   ")));
    REQUIRE(form->save());

    // The next entry offers the custom tag among the triggers, not ticked.
    auto next = formFor(f);
    CHECK(next->triggers()->labelOf(QStringLiteral("custom:Gardening")) ==
          QStringLiteral("Gardening"));
    CHECK_FALSE(next->triggers()->isSelected(QStringLiteral("custom:Gardening")));
}

TEST_CASE("the numbers come with words: 0 no pain, 10 worst pain imaginable") {
    DiaryEntryForm form;
    CHECK(form.words(DiaryEntryForm::PainScale, 0) == QStringLiteral("No pain"));
    CHECK(form.words(DiaryEntryForm::PainScale, 5) == QStringLiteral("Moderate pain"));
    CHECK(form.words(DiaryEntryForm::PainScale, 10) == QStringLiteral("Worst pain imaginable"));
    CHECK(form.words(DiaryEntryForm::MoodScale, 0) == QStringLiteral("Very low mood"));
    CHECK(form.words(DiaryEntryForm::SleepQualityScale, 10) == QStringLiteral("Very good sleep"));
    CHECK(form.words(DiaryEntryForm::PainScale, -1) == QStringLiteral("Not answered"));
}

TEST_CASE("a locked profile cannot be written to and says so") {
    Fixture f;
    auto form = formFor(f);
    f.session.lock();
    CHECK_FALSE(form->save());
    CHECK(form->errorMessage().contains(QStringLiteral("locked")));
}

// ---- The medication list -------------------------------------------------------------------

TEST_CASE("medications added, changed and archived, and the entry offers the ones still taken") {
    Fixture f;
    pacewise::ui::MedicationEditor editor;
    editor.setSession(&f.session);
    QAbstractItemModelTester tester(&editor, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(editor.save({}, QStringLiteral("  "), {}, false));
    CHECK_FALSE(editor.errorMessage().isEmpty());
    REQUIRE(editor.save({}, QStringLiteral("Ibuprofen"), QStringLiteral("400 mg"), true));
    REQUIRE(editor.save({}, QStringLiteral("Amitriptyline"), QStringLiteral("10 mg"), false));
    REQUIRE(editor.count() == 2);
    const QString first =
        editor.data(editor.index(0), pacewise::ui::MedicationEditor::MedicationIdRole).toString();
    REQUIRE(editor.save(
        first, editor.data(editor.index(0), pacewise::ui::MedicationEditor::NameRole).toString(),
        QStringLiteral("200 mg"), true));
    CHECK(editor.count() == 2);
    REQUIRE(editor.setActive(first, false));
    // Archived ones go last.
    CHECK_FALSE(editor.data(editor.index(1), pacewise::ui::MedicationEditor::ActiveRole).toBool());

    auto form = formFor(f);
    CHECK(form->medications()->count() == 1);
}

// ---- The history ---------------------------------------------------------------------------

TEST_CASE("the history pages through the diary, newest first, without repeats or gaps") {
    Fixture f;
    f.fillDays(120);
    auto history = historyFor(f);
    // (The model tester fetches everything it can, so it joins after the paging is checked.)
    CHECK(history->rowCount() == DiaryHistoryModel::kPageSize);
    CHECK(history->canFetchMore({}));
    history->fetchMore({});
    CHECK(history->rowCount() == 2 * DiaryHistoryModel::kPageSize);
    history->fetchMore({});
    CHECK(history->rowCount() == 120);
    CHECK_FALSE(history->canFetchMore({}));
    QAbstractItemModelTester tester(history.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QStringList all = ids(*history);
    CHECK(QSet<QString>(all.begin(), all.end()).size() == 120);
    for (int row = 1; row < history->rowCount(); ++row)
        CHECK(history->entryAt(row - 1).recordedAt > history->entryAt(row).recordedAt);
    const QModelIndex first = history->index(0);
    CHECK(first.data(DiaryHistoryModel::DateTextRole).toString() == QStringLiteral("Today"));
    CHECK(first.data(DiaryHistoryModel::TimeTextRole).toString() == QStringLiteral("09:00"));
    CHECK(first.data(DiaryHistoryModel::PainRole).toInt() == 0);
    CHECK(history->index(1).data(DiaryHistoryModel::DateTextRole).toString() ==
          QStringLiteral("Yesterday"));
    CHECK(history->index(1).data(DiaryHistoryModel::SummaryRole).toString() ==
          QStringLiteral("Pain 1"));
}

TEST_CASE("with automatic paging off, only the screen's button loads older entries") {
    Fixture f;
    f.fillDays(70);
    auto history = historyFor(f);
    history->setAutoFetch(false);
    CHECK_FALSE(history->canFetchMore({}));
    history->fetchMore({});
    CHECK(history->rowCount() == DiaryHistoryModel::kPageSize);
    CHECK(history->hasMore());
    history->loadMore();
    CHECK(history->rowCount() == 70);
    CHECK_FALSE(history->hasMore());
}

TEST_CASE("the history filters by dates and by triggers") {
    Fixture f;
    f.fillDays(30);
    auto withStress = entryAt(kToday.addDays(-40), 10, 5);
    withStress.triggers << QStringLiteral("stress");
    f.save(withStress);
    auto history = historyFor(f);
    QAbstractItemModelTester tester(history.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    history->showLastDays(7);
    CHECK(history->rowCount() == 7);
    CHECK(history->lastDays() == 7);
    CHECK(history->filtered());

    CHECK(history->setDateRange(QStringLiteral("2026-03-01"), QStringLiteral("10/03/2026")));
    CHECK(history->from() == QDate(2026, 3, 1));
    CHECK(history->to() == QDate(2026, 3, 10));
    CHECK(history->rowCount() == 10);
    CHECK(history->lastDays() == -1);

    CHECK_FALSE(history->setDateRange(QStringLiteral("soon"), {}));
    CHECK_FALSE(history->filterError().isEmpty());
    CHECK(history->rowCount() == 10); // a date it cannot read changes nothing
    CHECK_FALSE(history->setDateRange(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-01")));

    history->clearFilters();
    history->toggleTag(QStringLiteral("stress"));
    REQUIRE(history->rowCount() == 1);
    CHECK(history->entryIdAt(0) == f.store.history({}).back().id);
    CHECK(history->index(0).data(DiaryHistoryModel::TagsTextRole).toString() ==
          QStringLiteral("Stress or worry"));
    CHECK(history->filterText().contains(QStringLiteral("Stress or worry")));

    history->clearFilters();
    CHECK_FALSE(history->filtered());
    CHECK(history->rowCount() == 31);
}

TEST_CASE("deleting an entry removes its row and Undo brings it back to the same place") {
    Fixture f;
    f.fillDays(5);
    auto history = historyFor(f);
    QAbstractItemModelTester tester(history.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList before = ids(*history);
    const QString id = before.at(2);

    REQUIRE(history->remove(2));
    CHECK(history->rowCount() == 4);
    CHECK_FALSE(ids(*history).contains(id));
    CHECK(history->canUndo());
    CHECK(history->undoText().contains(QStringLiteral("is deleted")));
    const auto removed = f.store.find(id);
    REQUIRE(removed);
    CHECK(removed->deleted); // soft: kept, marked entered in error
    CHECK(f.outbox().back().operation == store::Outbox::Operation::Delete);

    REQUIRE(history->undoRemove());
    CHECK(ids(*history) == before);
    CHECK_FALSE(history->canUndo());
    CHECK_FALSE(f.store.find(id)->deleted);
    CHECK(f.outbox().back().operation == store::Outbox::Operation::Update);
}

TEST_CASE("the Undo offer runs out, and waits while the person is at it") {
    Fixture f;
    f.fillDays(3);
    auto history = historyFor(f);
    history->setUndoTimeout(20ms);
    QSignalSpy undo(history.get(), &DiaryHistoryModel::undoChanged);

    history->setUndoPaused(true);
    REQUIRE(history->remove(0));
    CHECK_FALSE(undo.wait(100)); // paused: still on offer
    CHECK(history->canUndo());
    history->setUndoPaused(false);
    CHECK(QTest::qWaitFor([&] { return !history->canUndo(); }, 2000));
    CHECK_FALSE(history->undoRemove());
    CHECK(history->rowCount() == 2);
}

TEST_CASE("an edited entry is read again in its row") {
    Fixture f;
    f.fillDays(3);
    auto history = historyFor(f);
    const QString id = history->entryIdAt(1);
    auto e = *f.store.find(id);
    e.painNow = 9;
    f.store.save(e);
    QSignalSpy changed(history.get(), &QAbstractItemModel::dataChanged);
    history->refreshEntry(id);
    CHECK(changed.count() == 1);
    CHECK(history->index(1).data(DiaryHistoryModel::PainRole).toInt() == 9);
}

TEST_CASE("the CSV export holds every entry, deleted ones marked, and says where it went") {
    Fixture f;
    f.fillDays(4);
    auto history = historyFor(f);
    REQUIRE(history->remove(0));
    QTemporaryDir out;
    const QString path = QDir(out.path()).filePath(QStringLiteral("diary.csv"));

    REQUIRE(history->exportCsv(QUrl::fromLocalFile(path).toString()));
    CHECK(history->exportSucceeded());
    CHECK(history->exportMessage() ==
          QStringLiteral("Saved 4 diary entries to %1.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    CHECK(csv.startsWith("\xEF\xBB\xBF")); // the byte-order mark spreadsheets look for
    const QList<QByteArray> lines = csv.mid(3).trimmed().split('\n');
    REQUIRE(lines.size() == 5);
    CHECK(QString::fromUtf8(lines.front().trimmed()) ==
          diary::DiaryCsv::columns().join(QLatin1Char(',')));
    file.seek(0);
    const auto [entries, rejected] = diary::DiaryCsv::read(file, diary::DiaryCatalogue::current());
    CHECK(rejected.empty());
    CHECK(entries.size() == 4);
    CHECK(std::count_if(entries.begin(), entries.end(), [](const auto& e) { return e.deleted; }) ==
          1);
}

TEST_CASE("a failed CSV export says so plainly and leaves no file") {
    Fixture f;
    f.fillDays(2);
    auto history = historyFor(f);
    QTemporaryDir out;
    const QString path = QDir(out.path()).filePath(QStringLiteral("no-such-folder/diary.csv"));
    CHECK_FALSE(history->exportCsv(path));
    CHECK_FALSE(history->exportSucceeded());
    CHECK_FALSE(history->exportMessage().isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

// ---- The home page's line ------------------------------------------------------------------

TEST_CASE("the home page names the last entry in one line") {
    Fixture f;
    pacewise::ui::LastDiaryEntry last;
    last.setSession(&f.session);
    CHECK_FALSE(last.exists());
    CHECK_FALSE(last.text().isEmpty());
    auto e = entryAt(QDate(2026, 3, 2), 14, 6, 5);
    e.mood = 4;
    f.save(e);
    last.refresh();
    CHECK(last.exists());
    CHECK(last.text().endsWith(QStringLiteral("at 14:00: Pain 6 (average 5) · Mood 4")));
}

int main(int argc, char* argv[]) {
    // One application for the whole run; offscreen so the tests need no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    // The assertions read English words and dates, whatever the machine's language.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    pacewise::ui::installTranslators(app); // the English plural forms
    return pacewise::test::runCatch(argc, argv);
}
