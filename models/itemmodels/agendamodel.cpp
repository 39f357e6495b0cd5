// A session's agenda read through validation::sessionCompleteness; moves through agenda::moveCase.
#include "models/itemmodels/agendamodel.h"
#include "models/domain/labels.h"

#include "services/agendaservice.h"

#include <QMimeData>
#include <algorithm>

namespace concerto {

namespace {
const QString kMimeType = QStringLiteral("application/x-concerto-inscription");
}

AgendaModel::AgendaModel(Database &db, QObject *parent)
    : StoreListModel(db,
                     {QStringLiteral("inscription"), QStringLiteral("session"), QStringLiteral("patient"),
                      QStringLiteral("professional"), QStringLiteral("rcp")},
                     parent)
    , m_db(db) {}

void AgendaModel::setSession(const QUuid &sessionId) {
    m_sessionId = sessionId;
    reload();
}

void AgendaModel::reload() {
    validation::SessionCompleteness summary;
    QString error;
    if (!m_sessionId.isNull()) {
        StoreRead<validation::SessionCompleteness> read = validation::sessionCompleteness(m_db, m_sessionId);
        error = read.error;
        if (read.ok())
            summary = std::move(*read);
    }
    beginResetModel();
    m_summary = std::move(summary); // an agenda that cannot be read whole is not shown in part
    endResetModel();
    setError(error);
}

void AgendaModel::storeChanged(const QString &, const QList<QUuid> &, ChangeKind) {
    reload();
}

const validation::CaseInSession *AgendaModel::rowAt(int row) const {
    return row >= 0 && row < int(m_summary.cases.size()) ? &m_summary.cases[std::size_t(row)] : nullptr;
}

QUuid AgendaModel::inscriptionAt(int row) const {
    const validation::CaseInSession *c = rowAt(row);
    return c ? c->inscription.meta.id : QUuid();
}

int AgendaModel::rowOf(const QUuid &inscriptionId) const {
    for (std::size_t r = 0; r < m_summary.cases.size(); ++r)
        if (m_summary.cases[r].inscription.meta.id == inscriptionId)
            return int(r);
    return -1;
}

bool AgendaModel::moveBy(int row, int delta) {
    return moveTo(row, std::max(0, row + delta));
}

bool AgendaModel::moveTo(int row, int position) {
    const QUuid id = inscriptionAt(row);
    if (id.isNull())
        return false;
    const StoreResult moved = agenda::moveCase(m_db, id, position);
    if (!moved.ok)
        Q_EMIT writeFailed(moved.error);
    return moved.ok;
}

int AgendaModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_summary.cases.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const {
    const validation::CaseInSession *c = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!c)
        return {};
    const Inscription &i = c->inscription;
    const bool complete = c->completeness.complete();
    switch (role) {
    case InscriptionIdRole:
        return i.meta.id;
    case CompleteRole:
        return complete;
    case MissingRole:
        return c->completeness.sentences();
    case Qt::ToolTipRole:
        if (index.column() == CompletenessColumn && !complete)
            return c->completeness.text();
        if (index.column() == LateColumn && i.lateRegistration)
            return tr("Registered after the session's registration deadline");
        if (index.column() == KindColumn && agenda::isRegisteredCase(i))
            return tr("Follows a guideline: registered without discussion, listed apart after the cases to "
                      "discuss");
        if (index.column() == StateColumn && i.agendaState == AgendaState::Postponed)
            return tr("Postponed: %1").arg(i.postponement.reason);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == OrderColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case OrderColumn:
        return index.row() + 1;
    case PatientColumn:
        return c->patient;
    case RequesterColumn:
        return c->requester.isEmpty() ? QStringLiteral("—") : c->requester;
    case KindColumn:
        return agenda::isRegisteredCase(i) ? tr("Registered") : tr("To discuss");
    case CompletenessColumn:
        return complete ? tr("Complete") : tr("%Ln missing", nullptr, int(c->completeness.items.size()));
    case LateColumn:
        return i.lateRegistration ? tr("Late") : QString();
    case StateColumn:
        return labels::agendaState(i.agendaState);
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return StoreListModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("#");
    case PatientColumn:
        return tr("Patient");
    case RequesterColumn:
        return tr("Requester");
    case KindColumn:
        return tr("Case");
    case CompletenessColumn:
        return tr("Completeness");
    case LateColumn:
        return tr("Late");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = StoreListModel::flags(index);
    if (m_db.isReadOnly())
        return f;
    return index.isValid() ? f | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled : f | Qt::ItemIsDropEnabled;
}

QStringList AgendaModel::mimeTypes() const {
    return {kMimeType};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    const QUuid id = inscriptionAt(indexes.first().row());
    if (id.isNull())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMimeType, id.toByteArray(QUuid::WithoutBraces));
    return data;
}

Qt::DropActions AgendaModel::supportedDropActions() const {
    return Qt::MoveAction;
}

Qt::DropActions AgendaModel::supportedDragActions() const {
    return Qt::MoveAction;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &) const {
    return data && action == Qt::MoveAction && !m_db.isReadOnly() &&
           rowOf(QUuid::fromString(QString::fromLatin1(data->data(kMimeType)))) >= 0;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int from = rowOf(QUuid::fromString(QString::fromLatin1(data->data(kMimeType))));
    // Dropped between rows (row), on a row (parent: takes its place), or below the last one.
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (to > from && (row >= 0 || !parent.isValid()))
        --to; // inserting before `row` once the case has left its own place
    // The view removes the dragged rows after a move it thinks it made: there are none to remove
    // (removeRows is not implemented), the list reads again from the store instead.
    return moveTo(from, to);
}

} // namespace concerto
