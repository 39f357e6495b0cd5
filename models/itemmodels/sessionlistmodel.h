// The sessions of a period (a month of the Planning workspace): date, time, committee, place, the
// number of cases registered and how many are incomplete (validation/completeness.h), with the session,
// its committee and its cases available to the detail pane. Sorts by any column (time order first).
// Reads again when sessions or committees change; when cases change, only the rows of their sessions.
// The sessions show at once; their incomplete cases are counted after, on a worker thread with its own
// connection (a month of a large network holds some 20,000 cases), a few sessions a read, row by row.
#pragma once

#include "models/itemmodels/storelistmodel.h"
#include "models/store/readworker.h"
#include "models/store/repositories.h"
#include "services/services.h"

#include <QHash>
#include <atomic>
#include <memory>

namespace concerto {

class SessionListModel final : public StoreListModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TimeColumn,
        CommitteeColumn,
        PlaceColumn,
        CasesColumn,
        CompletenessColumn, // how many cases are incomplete
        StatusColumn,
        ColumnCount
    };
    enum Role { SessionIdRole = Qt::UserRole + 1, StartDateRole, IncompleteCountRole };

    struct Row {
        Session session;
        QString committee;
        int caseCount = 0;
        int incompleteCount = 0; // cases lacking what their committee requires; -1 while not counted yet
    };

    explicit SessionListModel(Database &db, QObject *parent = nullptr);
    // On the services of the open database (what the screens hold).
    explicit SessionListModel(Services &services, QObject *parent = nullptr)
        : SessionListModel(services.store(), parent) {}

    // Loads the sessions starting on a day in [from, to] (dates of the boards' clock, Europe/Paris), in time
    // order.
    void setPeriod(const QDate &from, const QDate &to);
    void reload();
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    const Row *rowAt(int row) const;
    std::vector<Session> sessions() const;   // the period's sessions, in time order
    int rowOfDate(const QDate &date) const;  // first session that day, or -1
    int rowOf(const QUuid &sessionId) const; // -1 when not in the period
    StoreRead<std::vector<Inscription>> casesOf(int row) const;
    // True while some sessions' incomplete cases are still being counted.
    bool countingCompleteness() const { return m_readsLeft > 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Kept across reloads; sessions of the same key stay in time order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Every session of the period has its incomplete cases counted (after a reload).
    void completenessCounted();

protected:
    void storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) override;

private:
    // Reads the period's sessions into `rows`, or says why it could not.
    QString readPeriod(std::vector<Row> &rows);
    StoreRead<Rcp> committee(const QUuid &rcpId);
    // After cases changed: counts again only the sessions whose cases changed (their rows change in
    // place). False when something could not be read (the caller then reads the whole period).
    bool refreshCases(const QList<QUuid> &inscriptionIds);
    void sortRows(std::vector<Row> &rows) const;
    // Counts the incomplete cases of the rows not counted yet on the worker, a few sessions a read.
    void startCounting();
    void counted(const QHash<QUuid, int> &counts);

    SessionRepository m_sessions;
    RcpRepository m_rcps;
    InscriptionRepository m_inscriptions;
    QDate m_from;
    QDate m_to;
    std::vector<Row> m_rows;
    QHash<QUuid, Rcp> m_committees; // read once a reload
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    ReadWorker *m_reader = nullptr;
    // The reload the counts are for: a read of an earlier one stops at its start, its answer is dropped.
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);
    int m_readsLeft = 0; // counting reads of the latest reload not answered yet
};

} // namespace concerto
