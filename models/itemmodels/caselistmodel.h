// The cases of the Cases workspace: the cases of the sessions of a period, optionally of one committee,
// in one agenda state or from one requesting physician, in meeting order, each with what its committee
// still requires (completeness). Read again when a case, session, patient or committee changes. The
// rows are read on a worker thread with its own connection (a month of a large network holds some
// 20,000 cases): the rows shown stay until the new ones come; changes meanwhile make one more read.
#pragma once

#include "models/domain/inscription.h"
#include "models/domain/rcp.h"
#include "models/itemmodels/storelistmodel.h"
#include "models/store/readworker.h"
#include "models/validation/completeness.h"
#include "services/services.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace concerto {

struct CaseListFilter {
    QDate from; // first day (Paris), included
    QDate to;   // last day (Paris), included
    QUuid rcpId;
    std::optional<AgendaState> state;
    QUuid requesterId;
};

class CaseListModel final : public StoreListModel {
    Q_OBJECT
public:
    enum Column {
        MeetingColumn,
        CommitteeColumn,
        PatientColumn,
        RequesterColumn,
        StateColumn,
        CompletenessColumn,
        ColumnCount
    };
    // SortRole: what a column sorts by (the meeting's time, the number missing, else the text shown).
    enum Role { InscriptionIdRole = Qt::UserRole + 1, CompleteRole, SortRole };

    explicit CaseListModel(Database &db, QObject *parent = nullptr);
    // On the services of the open database (what the screens hold).
    explicit CaseListModel(Services &services, QObject *parent = nullptr)
        : CaseListModel(services.store(), parent) {}

    void setFilter(const CaseListFilter &filter);
    const CaseListFilter &filter() const { return m_filter; }
    // Reads the filter's rows again, without waiting (a period that is not valid comes back as the error).
    void reload();
    // From a reload until its rows (or its error) are in the model.
    bool isLoading() const { return m_loading; }

    struct Row {
        Inscription inscription;
        QDateTime meeting; // Paris time
        QString committee;
        QString patient;
        QString requester;
        validation::CaseCompleteness completeness;
    };
    const Row *rowAt(int row) const;
    // The rows of `filter`, or why they could not be read: what reload() runs on the worker's connection.
    static StoreRead<std::vector<Row>> read(Database &db, const CaseListFilter &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The rows of the latest filter (or its error) are in the model.
    void loaded();

protected:
    void storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) override;

private:
    void startRead();
    void show(StoreRead<std::vector<Row>> &rows);

    ReadWorker *m_reader = nullptr;
    CaseListFilter m_filter;
    std::vector<Row> m_rows;
    bool m_loading = false;
    bool m_reading = false;   // a read runs on the worker
    bool m_readAgain = false; // the filter or the store changed while it ran
};

} // namespace concerto
