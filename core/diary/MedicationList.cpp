#include "diary/MedicationList.h"

#include "error/Error.h"
#include "store/Database.h"

#include <QDateTime>
#include <QUuid>

namespace pacewise::diary {

MedicationList::Medication MedicationList::save(Medication m) {
    m.name = m.name.simplified();
    m.dose = m.dose.simplified();
    if (m.name.isEmpty() || m.name.size() > 120)
        throw Error(ErrorCode::InvalidInput,
                    tr("Give the medication a name (at most 120 characters)."),
                    QStringLiteral("name"));
    if (m.id.isEmpty())
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    store::Statement exists = m_db.prepare("SELECT 1 FROM medications WHERE id = ?");
    exists.bind(1, m.id);
    const bool isNew = !exists.step();
    store::Statement s = m_db.prepare(
        isNew
            ? "INSERT INTO medications (name, dose, usual_time, as_needed, active, created_at, id) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            : "UPDATE medications SET name = ?1, dose = ?2, usual_time = ?3, as_needed = ?4, "
              "active = ?5 WHERE id = ?7 AND ?6 IS NOT NULL");
    s.bind(1, m.name).bind(2, m.dose);
    if (m.usualTime.isValid() && !m.asNeeded)
        s.bind(3, m.usualTime.toString(QStringLiteral("HH:mm")));
    else
        s.bindNull(3);
    s.bind(4, m.asNeeded ? 1 : 0)
        .bind(5, m.active ? 1 : 0)
        .bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(7, m.id)
        .run();
    return m;
}

void MedicationList::setActive(const QString& id, bool active) {
    m_db.prepare("UPDATE medications SET active = ? WHERE id = ?")
        .bind(1, active ? 1 : 0)
        .bind(2, id)
        .run();
}

std::vector<MedicationList::Medication> MedicationList::list(bool includeInactive) const {
    store::Statement q = m_db.prepare(
        includeInactive
            ? "SELECT id, name, dose, usual_time, as_needed, active FROM medications ORDER BY name"
            : "SELECT id, name, dose, usual_time, as_needed, active FROM medications "
              "WHERE active = 1 ORDER BY name");
    std::vector<Medication> out;
    while (q.step())
        out.push_back({q.text(0), q.text(1), q.text(2),
                       QTime::fromString(q.text(3), QStringLiteral("HH:mm")), q.int64(4) != 0,
                       q.int64(5) != 0});
    return out;
}

} // namespace pacewise::diary
