#include "ChoiceModel.h"

namespace pacewise::ui {

int ChoiceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ChoiceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items[std::size_t(index.row())];
    switch (role) {
    case CodeRole:
        return item.code;
    case Qt::DisplayRole:
    case LabelRole:
        return item.label;
    case GroupRole:
        return item.group;
    case PathRole:
        return item.path;
    case SelectedRole:
        return item.selected;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChoiceModel::roleNames() const {
    return {{CodeRole, "code"},
            {LabelRole, "label"},
            {GroupRole, "group"},
            {PathRole, "path"},
            {SelectedRole, "selected"}};
}

void ChoiceModel::setItems(std::vector<Item> items) {
    const int before = count();
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    if (count() != before)
        emit countChanged();
    emit selectionChanged();
}

int ChoiceModel::append(const Item& item) {
    const int existing = rowOf(item.code);
    if (existing >= 0)
        return existing;
    const int row = count();
    beginInsertRows({}, row, row);
    m_items.push_back(item);
    endInsertRows();
    emit countChanged();
    if (item.selected)
        emit selectionChanged();
    return row;
}

QStringList ChoiceModel::selectedCodes() const {
    QStringList codes;
    for (const Item& item : m_items)
        if (item.selected)
            codes << item.code;
    return codes;
}

QString ChoiceModel::selectedText() const {
    QStringList labels;
    for (const Item& item : m_items)
        if (item.selected)
            labels << item.label;
    return labels.join(QStringLiteral("; ")); // labels may hold commas: "Knee, left"
}

void ChoiceModel::select(const QStringList& codes) {
    bool changed = false;
    for (std::size_t row = 0; row < m_items.size(); ++row) {
        Item& item = m_items[row];
        const bool selected = codes.contains(item.code);
        if (item.selected == selected)
            continue;
        item.selected = selected;
        changed = true;
        const QModelIndex i = index(int(row));
        emit dataChanged(i, i, {SelectedRole});
    }
    if (changed)
        emit selectionChanged();
}

void ChoiceModel::setSelected(const QString& code, bool selected) {
    const int row = rowOf(code);
    if (row < 0 || m_items[std::size_t(row)].selected == selected)
        return;
    m_items[std::size_t(row)].selected = selected;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {SelectedRole});
    emit selectionChanged();
}

bool ChoiceModel::isSelected(const QString& code) const {
    const int row = rowOf(code);
    return row >= 0 && m_items[std::size_t(row)].selected;
}

void ChoiceModel::toggle(const QString& code) {
    setSelected(code, !isSelected(code));
}

QString ChoiceModel::labelOf(const QString& code) const {
    const int row = rowOf(code);
    return row >= 0 ? m_items[std::size_t(row)].label : QString();
}

int ChoiceModel::rowOf(const QString& code) const {
    for (std::size_t row = 0; row < m_items.size(); ++row)
        if (m_items[row].code == code)
            return int(row);
    return -1;
}

} // namespace pacewise::ui
