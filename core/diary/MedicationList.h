#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>
#include <functional>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::diary {

// The patient's own list of medications, offered as one-tap choices in the diary.
class MedicationList {
    Q_DECLARE_TR_FUNCTIONS(MedicationList)

public:
    struct Medication {
        QString id;
        QString name;
        QString dose;    // free text as on the label: "400 mg"
        QTime usualTime; // invalid when taken as needed
        bool asNeeded = false;
        bool active = true;
    };

    explicit MedicationList(store::Database& db)
        : m_db(db) {}

    // Adds (an empty or unknown id) or updates; throws Error(InvalidInput) for a missing name.
    Medication save(Medication medication);
    // Archived medications stay in old entries but are no longer offered.
    void setActive(const QString& id, bool active);
    std::vector<Medication> list(bool includeInactive = false) const;

private:
    store::Database& m_db;
};

} // namespace pacewise::diary
