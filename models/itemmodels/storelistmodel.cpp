// Connects a list model to the store's change announcements and keeps its read error.
#include "models/itemmodels/storelistmodel.h"

namespace concerto {

StoreListModel::StoreListModel(Database &db, const QStringList &entities, QObject *parent)
    : QAbstractTableModel(parent) {
    connect(&db, &Database::recordsChanged, this,
            [this, entities](const QString &entity, const QList<QUuid> &ids, ChangeKind kind) {
                if (entities.contains(entity))
                    storeChanged(entity, ids, kind);
            });
}

void StoreListModel::setError(const QString &error) {
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged(m_error);
}

} // namespace concerto
