// Drafts of open cases, kept on this computer only (table case_draft, schema 9): the working copy of a
// case as the user left it, written a moment after each change and when the editor closes, so that no
// edit is lost when the window closes or the program is killed. Never in the change journal, never sent:
// the case itself is saved through InscriptionRepository, which removes the draft in the same transaction.
#pragma once

#include "models/store/database.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace concerto::editing {

struct CaseDraft {
    QUuid inscriptionId; // the case, or the id made for a new case not saved yet
    bool isNew = false;  // the case has never been saved
    QUuid patientId;
    QUuid sessionId;
    QJsonObject json;  // {"case": the working copy, "prefill": what was taken from an earlier fiche}
    QDateTime savedAt; // UTC
    QString author;    // the user at work when it was written (set by write()); empty for an older draft
    // Why the stored draft cannot be read (not JSON, not a JSON object), in the user's language; empty
    // when it reads. A damaged draft is still found, so that it can be offered for discarding.
    QString damage;
};

class CaseDraftStore final {
public:
    explicit CaseDraftStore(Database &db)
        : m_db(db) {}

    // Writes (or replaces) the draft of a case in its own transaction, or inside the caller's.
    StoreResult write(const CaseDraft &draft);
    StoreResult remove(const QUuid &inscriptionId);
    StoreRead<std::optional<CaseDraft>> find(const QUuid &inscriptionId) const;
    // The drafts of new cases of a patient, newest first: what "register" offers to take up again.
    StoreRead<std::vector<CaseDraft>> newCasesOf(const QUuid &patientId) const;

private:
    Database &m_db;
};

} // namespace concerto::editing
