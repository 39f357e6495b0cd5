// Lazy fiche list: pages of the fiche table with the filter's SQL condition, patient and committee
// names looked up once each.
#include "models/itemmodels/fichelistmodel.h"
#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "models/store/patientsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace concerto {

FicheListModel::FicheListModel(Database &db, QObject *parent)
    : StoreListModel(db, {QStringLiteral("fiche"), QStringLiteral("patient"), QStringLiteral("rcp")}, parent)
    , m_fiches(db)
    , m_patients(db)
    , m_rcps(db)
    , m_sessions(db) {
    buildCondition();
}

void FicheListModel::setFilter(const FicheFilter &filter) {
    m_filter = filter;
    reload();
}

void FicheListModel::setSignedOnly(bool signedOnly) {
    FicheFilter f = m_filter;
    f.status = signedOnly ? FicheFilter::Status::Signed : FicheFilter::Status::All;
    setFilter(f);
}

bool FicheListModel::resolvePatients() {
    m_tooManyPatients = false;
    m_patientMatches = -1;
    m_patientIds.clear();
    const PatientSearch search(m_patients, m_filter.patientText);
    if (search.isEmpty())
        return true;
    const StoreRead<int> count = search.count();
    if (!count.ok()) {
        setError(count.error);
        return false;
    }
    m_patientMatches = *count;
    if (*count > kMaxPatients) {
        m_tooManyPatients = true;
        return false;
    }
    QJsonArray ids;
    if (*count > 0) {
        const StoreRead<PageOf<Patient>> found = search.pageAfter({}, *count);
        if (!found.ok()) {
            setError(found.error);
            return false;
        }
        for (const Patient &p : found->items)
            ids.append(json::idText(p.meta.id));
    }
    m_patientIds = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    return true;
}

// Each filter is a condition on the fiche table; one of them may lead the query through its index (the
// patients' fiches by fiche_patient, the cases of the sessions by fiche_inscription), the others then
// check the fiches it finds. Which one leads is chosen by counting, once per filter, how many fiches
// each would read: a page read through a small set sorts that set, a page read in the list's own order
// (the index of updated_at or signed_at) walks the list until it has a page of matches. Every fiche
// (no status chosen) is listed newest meeting first instead, through the sessions.
bool FicheListModel::buildCondition() {
    QStringList conditions;
    m_binds.clear();
    m_tooManyPatients = false;
    m_patientMatches = -1;
    m_lead = LeadByOrder;
    m_byMeeting = false;
    double share = 1.0; // the part of the fiches the status filter keeps (a rough guess)
    switch (m_filter.status) {
    case FicheFilter::Status::All:
        break;
    case FicheFilter::Status::Draft:
        conditions << QStringLiteral("signed_at IS NULL AND status = ?");
        m_binds << Fiche::statusCode(DocumentStatus::InProgress);
        share = 0.1;
        break;
    case FicheFilter::Status::ToValidate:
        conditions << QStringLiteral("signed_at IS NULL AND status = ?");
        m_binds << Fiche::statusCode(DocumentStatus::Completed);
        share = 0.05;
        break;
    case FicheFilter::Status::Signed:
        conditions << QStringLiteral("signed_at IS NOT NULL");
        share = 0.85;
        break;
    }
    // Committee and meeting date are the session's, through the fiche's case (inscription_id).
    QStringList session;
    QVariantList sessionBinds;
    if (!m_filter.rcpId.isNull()) {
        session << QStringLiteral("s.rcp_id = ?");
        sessionBinds << json::idText(m_filter.rcpId);
    }
    if (m_filter.from.isValid()) {
        session << QStringLiteral("s.starts_at >= ?");
        sessionBinds << json::timeText(fromBoardTime(m_filter.from, QTime(0, 0)));
    }
    if (m_filter.to.isValid()) {
        session << QStringLiteral("s.starts_at < ?");
        sessionBinds << json::timeText(fromBoardTime(m_filter.to.addDays(1), QTime(0, 0)));
    }
    const bool byPatient = !m_filter.patientText.trimmed().isEmpty();
    if (byPatient && (!resolvePatients() || m_patientMatches == 0))
        return false; // nobody, too many or unreadable: no fiche to read
    if (m_filter.status == FicheFilter::Status::All) {
        // Every fiche runs newest meeting first (FicheRepository::pageByMeeting): the sessions are
        // walked in that order (through session_rcp for a committee, session_start otherwise) and their
        // cases' fiches looked up; a patient's fiches are read through fiche_patient and sorted. The
        // status lists below stay in their own index's order (newest change first: worklists).
        m_byMeeting = true;
        m_walkSessions = !byPatient;
        m_lead = byPatient ? LeadByPatients : session.isEmpty() ? LeadByOrder : LeadByCases;
        QStringList where;
        if (!session.isEmpty()) {
            where << session.join(QLatin1String(" AND "));
            m_binds << sessionBinds;
        }
        if (byPatient) {
            where << QStringLiteral("fiche.patient_id IN (SELECT value FROM json_each(?))");
            m_binds << m_patientIds;
        }
        m_condition = where.join(QLatin1String(" AND "));
        return true;
    }
    if (session.isEmpty() && !byPatient) {
        m_condition = conditions.join(QLatin1String(" AND "));
        return true;
    }

    // How many fiches each filter leads to (index counts, a few milliseconds on a large file).
    const StoreRead<int> all = m_fiches.countOf(QStringLiteral("SELECT max(rowid) FROM fiche"), {});
    if (!all.ok()) {
        setError(all.error);
        return false;
    }
    const double total = std::max(1, *all);
    const QString sessionWhere = session.join(QLatin1String(" AND "));
    int caseFiches = -1;
    if (!session.isEmpty()) {
        const StoreRead<int> n =
            m_fiches.countOf(QStringLiteral("SELECT count(*) FROM session AS s JOIN inscription AS"
                                            " i ON i.session_id = s.id WHERE %1")
                                 .arg(sessionWhere),
                             sessionBinds);
        if (!n.ok()) {
            setError(n.error);
            return false;
        }
        if (*n == 0)
            return false; // no case in these sessions
        caseFiches = *n;
    }
    int patientFiches = -1;
    if (byPatient) {
        const StoreRead<int> n = m_fiches.countOf(
            QStringLiteral("SELECT count(*) FROM fiche WHERE patient_id IN (SELECT value FROM json_each(?))"),
            {m_patientIds});
        if (!n.ok()) {
            setError(n.error);
            return false;
        }
        if (*n == 0)
            return false; // these patients have no fiche
        patientFiches = *n;
    }
    // A page in list order reads about a page divided by the share of fiches that match.
    double expected = total * share;
    if (caseFiches >= 0)
        expected *= caseFiches / total;
    if (patientFiches >= 0)
        expected *= patientFiches / total;
    const double walkCost = kPageSize * total / std::max(1.0, expected);
    const bool leadByCases =
        caseFiches >= 0 && caseFiches <= walkCost && (patientFiches < 0 || caseFiches <= patientFiches);
    const bool leadByPatients = !leadByCases && patientFiches >= 0 && patientFiches <= walkCost;
    m_lead = leadByCases ? LeadByCases : leadByPatients ? LeadByPatients : LeadByOrder;
    // The unary + keeps SQLite from reading the unsigned fiches of a status (fiche_unsigned_status, or
    // fiche_live) when the cases or the patients lead: it would walk every draft of the file.
    if (m_lead != LeadByOrder && !conditions.isEmpty())
        conditions.first().replace(QLatin1String(" status = ?"), QLatin1String(" +status = ?"));

    if (!session.isEmpty()) {
        // Led by the cases: the fiches of the sessions' cases through fiche_inscription. Otherwise each
        // fiche found looks its case's session up.
        conditions << (leadByCases
                           ? QStringLiteral("inscription_id IN (SELECT i.id FROM session AS s JOIN"
                                            " inscription AS i ON i.session_id = s.id WHERE %1)")
                           : QStringLiteral("EXISTS (SELECT 1 FROM inscription AS i JOIN session AS s"
                                            " ON s.id = i.session_id WHERE i.id = fiche.inscription_id"
                                            " AND %1)"))
                          .arg(sessionWhere);
        m_binds << sessionBinds;
    }
    if (byPatient) {
        // The unary + keeps SQLite from reading through fiche_patient when another filter leads.
        conditions << (leadByPatients ? QStringLiteral("patient_id IN (SELECT value FROM json_each(?))")
                                      : QStringLiteral("+patient_id IN (SELECT value FROM json_each(?))"));
        m_binds << m_patientIds;
    }
    m_condition = conditions.join(QLatin1String(" AND "));
    return true;
}

void FicheListModel::reload() {
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    m_lastKey.clear();
    m_patientNames.clear();
    m_committees.clear();
    setError({});
    // A patient filter that finds nobody (or too many) lists nothing without reading the fiches.
    m_complete = !buildCondition();
    endResetModel();
    m_resetting = false;
    Q_EMIT contentsChanged();
}

bool FicheListModel::matchesNothing() const {
    return m_complete && m_rows.empty() && errorText().isEmpty();
}

void FicheListModel::storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) {
    if (entity != QLatin1String("fiche")) {
        // A patient's name may now match the patient filter, or no longer: read the list again.
        if (entity == QLatin1String("patient") && !m_filter.patientText.trimmed().isEmpty()) {
            reload();
            return;
        }
        // A patient's or a committee's name may have changed: look the names up again.
        m_patientNames.clear();
        m_committees.clear();
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    // A new or deleted fiche, or a change that moves one (the full list runs newest change first; a
    // new status moves a fiche in or out of a status filter): read the list again. Only a signed fiche
    // (its server version) changes in place, in the signed list.
    const bool allShown = std::all_of(ids.begin(), ids.end(), [this](const QUuid &id) {
        return std::any_of(m_rows.begin(), m_rows.end(), [&](const Fiche &f) { return f.meta.id == id; });
    });
    if (kind != ChangeKind::Updated || !signedOnly() || !allShown) {
        reload();
        return;
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (!ids.contains(m_rows[i].meta.id))
            continue;
        StoreRead<std::optional<Fiche>> fresh = m_fiches.find(m_rows[i].meta.id);
        if (!fresh.ok()) {
            setError(fresh.error);
            return;
        }
        if (!fresh.value || fresh.value->meta.deleted) {
            reload();
            return;
        }
        m_rows[i] = std::move(*fresh.value);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

const Fiche *FicheListModel::ficheAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int FicheListModel::rowOf(const QUuid &ficheId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].meta.id == ficheId)
            return int(i);
    return -1;
}

QString FicheListModel::patientName(const QUuid &patientId) const {
    auto it = m_patientNames.constFind(patientId);
    if (it != m_patientNames.constEnd())
        return *it;
    const StoreRead<std::optional<Patient>> p = m_patients.find(patientId);
    if (!p.ok())
        return tr("(unreadable)");
    const QString name = p.value ? p.value->displayName() : QString();
    m_patientNames.insert(patientId, name);
    return name;
}

QString FicheListModel::committeeName(const Fiche &fiche) const {
    QUuid rcpId = fiche.rcpId;
    if (rcpId.isNull()) {
        const StoreRead<std::optional<Session>> session = m_sessions.find(fiche.sessionId);
        if (!session.ok())
            return tr("(unreadable)");
        if (!session.value)
            return {};
        rcpId = session.value->rcpId;
    }
    auto it = m_committees.constFind(rcpId);
    if (it != m_committees.constEnd())
        return *it;
    const StoreRead<std::optional<Rcp>> rcp = m_rcps.find(rcpId);
    if (!rcp.ok())
        return tr("(unreadable)");
    const QString name = rcp.value ? rcp.value->name : QString();
    m_committees.insert(rcpId, name);
    return name;
}

int FicheListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FicheListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool FicheListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_complete;
}

void FicheListModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || m_complete || m_resetting)
        return;
    const int offset = int(m_rows.size());
    StoreRead<PageOf<Fiche>> read =
        m_byMeeting ? m_fiches.pageByMeeting(m_condition, m_binds, m_walkSessions, m_lastKey, kPageSize)
                    : m_fiches.pageWhere(m_condition, m_binds, signedOnly(), m_lastKey, kPageSize);
    if (!read.ok()) {
        m_complete = true; // what is shown stays, marked as incomplete by the error
        setError(read.error);
        Q_EMIT contentsChanged();
        return;
    }
    m_lastKey = read->lastKey;
    std::vector<Fiche> &page = read->items;
    if (int(page.size()) < kPageSize)
        m_complete = true;
    if (!page.empty()) {
        beginInsertRows({}, offset, offset + int(page.size()) - 1);
        for (Fiche &f : page)
            m_rows.push_back(std::move(f));
        endInsertRows();
    }
    Q_EMIT contentsChanged();
}

QVariant FicheListModel::data(const QModelIndex &index, int role) const {
    const Fiche *f = index.isValid() ? ficheAt(index.row()) : nullptr;
    if (!f)
        return {};
    if (role == FicheIdRole)
        return f->meta.id;
    if (role == SignedRole)
        return f->isSigned();
    if (role == Qt::TextAlignmentRole && index.column() == VersionColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return labels::ficheState(*f);
    case VersionColumn:
        return f->versionNumber;
    case MeetingDateColumn:
        return QLocale().toString(f->meetingDate, QLocale::ShortFormat);
    case PatientColumn:
        return patientName(f->patientId);
    case CommitteeColumn:
        return committeeName(*f);
    default:
        return {};
    }
}

QVariant FicheListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StoreListModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case VersionColumn:
        return tr("Version");
    case MeetingDateColumn:
        return tr("Meeting date");
    case PatientColumn:
        return tr("Patient");
    case CommitteeColumn:
        return tr("Committee");
    default:
        return {};
    }
}

} // namespace concerto
