#pragma once

#include "diary/DiaryEntry.h"
#include "diary/MedicationList.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <vector>

namespace pacewise::ui {

// The medications of one diary entry: every medication on the person's list (and any archived
// one this entry already names), each taken or not, with a dose count for as-needed ones.
class MedicationDoseModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Belongs to a DiaryEntryForm")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString takenText READ takenText NOTIFY dosesChanged)

public:
    static constexpr int kMaxCount = 20; // as DiaryValidation allows

    enum Role {
        MedicationIdRole = Qt::UserRole + 1,
        NameRole,
        DoseRole,
        LabelRole,
        AsNeededRole,
        TakenRole,
        CountRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    // The list to offer and the doses already taken in the entry.
    void reset(const std::vector<diary::MedicationList::Medication>& list,
               const QList<diary::MedicationDose>& taken);
    QList<diary::MedicationDose> doses() const;
    // "Ibuprofen 400 mg (2 doses), Amitriptyline 10 mg", or empty.
    QString takenText() const;

    Q_INVOKABLE void toggle(const QString& medicationId);
    Q_INVOKABLE void setCount(const QString& medicationId, int count);

signals:
    void countChanged();
    void dosesChanged();

private:
    struct Row {
        diary::MedicationDose dose;
        bool taken = false;
    };
    int rowOf(const QString& medicationId) const;
    void changed(int row);

    std::vector<Row> m_rows;
};

} // namespace pacewise::ui
