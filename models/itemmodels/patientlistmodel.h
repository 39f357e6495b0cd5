// The patients table of the Patients workspace: loads page by page (fetchMore, by key) as the view
// scrolls, optionally filtered by a search text (PatientSearch: names in any order, a birth date, the
// start of an INS or IPP; best matches first); knows how many patients match in all; follows the
// store's changes.
#pragma once

#include "models/itemmodels/storelistmodel.h"
#include "models/store/patientsearch.h"
#include "services/services.h"

#include <memory>

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
    // On the services of the open database (what the screens hold).
    explicit PatientListModel(Services &services, QObject *parent = nullptr)
        : PatientListModel(services.store(), parent) {}

    // Empty text (or a text without a word) lists every patient.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    bool isSearching() const { return m_query && !m_query->isEmpty(); }
    const Patient *patientAt(int row) const;
    // How many patients the list holds in all (the matches of the search, or every patient), known once
    // the first page is read (-1 before, and when it could not be counted).
    int total() const { return m_total; }
    // The search is done and found nobody.
    bool foundNobody() const { return isSearching() && m_total == 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 200;
    // A search shows its best matches at once: a screenful and a little more, then pages as it scrolls.
    static constexpr int kSearchPageSize = 50;

Q_SIGNALS:
    // total() is known, or changed.
    void totalChanged(int total);

protected:
    void storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) override;

private:
    void reset();

    void setTotal(int total);

    PatientRepository m_patients;
    QString m_search;
    std::unique_ptr<PatientSearch> m_query;
    int m_total = -1;
    std::vector<Patient> m_rows;
    PageKey m_lastKey;
    bool m_complete = false;
    bool m_resetting = false;
};

} // namespace concerto
