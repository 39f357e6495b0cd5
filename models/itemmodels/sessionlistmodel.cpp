// Sessions of a period, read through SessionRepository::between, with committee names cached.
#include "models/itemmodels/sessionlistmodel.h"
#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "services/sessioncompleteness.h"

#include <QCollator>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace concerto {

SessionListModel::SessionListModel(Database &db, QObject *parent)
    : StoreListModel(db, {QStringLiteral("session"), QStringLiteral("inscription"), QStringLiteral("rcp")},
                     parent)
    , m_sessions(db)
    , m_rcps(db)
    , m_inscriptions(db)
    , m_reader(new ReadWorker(db.path(), this)) {}

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
    sortRows(m_rows);
    endResetModel();
    setError(error);
    startCounting();
}

void SessionListModel::startCounting() {
    const int generation = ++*m_generation;
    m_readsLeft = 0;
    struct ToCount {
        Session session;
        Rcp rcp;
    };
    std::vector<ToCount> batch;
    const auto post = [&] {
        auto latest = m_generation;
        m_reader->read<QHash<QUuid, int>>(
            [latest, generation, batch = std::move(batch)](Database &db) {
                QHash<QUuid, int> counts;
                for (const ToCount &c : batch) {
                    if (*latest != generation) // reloaded meanwhile: this answer would be dropped
                        break;
                    const StoreRead<int> incomplete = validation::incompleteCases(db, c.session, c.rcp);
                    if (!incomplete.ok())
                        return StoreRead<QHash<QUuid, int>>::failure(incomplete.error);
                    counts.insert(c.session.meta.id, *incomplete);
                }
                return StoreRead<QHash<QUuid, int>>::success(counts);
            },
            [this, generation](StoreRead<QHash<QUuid, int>> &counts) {
                if (generation != *m_generation)
                    return;
                if (!counts.ok()) {
                    m_readsLeft = 0;
                    ++*m_generation;        // the reads still queued stop at once
                    setError(counts.error); // never a count left blank as if nothing were missing
                    return;
                }
                counted(*counts);
            });
        ++m_readsLeft;
        batch.clear();
    };
    for (const Row &row : m_rows) {
        if (row.incompleteCount >= 0)
            continue;
        const StoreRead<Rcp> rcp = committee(row.session.rcpId);
        if (!rcp.ok()) {
            setError(rcp.error);
            return;
        }
        batch.push_back({row.session, *rcp});
        if (batch.size() == 4) // a few sessions a read: the rows fill in as they are counted
            post();
    }
    if (!batch.empty())
        post();
}

void SessionListModel::counted(const QHash<QUuid, int> &counts) {
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const int r = rowOf(it.key());
        if (r < 0)
            continue;
        m_rows[std::size_t(r)].incompleteCount = it.value();
        Q_EMIT dataChanged(index(r, CompletenessColumn), index(r, CompletenessColumn));
    }
    if (--m_readsLeft > 0)
        return;
    if (m_sortColumn == CompletenessColumn)
        sort(m_sortColumn, m_sortOrder);
    Q_EMIT completenessCounted();
}

void SessionListModel::storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind) {
    // While counting, a count already made may predate the change: everything is read again.
    if (entity == QLatin1String("inscription") && errorText().isEmpty() && !countingCompleteness() &&
        refreshCases(ids))
        return;
    reload();
}

bool SessionListModel::refreshCases(const QList<QUuid> &inscriptionIds) {
    QSet<QUuid> touched; // the sessions the changed cases are on now
    for (const QUuid &id : inscriptionIds) {
        const StoreRead<std::optional<Inscription>> found = m_inscriptions.find(id);
        if (!found.ok())
            return false;
        if (found.value)
            touched.insert(found.value->sessionId);
    }
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        const StoreRead<int> cases = m_inscriptions.countForSession(row.session.meta.id);
        if (!cases.ok())
            return false;
        // A session a case left has one case less; the session it went to is among `touched`.
        if (*cases == row.caseCount && !touched.contains(row.session.meta.id))
            continue;
        const StoreRead<Rcp> rcp = committee(row.session.rcpId);
        if (!rcp.ok())
            return false;
        const StoreRead<int> incomplete =
            validation::incompleteCases(m_sessions.database(), row.session, *rcp);
        if (!incomplete.ok())
            return false;
        row.caseCount = *cases;
        row.incompleteCount = *incomplete;
        Q_EMIT dataChanged(index(int(r), CasesColumn), index(int(r), CompletenessColumn));
    }
    if (m_sortColumn == CasesColumn || m_sortColumn == CompletenessColumn)
        sort(m_sortColumn, m_sortOrder);
    return true;
}

QString SessionListModel::readPeriod(std::vector<Row> &rows) {
    if (!m_from.isValid() || !m_to.isValid())
        return {};
    StoreRead<std::vector<Session>> sessions = m_sessions.onDays(m_from, m_to);
    if (!sessions.ok())
        return sessions.error;
    for (Session &s : *sessions) {
        Row row;
        const StoreRead<Rcp> rcp = committee(s.rcpId);
        if (!rcp.ok())
            return rcp.error;
        const StoreRead<int> cases = m_inscriptions.countForSession(s.meta.id);
        if (!cases.ok())
            return cases.error;
        row.committee = rcp->name;
        row.caseCount = *cases;
        row.incompleteCount = *cases > 0 ? -1 : 0; // counted after the list is shown (startCounting)
        row.session = std::move(s);
        rows.push_back(std::move(row));
    }
    return {};
}

StoreRead<Rcp> SessionListModel::committee(const QUuid &rcpId) {
    auto it = m_committees.constFind(rcpId);
    if (it != m_committees.constEnd())
        return StoreRead<Rcp>::success(*it);
    const StoreRead<std::optional<Rcp>> rcp = m_rcps.find(rcpId);
    if (!rcp.ok())
        return StoreRead<Rcp>::failure(rcp.error);
    Rcp found = rcp.value ? *rcp.value : Rcp();
    if (!rcp.value)
        found.name = tr("Unknown committee");
    m_committees.insert(rcpId, found);
    return StoreRead<Rcp>::success(found);
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

int SessionListModel::rowOf(const QUuid &sessionId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].session.meta.id == sessionId)
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
    if (role == IncompleteCountRole)
        return r->incompleteCount;
    if (role == Qt::TextAlignmentRole && index.column() == CasesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == CompletenessColumn && r->incompleteCount > 0)
        return tr("%Ln case(s) lack what the committee requires before the meeting", nullptr,
                  r->incompleteCount);
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
    case CompletenessColumn:
        if (r->caseCount == 0)
            return QString();
        if (r->incompleteCount < 0)
            return tr("checking…");
        return r->incompleteCount == 0 ? tr("all complete")
                                       : tr("%Ln incomplete", nullptr, r->incompleteCount);
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
    case CompletenessColumn:
        return tr("Completeness");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void SessionListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QUuid> ids;
    for (const QModelIndex &i : before)
        ids << (i.isValid() ? m_rows[std::size_t(i.row())].session.meta.id : QUuid());
    sortRows(m_rows);
    QModelIndexList after;
    for (int n = 0; n < before.size(); ++n) {
        int row = -1;
        for (std::size_t r = 0; r < m_rows.size() && row < 0; ++r)
            if (m_rows[r].session.meta.id == ids[n])
                row = int(r);
        after << (row < 0 ? QModelIndex() : index(row, before[n].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SessionListModel::sortRows(std::vector<Row> &rows) const {
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    // -1, 0, 1 by the sort column; ties stay in time order.
    auto compare = [&](const Row &a, const Row &b) -> int {
        switch (column) {
        case TimeColumn: {
            const QTime ta = toBoardTime(a.session.startsAt).time(),
                        tb = toBoardTime(b.session.startsAt).time();
            return ta < tb ? -1 : tb < ta ? 1 : 0;
        }
        case CommitteeColumn:
            return collator.compare(a.committee, b.committee);
        case PlaceColumn:
            return collator.compare(a.session.place, b.session.place);
        case CasesColumn:
            return a.caseCount < b.caseCount ? -1 : a.caseCount > b.caseCount ? 1 : 0;
        case CompletenessColumn:
            return a.incompleteCount < b.incompleteCount ? -1 : a.incompleteCount > b.incompleteCount ? 1 : 0;
        case StatusColumn:
            return collator.compare(labels::sessionStatus(a.session.status),
                                    labels::sessionStatus(b.session.status));
        default:
            return 0;
        }
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        int c = compare(a, b);
        if (c == 0)
            c = a.session.startsAt < b.session.startsAt   ? -1
                : b.session.startsAt < a.session.startsAt ? 1
                                                          : 0;
        return descending ? c > 0 : c < 0;
    });
}

} // namespace concerto
