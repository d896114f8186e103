#include "sync/SyncStatus.h"

#include "store/Database.h"
#include "store/Outbox.h"
#include "sync/ClinicConnection.h"
#include "sync/SyncState.h"

namespace pacewise::sync {
namespace {

QDateTime utc(const std::optional<QString>& text) {
    if (!text)
        return {};
    QDateTime at = QDateTime::fromString(*text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

SyncStatus SyncStatus::read(store::Database& db) {
    const SyncState state(db);
    const store::Outbox outbox(db);
    SyncStatus status;
    status.enrolled = ClinicConnection(db).isEnrolled();
    status.lastAttemptAt = utc(state.value(QLatin1String(SyncState::kLastAttemptAt)));
    status.lastSuccessAt = utc(state.value(QLatin1String(SyncState::kLastSuccessAt)));
    bool ok = false;
    const int outcome =
        state.value(QLatin1String(SyncState::kLastOutcome)).value_or(QString()).toInt(&ok);
    if (ok && outcome >= int(SyncReport::Outcome::Done) &&
        outcome <= int(SyncReport::Outcome::Cancelled))
        status.lastOutcome = SyncReport::Outcome(outcome);
    status.lastMessage = state.value(QLatin1String(SyncState::kLastMessage)).value_or(QString());
    status.waiting = outbox.waitingRecords();
    status.held = outbox.heldCount();
    store::Statement urgent = db.prepare("SELECT EXISTS (SELECT 1 FROM outbox WHERE done_at IS "
                                         "NULL AND held_at IS NULL AND priority >= ?)");
    urgent.bind(1, store::Outbox::kPrioritySafety);
    urgent.step();
    status.urgentWaiting = urgent.int64(0) != 0;
    status.heldReason = status.held > 0 ? outbox.lastHeldError() : QString();
    status.retryAt = utc(state.value(QLatin1String(SyncState::kRetryAt)));
    status.stopReason = state.stopReason().value_or(QString());
    status.clinicItems = state.clinicResourceCount();
    return status;
}

} // namespace pacewise::sync
