// Lazy fiche list: pages from FicheRepository, patient and committee names looked up once each.
#include "models/itemmodels/fichelistmodel.h"
#include "models/domain/labels.h"

#include <QLocale>
#include <algorithm>

namespace concerto {

FicheListModel::FicheListModel(Database &db, QObject *parent)
    : StoreListModel(db, {QStringLiteral("fiche"), QStringLiteral("patient"), QStringLiteral("rcp")}, parent)
    , m_fiches(db)
    , m_patients(db)
    , m_rcps(db)
    , m_sessions(db) {}

void FicheListModel::setSignedOnly(bool signedOnly) {
    m_signedOnly = signedOnly;
    reload();
}

void FicheListModel::reload() {
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    m_lastKey.clear();
    m_patientNames.clear();
    m_committees.clear();
    m_complete = false;
    setError({});
    endResetModel();
    m_resetting = false;
}

void FicheListModel::storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) {
    if (entity != QLatin1String("fiche")) {
        // A patient's or a committee's name may have changed: look the names up again.
        m_patientNames.clear();
        m_committees.clear();
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    // A new or deleted fiche, or a change that moves one (the full list runs newest change first; a
    // signature brings a fiche into the signed list): read the list again.
    const bool allShown = std::all_of(ids.begin(), ids.end(), [this](const QUuid &id) {
        return std::any_of(m_rows.begin(), m_rows.end(), [&](const Fiche &f) { return f.meta.id == id; });
    });
    if (kind != ChangeKind::Updated || !m_signedOnly || !allShown) {
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
    StoreRead<PageOf<Fiche>> read = m_signedOnly ? m_fiches.signedPageAfter(m_lastKey, kPageSize)
                                                 : m_fiches.pageAfter(m_lastKey, kPageSize);
    if (!read.ok()) {
        m_complete = true; // what is shown stays, marked as incomplete by the error
        setError(read.error);
        return;
    }
    m_lastKey = read->lastKey;
    std::vector<Fiche> &page = read->items;
    if (int(page.size()) < kPageSize)
        m_complete = true;
    if (page.empty())
        return;
    beginInsertRows({}, offset, offset + int(page.size()) - 1);
    for (Fiche &f : page)
        m_rows.push_back(std::move(f));
    endInsertRows();
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
