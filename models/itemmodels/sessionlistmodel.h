// The sessions of a period (a month of the Planning workspace): date, time, committee, place and the
// number of cases registered, with the session, its committee and its cases available to the detail pane.
// Reads again when sessions, cases or committees change.
#pragma once

#include "models/itemmodels/storelistmodel.h"
#include "models/store/repositories.h"

#include <QHash>

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
        StatusColumn,
        ColumnCount
    };
    enum Role { SessionIdRole = Qt::UserRole + 1, StartDateRole };

    struct Row {
        Session session;
        QString committee;
        int caseCount = 0;
    };

    explicit SessionListModel(Database &db, QObject *parent = nullptr);

    // Loads the sessions starting on a day in [from, to] (dates of the boards' clock, Europe/Paris), in time
    // order.
    void setPeriod(const QDate &from, const QDate &to);
    void reload();
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    const Row *rowAt(int row) const;
    std::vector<Session> sessions() const;  // the period's sessions, in time order
    int rowOfDate(const QDate &date) const; // first session that day, or -1
    StoreRead<std::vector<Inscription>> casesOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) override;

private:
    // Reads the period's sessions into `rows`, or says why it could not.
    QString readPeriod(std::vector<Row> &rows);
    StoreRead<QString> committeeName(const QUuid &rcpId);

    SessionRepository m_sessions;
    RcpRepository m_rcps;
    InscriptionRepository m_inscriptions;
    QDate m_from;
    QDate m_to;
    std::vector<Row> m_rows;
    QHash<QUuid, QString> m_committees;
};

} // namespace concerto
