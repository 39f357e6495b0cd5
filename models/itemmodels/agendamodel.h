// The agenda of one session as a list: order number, patient, requesting physician, registered or to
// discuss, complete or what is missing, late mark, where the case stands at the meeting. Rows can be dragged to a new place (one journaled
// write through agenda::moveCase). Reads again when cases, the session, patients, professionals or
// committees change.
#pragma once

#include "models/itemmodels/storelistmodel.h"
#include "services/services.h"
#include "services/sessioncompleteness.h"

namespace concerto {

class AgendaModel final : public StoreListModel {
    Q_OBJECT
public:
    enum Column {
        OrderColumn,
        PatientColumn,
        CompletenessColumn,
        LateColumn,
        KindColumn,
        RequesterColumn,
        StateColumn, // to discuss, being discussed, discussed, registered, postponed
        ColumnCount
    };
    enum Role { InscriptionIdRole = Qt::UserRole + 1, CompleteRole, MissingRole };

    explicit AgendaModel(Database &db, QObject *parent = nullptr);
    // On the services of the open database (what the screens hold).
    explicit AgendaModel(Services &services, QObject *parent = nullptr)
        : AgendaModel(services.store(), parent) {}

    // Shows the agenda of a session (none for a null id).
    void setSession(const QUuid &sessionId);
    QUuid sessionId() const { return m_sessionId; }
    void reload();

    // The session, its committee and its cases in agenda order, with what each lacks.
    const validation::SessionCompleteness &summary() const { return m_summary; }
    QUuid inscriptionAt(int row) const;
    int rowOf(const QUuid &inscriptionId) const; // -1 when not on this agenda

    // Moves the case of `row` by `delta` places, or to `position`: one journaled write. False, with
    // writeFailed emitted, when the store refused it.
    bool moveBy(int row, int delta);
    bool moveTo(int row, int position);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop inside the list: a row carries its case id; a drop moves that case there.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // A move the store refused, with its reason in the user's language.
    void writeFailed(const QString &error);

protected:
    void storeChanged(const QString &entity, const QList<QUuid> &ids, ChangeKind kind) override;

private:
    const validation::CaseInSession *rowAt(int row) const;

    Database &m_db;
    QUuid m_sessionId;
    validation::SessionCompleteness m_summary;
};

} // namespace concerto
