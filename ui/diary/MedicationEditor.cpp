#include "MedicationEditor.h"

#include "error/Error.h"
#include "profile/ProfileSession.h"

#include <algorithm>

namespace pacewise::ui {

MedicationEditor::MedicationEditor(QObject* parent)
    : QAbstractListModel(parent) {}

void MedicationEditor::classBegin() {
    m_complete = false;
}

void MedicationEditor::componentComplete() {
    m_complete = true;
    reload();
}

int MedicationEditor::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant MedicationEditor::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& m = m_list[std::size_t(index.row())];
    switch (role) {
    case MedicationIdRole:
        return m.id;
    case Qt::DisplayRole:
    case NameRole:
        return m.name;
    case DoseRole:
        return m.dose;
    case AsNeededRole:
        return m.asNeeded;
    case ActiveRole:
        return m.active;
    case DescriptionRole: {
        QStringList parts;
        if (!m.dose.isEmpty())
            parts << m.dose;
        parts << (m.asNeeded ? tr("taken as needed") : tr("taken regularly"));
        if (!m.active)
            parts << tr("archived");
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MedicationEditor::roleNames() const {
    return {{MedicationIdRole, "medicationId"},
            {NameRole, "name"},
            {DoseRole, "dose"},
            {AsNeededRole, "asNeeded"},
            {ActiveRole, "active"},
            {DescriptionRole, "description"}};
}

void MedicationEditor::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        reload();
}

void MedicationEditor::reload() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    std::vector<diary::MedicationList::Medication> list;
    if (db) {
        try {
            list = diary::MedicationList(*db).list(true);
        } catch (const Error& error) {
            setError(error.message(), error.detail());
        }
    }
    // Those still taken first, then archived ones; each group as the list keeps it.
    std::stable_partition(list.begin(), list.end(), [](const auto& m) { return m.active; });
    const int before = count();
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
    if (count() != before)
        emit countChanged();
}

bool MedicationEditor::save(const QString& medicationId, const QString& name, const QString& dose,
                            bool asNeeded) {
    clearError();
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db)
        return false;
    diary::MedicationList::Medication m;
    for (const auto& existing : m_list)
        if (existing.id == medicationId)
            m = existing;
    m.id = medicationId;
    m.name = name.simplified();
    m.dose = dose.simplified();
    m.asNeeded = asNeeded;
    try {
        diary::MedicationList(*db).save(m);
    } catch (const Error& error) {
        setError(error.message(), error.detail());
        return false;
    }
    reload();
    emit changed();
    return true;
}

bool MedicationEditor::setActive(const QString& medicationId, bool active) {
    clearError();
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db)
        return false;
    try {
        diary::MedicationList(*db).setActive(medicationId, active);
    } catch (const Error& error) {
        setError(error.message(), error.detail());
        return false;
    }
    reload();
    emit changed();
    return true;
}

void MedicationEditor::clearError() {
    setError({}, {});
}

void MedicationEditor::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

} // namespace pacewise::ui
