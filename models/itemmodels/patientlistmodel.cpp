// Lazy patient list: pages of kPageSize rows from the repository.
#include "models/itemmodels/patientlistmodel.h"
#include "models/domain/labels.h"

#include <QLocale>

namespace concerto {

PatientListModel::PatientListModel(Database &db, QObject *parent)
    : StoreListModel(db, {QString::fromLatin1(TableTraits<Patient>::table)}, parent)
    , m_patients(db) {}

void PatientListModel::setSearchText(const QString &text) {
    m_search = text.trimmed();
    reset();
}

void PatientListModel::reset() {
    // Views ask for rows while the reset is announced: they get them once it is over.
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    m_lastKey.clear();
    m_complete = false;
    m_query = std::make_unique<PatientSearch>(m_patients, m_search);
    m_total = -1;
    setError({});
    endResetModel();
    m_resetting = false;
}

void PatientListModel::setTotal(int total) {
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalChanged(total);
}

void PatientListModel::storeChanged(const QString &, const QList<QUuid> &ids, ChangeKind kind) {
    if (kind != ChangeKind::Updated || !m_search.isEmpty()) {
        reset(); // a record comes or goes, or a search may match differently: read the list again
        return;
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (!ids.contains(m_rows[i].meta.id))
            continue;
        StoreRead<std::optional<Patient>> fresh = m_patients.find(m_rows[i].meta.id);
        if (!fresh.ok()) {
            setError(fresh.error);
            return;
        }
        if (!fresh.value || fresh.value->meta.deleted || fresh.value->birthName != m_rows[i].birthName ||
            fresh.value->usedName != m_rows[i].usedName ||
            fresh.value->birthGivenNames != m_rows[i].birthGivenNames) {
            reset(); // its place in the list may have changed
            return;
        }
        m_rows[i] = std::move(*fresh.value);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

const Patient *PatientListModel::patientAt(int row) const {
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int PatientListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool PatientListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_complete;
}

void PatientListModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || m_complete || m_resetting)
        return;
    if (!m_query)
        m_query = std::make_unique<PatientSearch>(m_patients, m_search);
    // The total first: a search that finds nobody says so without reading a page.
    if (m_rows.empty() && m_total < 0) {
        const StoreRead<int> total = isSearching() ? m_query->count() : m_patients.count();
        if (!total.ok()) {
            m_complete = true; // nothing is shown, marked as unreadable by the error
            setError(total.error);
            return;
        }
        setTotal(*total);
    }
    const int pageSize = isSearching() ? kSearchPageSize : kPageSize;
    StoreRead<PageOf<Patient>> read =
        isSearching() ? m_query->pageAfter(m_lastKey, pageSize) : m_patients.pageAfter(m_lastKey, pageSize);
    if (!read.ok()) {
        m_complete = true; // what is shown stays, marked as incomplete by the error
        setError(read.error);
        return;
    }
    m_lastKey = read->lastKey;
    std::vector<Patient> page = std::move(read->items);
    if (int(page.size()) < pageSize || read->lastKey.isEmpty())
        m_complete = true;
    if (page.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    for (Patient &p : page)
        m_rows.push_back(std::move(p));
    endInsertRows();
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const {
    const Patient *p = index.isValid() ? patientAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == PatientIdRole)
        return p->meta.id;
    // The column says the identity status in words; its tooltip adds the national code (PROV, RECUP,
    // VALI, QUAL).
    if (role == Qt::ToolTipRole && index.column() == IdentityStatusColumn)
        return QStringLiteral("%1 (%2)").arg(labels::identityStatus(p->identityStatus),
                                             Patient::identityStatusCode(p->identityStatus));
    if (role == Qt::ToolTipRole && index.column() == BirthName && p->awaitsDuplicateReview())
        return tr("May be the same person as another identity: to review");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case BirthName:
        return p->birthName.toUpper();
    case UsedName:
        return p->usedName.toUpper();
    case GivenNames:
        return p->birthGivenNames.join(QLatin1Char(' '));
    case Sex:
        return p->sex == Sex::Female ? tr("F") : p->sex == Sex::Male ? tr("M") : tr("?");
    case BirthDate:
        return QLocale().toString(p->birthDate, QLocale::ShortFormat);
    case Ins:
        // The INS is shown only for a qualified identity.
        return p->mayShareIns() ? p->ins : QString();
    case IdentityStatusColumn:
        // A possible duplicate (marked by an import, or saved over the identity editor's look-alike
        // warning) says so in the list itself, not only in its tooltip.
        return p->awaitsDuplicateReview()
                   ? tr("%1 · to review").arg(labels::identityStatus(p->identityStatus))
                   : labels::identityStatus(p->identityStatus);
    case Ipp:
        return p->ipp;
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StoreListModel::headerData(section, orientation, role);
    switch (section) {
    case BirthName:
        return tr("Birth name");
    case UsedName:
        return tr("Used name");
    case GivenNames:
        return tr("Given names");
    case Sex:
        return tr("Sex");
    case BirthDate:
        return tr("Birth date");
    case Ins:
        return tr("INS");
    case IdentityStatusColumn:
        return tr("Identity");
    case Ipp:
        return tr("IPP");
    default:
        return {};
    }
}

} // namespace concerto
