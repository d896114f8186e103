#pragma once

#include "diary/MedicationList.h"
#include "profile/ProfileSession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <vector>

namespace pacewise::ui {

// The "Your medications" screen: the person's medication list, archived ones last, with add,
// change and archive. Changes are saved at once (each is one small write).
class MedicationEditor : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    enum Role {
        MedicationIdRole = Qt::UserRole + 1,
        NameRole,
        DoseRole,
        AsNeededRole,
        ActiveRole,
        DescriptionRole,
    };

    explicit MedicationEditor(QObject* parent = nullptr);

    void classBegin() override;
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    int count() const { return int(m_list.size()); }
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    Q_INVOKABLE void reload();
    // Adds a medication (empty id) or changes one; false with `errorMessage` when refused.
    Q_INVOKABLE bool save(const QString& medicationId, const QString& name, const QString& dose,
                          bool asNeeded);
    // Archived medications stay in old entries but are no longer offered.
    Q_INVOKABLE bool setActive(const QString& medicationId, bool active);
    Q_INVOKABLE void clearError();

signals:
    void sessionChanged();
    void countChanged();
    void errorChanged();
    void changed(); // the list was written

private:
    void setError(const QString& message, const QString& detail = {});

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    std::vector<diary::MedicationList::Medication> m_list;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
