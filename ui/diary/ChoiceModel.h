#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>
#include <vector>

namespace pacewise::ui {

// A list of things to tick: body regions, triggers, coping skills. Each item has a stable code,
// a translated label and whether it is selected; body regions also carry their view ("front",
// "back") and their SVG path. The owner (a form or a filter) changes the selection; QML shows it
// and forwards clicks to the owner.
class ChoiceModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Choices belong to a form or a filter")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QStringList selectedCodes READ selectedCodes NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedText READ selectedText NOTIFY selectionChanged)

public:
    struct Item {
        QString code;
        QString label;
        QString group; // the view of a body region; empty otherwise
        QString path;  // SVG path data of a body region; empty otherwise
        bool selected = false;
    };
    enum Role { CodeRole = Qt::UserRole + 1, LabelRole, GroupRole, PathRole, SelectedRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_items.size()); }
    void setItems(std::vector<Item> items);
    // Adds an item at the end unless its code is there already; returns its row.
    int append(const Item& item);
    const std::vector<Item>& items() const { return m_items; }

    // Selected codes, in list order.
    QStringList selectedCodes() const;
    // The selected labels joined for reading: "Lower back; Knee, left".
    QString selectedText() const;
    // Codes not in the list are ignored.
    void select(const QStringList& codes);
    void setSelected(const QString& code, bool selected);
    bool isSelected(const QString& code) const;
    Q_INVOKABLE void toggle(const QString& code);
    Q_INVOKABLE QString labelOf(const QString& code) const;

signals:
    void countChanged();
    void selectionChanged();

private:
    int rowOf(const QString& code) const;

    std::vector<Item> m_items;
};

} // namespace pacewise::ui
