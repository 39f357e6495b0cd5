// The patients table of the Patients workspace: loads page by page (fetchMore, by key) as the view
// scrolls, optionally filtered by a search text (name, INS or IPP); follows the store's changes.
#pragma once

#include "models/itemmodels/storelistmodel.h"
#include "models/store/repositories.h"

namespace concerto {

class PatientListModel final : public StoreListModel {
    Q_OBJECT
public:
    enum Column {
        BirthName,
        UsedName,
        GivenNames,
        Sex,
        BirthDate,
        Ins,
        IdentityStatusColumn,
        Ipp,
        ColumnCount
    };
    enum Role { PatientIdRole = Qt::UserRole + 1 };

    explicit PatientListModel(Database &db, QObject *parent = nullptr);

    // Empty text lists every patient.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    const Patient *patientAt(int row) const;

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
    void reset();

    PatientRepository m_patients;
    QString m_search;
    std::vector<Patient> m_rows;
    PageKey m_lastKey;
    bool m_complete = false;
    bool m_resetting = false;
};

} // namespace concerto
