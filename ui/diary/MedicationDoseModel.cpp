#include "MedicationDoseModel.h"

#include <algorithm>

namespace pacewise::ui {

int MedicationDoseModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant MedicationDoseModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case MedicationIdRole:
        return row.dose.medicationId;
    case NameRole:
        return row.dose.name;
    case DoseRole:
        return row.dose.dose;
    case Qt::DisplayRole:
    case LabelRole:
        return row.dose.dose.isEmpty() ? row.dose.name
                                       : QStringLiteral("%1 %2").arg(row.dose.name, row.dose.dose);
    case AsNeededRole:
        return row.dose.asNeeded;
    case TakenRole:
        return row.taken;
    case CountRole:
        return row.dose.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> MedicationDoseModel::roleNames() const {
    return {{MedicationIdRole, "medicationId"},
            {NameRole, "name"},
            {DoseRole, "dose"},
            {LabelRole, "label"},
            {AsNeededRole, "asNeeded"},
            {TakenRole, "taken"},
            {CountRole, "doseCount"}};
}

void MedicationDoseModel::reset(const std::vector<diary::MedicationList::Medication>& list,
                                const QList<diary::MedicationDose>& taken) {
    const int before = count();
    beginResetModel();
    m_rows.clear();
    for (const auto& medication : list) {
        Row row;
        row.dose.medicationId = medication.id;
        row.dose.name = medication.name;
        row.dose.dose = medication.dose;
        row.dose.asNeeded = medication.asNeeded;
        m_rows.push_back(row);
    }
    for (const diary::MedicationDose& dose : taken) {
        int at = rowOf(dose.medicationId);
        if (at < 0) {
            // Archived since, or typed in another way: still part of this entry.
            m_rows.push_back({dose, false});
            at = count() - 1;
        }
        Row& row = m_rows[std::size_t(at)];
        row.taken = true;
        row.dose.count = std::clamp(dose.count, 1, kMaxCount);
    }
    endResetModel();
    if (count() != before)
        emit countChanged();
    emit dosesChanged();
}

QList<diary::MedicationDose> MedicationDoseModel::doses() const {
    QList<diary::MedicationDose> out;
    for (const Row& row : m_rows)
        if (row.taken)
            out << row.dose;
    return out;
}

QString MedicationDoseModel::takenText() const {
    QStringList parts;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        if (!row.taken)
            continue;
        const QString label = data(index(int(i)), LabelRole).toString();
        parts << (row.dose.asNeeded ? tr("%1 (%n dose(s))", nullptr, row.dose.count).arg(label)
                                    : label);
    }
    return parts.join(QStringLiteral(", "));
}

void MedicationDoseModel::toggle(const QString& medicationId) {
    const int at = rowOf(medicationId);
    if (at < 0)
        return;
    Row& row = m_rows[std::size_t(at)];
    row.taken = !row.taken;
    if (row.taken)
        row.dose.count = 1;
    changed(at);
}

void MedicationDoseModel::setCount(const QString& medicationId, int count) {
    const int at = rowOf(medicationId);
    if (at < 0)
        return;
    Row& row = m_rows[std::size_t(at)];
    // Down to none untakes it; up from none takes it.
    count = std::clamp(count, 0, kMaxCount);
    const bool taken = count > 0;
    const int newCount = std::max(count, 1);
    if (row.taken == taken && row.dose.count == newCount)
        return;
    row.taken = taken;
    row.dose.count = newCount;
    changed(at);
}

int MedicationDoseModel::rowOf(const QString& medicationId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].dose.medicationId == medicationId)
            return int(i);
    return -1;
}

void MedicationDoseModel::changed(int row) {
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {TakenRole, CountRole});
    emit dosesChanged();
}

} // namespace pacewise::ui
