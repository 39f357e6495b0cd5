// What the store's list models share: they follow the store's change announcements (a save on another
// screen, a sync pull) and say when reading failed, so that a view never shows part of a list as the
// whole of it.
#pragma once

#include "models/store/database.h"

#include <QAbstractTableModel>

namespace concerto {

class StoreListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Why the list could not be read (whole or in part), in the user's language; empty when it was.
    QString errorText() const { return m_error; }

Q_SIGNALS:
    // The list could not be read (`error` set) or reads again (`error` empty).
    void errorChanged(const QString &error);

protected:
    // Follows the changes of the tables named in `entities`.
    StoreListModel(Database &db, const QStringList &entities, QObject *parent);
    void setError(const QString &error);
    // Called after a commit changed records of one of the followed tables.
    virtual void storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) = 0;

private:
    QString m_error;
};

} // namespace concerto
