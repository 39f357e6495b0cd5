// The fiche RCP's use cases that change it once it is written: the coordinator's signature, checked by the
// one signing rule (validation::checkFicheForSigning, with the quorum rule of the fiche's committee)
// before the store writes it, and the amendment of a signed fiche as a new version; and what printing a
// fiche or a session's fiches reads. The store's triggers stay as the last line: a signed fiche never
// changes, whoever writes.
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/roles.h"
#include "models/store/auditlog.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "reports/fichehtml.h"
#include "reports/sessionpdf.h"

#include <QJsonObject>

namespace concerto {

class FicheService final {
public:
    // Writes as `actor` (the machine's administrator by default: the command line, the tests).
    explicit FicheService(Database &db, const Actor &actor);
    explicit FicheService(Database &db);

    StoreRead<std::optional<Fiche>> find(const QUuid &ficheId) const;
    // Every version of the document `setId`, first version first (each stays readable).
    StoreRead<std::vector<Fiche>> versions(const QUuid &setId) const;
    // Who did what to the document and when, from the audit rows of all its versions, oldest first.
    StoreRead<std::vector<AuditEntry>> history(const QUuid &setId) const;
    // What the printed fiche shows: the fiche with its patient, case, session and committee, and the
    // words of its codes.
    StoreRead<reports::FicheContext> printable(const Fiche &fiche) const;
    reports::FicheCodeLabels codeLabels(const reports::FicheContext &context) const;
    // A session and the latest version of each of its fiches, for printing them all.
    StoreRead<reports::SessionContext> session(const QUuid &sessionId) const;
    StoreRead<std::vector<reports::PrintableFiche>>
    sessionFiches(const reports::SessionContext &session) const;

    // Signs `fiche` as `signerId`, freezing `caseSnapshot`, in one write unit: refused with every reason
    // the signing check gives (one a line), or when its committee cannot be read; nothing written then.
    // Only the committee's coordinator or a deputy named in the directory signs (for the machine's
    // administrator, only when the committee names a coordinator); a person signs as themselves only.
    // On success `fiche` is the signed version as stored.
    StoreResult sign(Fiche &fiche, const QUuid &signerId, const QJsonObject &caseSnapshot = {});
    // What signing a whole session did: how many fiches were signed, and each one refused, with the
    // patient's name and the signing check's reasons.
    struct SessionSigning {
        int signedCount = 0;
        struct Refusal {
            QUuid ficheId;
            QString patient;
            QString reason;
        };
        std::vector<Refusal> refused{};
        QString error{}; // the session could not be read: nothing was signed
    };
    // Signs, as `signerId`, every decided fiche of the session (completed, not signed yet, latest version
    // of its case), each in its own write unit through sign() with its case frozen: the ones that pass the
    // signing check are signed, the others listed with their reasons and left as they were.
    SessionSigning signSession(const QUuid &sessionId, const QUuid &signerId);

    // Saves the board's decision on a fiche not signed yet (the decision panel), in one write unit; refused
    // in words for a signed fiche (a correction is a new version: amend) or one that no longer exists.
    StoreResult saveDecision(Fiche &fiche);
    // The coordinator's override of a quorum not met, with its reason: who (the person signed in, who must
    // be the committee's coordinator or a deputy) and when (now) are filled in here, saved with the rest of
    // `fiche` in one write unit; refused without a reason or for a signed fiche.
    StoreResult overrideQuorum(Fiche &fiche, const QString &reason);
    // A correction of the latest signed version: a new, unsigned version with its reason.
    StoreResult amend(const Fiche &signedFiche, const QString &reason, Fiche *amendment = nullptr);

private:
    // Saves the decision in one write unit; the quorum override is `override` when given, else the stored
    // one.
    StoreResult writeDecision(Fiche &fiche, const QuorumOverride *override);

    Database &m_db;
    const Actor &m_actor;
};

} // namespace concerto
