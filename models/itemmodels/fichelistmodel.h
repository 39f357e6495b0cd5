// The fiches of the Fiches workspace, newest first, loaded page by page (fetchMore): status, version,
// meeting date, patient and committee; optionally only the signed ones. Pages by key; follows the
// store's changes.
#pragma once

#include "models/itemmodels/storelistmodel.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"

#include <QHash>

namespace concerto {

class FicheListModel final : public StoreListModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        VersionColumn,
        MeetingDateColumn,
        PatientColumn,
        CommitteeColumn,
        ColumnCount
    };
    enum Role { FicheIdRole = Qt::UserRole + 1, SignedRole };

    explicit FicheListModel(Database &db, QObject *parent = nullptr);

    void setSignedOnly(bool signedOnly);
    bool signedOnly() const { return m_signedOnly; }
    void reload();
    const Fiche *ficheAt(int row) const;
    QString patientName(const QUuid &patientId) const;
    // The committee of the fiche: its own RCP, else its session's.
    QString committeeName(const Fiche &fiche) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 200;

protected:
    void storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) override;

private:
    FicheRepository m_fiches;
    PatientRepository m_patients;
    RcpRepository m_rcps;
    SessionRepository m_sessions;
    bool m_signedOnly = false;
    bool m_complete = false;
    bool m_resetting = false;
    std::vector<Fiche> m_rows;
    PageKey m_lastKey;
    mutable QHash<QUuid, QString> m_patientNames;
    mutable QHash<QUuid, QString> m_committees;
};

} // namespace concerto
