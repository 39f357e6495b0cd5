// The Cases workspace's list: one read of the period's cases, then each session, committee, patient and
// requesting physician looked up once, on the model's read worker.
#include "models/itemmodels/caselistmodel.h"
#include "models/domain/clock.h"

#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "models/store/repositories.h"

#include <QLocale>

namespace concerto {

CaseListModel::CaseListModel(Database &db, QObject *parent)
    : StoreListModel(db,
                     {QStringLiteral("inscription"), QStringLiteral("session"), QStringLiteral("patient"),
                      QStringLiteral("professional"), QStringLiteral("rcp")},
                     parent)
    , m_reader(new ReadWorker(db.path(), this)) {
    const QDate today = clock::today();
    m_filter.from = today;
    m_filter.to = today.addDays(27);
}

void CaseListModel::setFilter(const CaseListFilter &filter) {
    m_filter = filter;
    reload();
}

void CaseListModel::reload() {
    m_loading = true;
    if (m_reading) {
        m_readAgain = true; // the running read's answer is not the latest: it is dropped
        return;
    }
    startRead();
}

void CaseListModel::startRead() {
    m_reading = true;
    m_readAgain = false;
    const CaseListFilter filter = m_filter;
    m_reader->read<std::vector<Row>>([filter](Database &db) { return read(db, filter); },
                                     [this](StoreRead<std::vector<Row>> &rows) { show(rows); });
}

void CaseListModel::show(StoreRead<std::vector<Row>> &rows) {
    m_reading = false;
    if (m_readAgain) {
        startRead();
        return;
    }
    beginResetModel();
    if (rows.ok())
        m_rows = std::move(rows.value);
    else
        m_rows.clear(); // never part of the list shown as the whole of it
    endResetModel();
    m_loading = false;
    setError(rows.error);
    Q_EMIT loaded();
}

void CaseListModel::storeChanged(const QString &, const QList<QUuid> &, ChangeKind) {
    reload();
}

StoreRead<std::vector<CaseListModel::Row>> CaseListModel::read(Database &db, const CaseListFilter &filter) {
    using Result = StoreRead<std::vector<Row>>;
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return Result::failure(tr("The period is not valid: its first day must come before its last."));
    const QString state = filter.state ? Inscription::agendaStateCode(*filter.state) : QString();
    const StoreRead<std::vector<Inscription>> cases = InscriptionRepository(db).forSessionsBetween(
        fromBoardTime(filter.from, QTime(0, 0)), fromBoardTime(filter.to.addDays(1), QTime(0, 0)),
        filter.rcpId, state);
    if (!cases.ok())
        return Result::failure(cases.error);

    const StoreRead<std::vector<Rcp>> committees = RcpRepository(db).all();
    if (!committees.ok())
        return Result::failure(committees.error);
    QHash<QUuid, const Rcp *> rcps;
    for (const Rcp &r : *committees)
        rcps.insert(r.meta.id, &r);
    SessionRepository sessionRepository(db);
    PatientRepository patientRepository(db);
    ProfessionalRepository professionalRepository(db);
    QHash<QUuid, std::optional<Session>> sessions;
    QHash<QUuid, std::optional<Patient>> patients;
    QHash<QUuid, QString> requesters;
    const Rcp noCommittee;
    std::vector<Row> rows;

    for (const Inscription &i : *cases) {
        if (!filter.requesterId.isNull() && i.requesterId != filter.requesterId)
            continue;
        if (!sessions.contains(i.sessionId)) {
            StoreRead<std::optional<Session>> s = sessionRepository.find(i.sessionId);
            if (!s.ok())
                return Result::failure(s.error);
            sessions.insert(i.sessionId, std::move(s.value));
        }
        if (!patients.contains(i.patientId)) {
            StoreRead<std::optional<Patient>> p = patientRepository.find(i.patientId);
            if (!p.ok())
                return Result::failure(p.error);
            patients.insert(i.patientId, std::move(p.value));
        }
        if (!requesters.contains(i.requesterId)) {
            QString name;
            if (!i.requesterId.isNull()) {
                const StoreRead<std::optional<Professional>> pro = professionalRepository.find(i.requesterId);
                if (!pro.ok())
                    return Result::failure(pro.error);
                name = pro.value ? pro.value->displayName() : QString();
            }
            requesters.insert(i.requesterId, name);
        }
        const std::optional<Session> &session = sessions[i.sessionId];
        const std::optional<Patient> &patient = patients[i.patientId];
        const Rcp *rcp = session ? rcps.value(session->rcpId, nullptr) : nullptr;
        Row row;
        row.meeting = session ? toBoardTime(session->startsAt) : QDateTime();
        row.committee = rcp ? rcp->name : QString();
        row.patient = patient ? patient->displayName() : QString();
        row.requester = requesters[i.requesterId];
        const int age = patient ? validation::ageOn(patient->birthDate, row.meeting.date()) : -1;
        row.completeness = validation::checkCompleteness(i, age, rcp ? *rcp : noCommittee);
        row.inscription = i;
        rows.push_back(std::move(row));
    }
    return Result::success(std::move(rows));
}

const CaseListModel::Row *CaseListModel::rowAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int CaseListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const {
    const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const bool complete = r->completeness.complete();
    if (role == InscriptionIdRole)
        return r->inscription.meta.id;
    if (role == CompleteRole)
        return complete;
    if (role == SortRole) {
        if (index.column() == MeetingColumn)
            return r->meeting;
        if (index.column() == CompletenessColumn)
            return int(r->completeness.items.size());
        role = Qt::DisplayRole;
    }
    if (index.column() == CompletenessColumn && role == Qt::ToolTipRole && !complete)
        return r->completeness.text();
    if (role == Qt::ToolTipRole && index.column() == StateColumn && r->inscription.lateRegistration)
        return tr("Registered after the deadline");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MeetingColumn:
        return QLocale().toString(r->meeting, QLocale::ShortFormat);
    case CommitteeColumn:
        return r->committee;
    case PatientColumn:
        return r->patient;
    case RequesterColumn:
        return r->requester;
    case StateColumn:
        return r->inscription.lateRegistration
                   ? tr("%1 (late)").arg(labels::agendaState(r->inscription.agendaState))
                   : labels::agendaState(r->inscription.agendaState);
    case CompletenessColumn:
        return complete ? tr("Complete") : tr("%Ln missing", nullptr, int(r->completeness.items.size()));
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StoreListModel::headerData(section, orientation, role);
    switch (section) {
    case MeetingColumn:
        return tr("Meeting");
    case CommitteeColumn:
        return tr("Committee");
    case PatientColumn:
        return tr("Patient");
    case RequesterColumn:
        return tr("Requesting physician");
    case StateColumn:
        return tr("State");
    case CompletenessColumn:
        return tr("Completeness");
    default:
        return {};
    }
}

} // namespace concerto
