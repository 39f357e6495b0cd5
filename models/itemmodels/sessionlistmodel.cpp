// Sessions of a period, read through SessionRepository::between, with committee names cached.
#include "models/itemmodels/sessionlistmodel.h"
#include "models/domain/boardtime.h"
#include "models/domain/labels.h"

#include <QLocale>

namespace concerto {

SessionListModel::SessionListModel(Database &db, QObject *parent)
    : StoreListModel(db, {QStringLiteral("session"), QStringLiteral("inscription"), QStringLiteral("rcp")},
                     parent)
    , m_sessions(db)
    , m_rcps(db)
    , m_inscriptions(db) {}

void SessionListModel::setPeriod(const QDate &from, const QDate &to) {
    m_from = from;
    m_to = to;
    reload();
}

void SessionListModel::reload() {
    std::vector<Row> rows;
    m_committees.clear();
    const QString error = readPeriod(rows);
    beginResetModel();
    // A period that cannot be read whole is not shown in part.
    m_rows = error.isEmpty() ? std::move(rows) : std::vector<Row>();
    endResetModel();
    setError(error);
}

void SessionListModel::storeChanged(const QString &, const QList<QUuid> &, ChangeKind) {
    reload();
}

QString SessionListModel::readPeriod(std::vector<Row> &rows) {
    if (!m_from.isValid() || !m_to.isValid())
        return {};
    StoreRead<std::vector<Session>> sessions = m_sessions.onDays(m_from, m_to);
    if (!sessions.ok())
        return sessions.error;
    for (Session &s : *sessions) {
        Row row;
        const StoreRead<QString> committee = committeeName(s.rcpId);
        const StoreRead<int> cases = m_inscriptions.countForSession(s.meta.id);
        if (!committee.ok())
            return committee.error;
        if (!cases.ok())
            return cases.error;
        row.committee = *committee;
        row.caseCount = *cases;
        row.session = std::move(s);
        rows.push_back(std::move(row));
    }
    return {};
}

StoreRead<QString> SessionListModel::committeeName(const QUuid &rcpId) {
    auto it = m_committees.constFind(rcpId);
    if (it != m_committees.constEnd())
        return StoreRead<QString>::success(*it);
    const StoreRead<std::optional<Rcp>> rcp = m_rcps.find(rcpId);
    if (!rcp.ok())
        return StoreRead<QString>::failure(rcp.error);
    const QString name = rcp.value ? rcp.value->name : tr("Unknown committee");
    m_committees.insert(rcpId, name);
    return StoreRead<QString>::success(name);
}

const SessionListModel::Row *SessionListModel::rowAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

std::vector<Session> SessionListModel::sessions() const {
    std::vector<Session> all;
    all.reserve(m_rows.size());
    for (const Row &r : m_rows)
        all.push_back(r.session);
    return all;
}

int SessionListModel::rowOfDate(const QDate &date) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (toBoardTime(m_rows[i].session.startsAt).date() == date)
            return int(i);
    return -1;
}

StoreRead<std::vector<Inscription>> SessionListModel::casesOf(int row) const {
    const Row *r = rowAt(row);
    if (!r)
        return {};
    StoreRead<std::vector<Inscription>> cases = m_inscriptions.forSession(r->session.meta.id);
    std::sort(cases->begin(), cases->end(),
              [](const Inscription &a, const Inscription &b) { return a.agendaOrder < b.agendaOrder; });
    return cases;
}

int SessionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const {
    const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const QDateTime local = toBoardTime(r->session.startsAt);
    if (role == SessionIdRole)
        return r->session.meta.id;
    if (role == StartDateRole)
        return local.date();
    if (role == Qt::TextAlignmentRole && index.column() == CasesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(local.date(), QLocale::ShortFormat);
    case TimeColumn:
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    case CommitteeColumn:
        return r->committee;
    case PlaceColumn:
        return r->session.place;
    case CasesColumn:
        return r->caseCount;
    case StatusColumn:
        return labels::sessionStatus(r->session.status);
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StoreListModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case CommitteeColumn:
        return tr("Committee");
    case PlaceColumn:
        return tr("Place");
    case CasesColumn:
        return tr("Cases");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace concerto
