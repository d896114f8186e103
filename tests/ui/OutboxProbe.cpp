#include "OutboxProbe.h"

#include "store/Database.h"

#include <QVariantMap>

namespace pacewise::ui::test {

QVariantList OutboxProbe::rows(ProfileSession* session, const QString& kindPrefix) const {
    QVariantList rows;
    store::Database* db = session ? session->database() : nullptr;
    if (!db)
        return rows;
    auto statement =
        db->prepare("SELECT kind, priority FROM outbox WHERE kind LIKE ?1 ORDER BY kind, id");
    statement.bind(1, kindPrefix + QLatin1Char('%'));
    while (statement.step())
        rows.append(QVariantMap{{QStringLiteral("kind"), statement.text(0)},
                                {QStringLiteral("priority"), int(statement.int64(1))}});
    return rows;
}

} // namespace pacewise::ui::test
