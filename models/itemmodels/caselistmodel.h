// The cases of the Cases workspace: the cases of the sessions of a period, optionally of one committee,
// in one agenda state or from one requesting physician, in meeting order, each with what its committee
// still requires (completeness). Read again when a case, session, patient or committee changes.
#pragma once

#include "models/domain/inscription.h"
#include "models/domain/rcp.h"
#include "models/itemmodels/storelistmodel.h"
#include "models/validation/completeness.h"

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

    void setFilter(const CaseListFilter &filter);
    const CaseListFilter &filter() const { return m_filter; }
    void reload();

    struct Row {
        Inscription inscription;
        QDateTime meeting; // Paris time
        QString committee;
        QString patient;
        QString requester;
        validation::CaseCompleteness completeness;
    };
    const Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) override;

private:
    // Reads the rows of the filter; the error in the user's words when a read failed.
    QString readRows(std::vector<Row> &rows) const;

    Database &m_db;
    CaseListFilter m_filter;
    std::vector<Row> m_rows;
};

} // namespace concerto
