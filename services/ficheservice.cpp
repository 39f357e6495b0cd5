// Signature and amendment of the fiche RCP: the check, then the store's write unit.
#include "services/ficheservice.h"

#include "models/store/syncconflicts.h"
#include "services/agendaservice.h"
#include "services/rights.h"

#include "models/domain/casesnapshot.h"

#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "models/validation/fichecheck.h"

#include <QCoreApplication>
#include <algorithm>

namespace concerto {

FicheService::FicheService(Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor) {}

FicheService::FicheService(Database &db)
    : FicheService(db, machineAdministrator()) {}

StoreRead<std::optional<Fiche>> FicheService::find(const QUuid &ficheId) const {
    return FicheRepository(m_db).find(ficheId);
}

StoreRead<std::vector<Fiche>> FicheService::versions(const QUuid &setId) const {
    StoreRead<std::vector<Fiche>> all = FicheRepository(m_db).versions(setId);
    if (all.ok())
        std::sort(all->begin(), all->end(),
                  [](const Fiche &a, const Fiche &b) { return a.versionNumber < b.versionNumber; });
    return all;
}

StoreRead<std::vector<AuditEntry>> FicheService::history(const QUuid &setId) const {
    const StoreRead<std::vector<Fiche>> all = versions(setId);
    if (!all.ok())
        return StoreRead<std::vector<AuditEntry>>::failure(all.error);
    std::vector<QUuid> ids;
    for (const Fiche &f : *all)
        ids.push_back(f.meta.id);
    return auditOf(m_db, QStringLiteral("fiche"), ids);
}

StoreRead<reports::FicheContext> FicheService::printable(const Fiche &fiche) const {
    return reports::loadFicheContext(m_db, fiche);
}

reports::FicheCodeLabels FicheService::codeLabels(const reports::FicheContext &context) const {
    return reports::loadCodeLabels(m_db, context);
}

StoreRead<reports::SessionContext> FicheService::session(const QUuid &sessionId) const {
    return reports::loadSessionContext(m_db, sessionId);
}

StoreRead<std::vector<reports::PrintableFiche>>
FicheService::sessionFiches(const reports::SessionContext &session) const {
    return reports::loadSessionFiches(m_db, session);
}

StoreResult FicheService::sign(Fiche &fiche, const QUuid &signerId, const QJsonObject &caseSnapshot) {
    if (StoreResult may = allowed(m_actor, Action::SignFiches); !may)
        return may;
    if (m_actor.isRestricted() && signerId != m_actor.professionalId)
        return StoreResult::failure(QCoreApplication::translate(
            "Fiches", "A fiche is signed by the person signed in, as themselves."));
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    // Another version of it waits beside it for a person (a sync conflict): settle that first.
    const StoreRead<bool> caught = hasOpenConflict(m_db, QStringLiteral("fiche"), fiche.meta.id);
    if (!caught.ok())
        return StoreResult::failure(caught.error);
    if (*caught)
        return StoreResult::failure(QCoreApplication::translate(
            "Fiches", "This fiche has a synchronisation conflict open: settle it in Synchronisation before "
                      "signing."));
    // The committee's quorum rule, read in the write unit: a rule changed meanwhile is the one checked.
    const StoreRead<std::optional<Rcp>> rcp = RcpRepository(m_db).find(fiche.rcpId);
    if (!rcp.ok())
        return StoreResult::failure(rcp.error);
    if (!rcp.value)
        return StoreResult::failure(QCoreApplication::translate(
            "Fiches",
            "The committee of this fiche is not in the directory: its quorum rule cannot be checked."));
    if ((m_actor.isRestricted() || !rcp.value->coordinatorId.isNull()) && !rcp.value->maySign(signerId))
        return StoreResult::failure(
            QCoreApplication::translate("Fiches",
                                        "Only the coordinator of %1 or a deputy named in the directory "
                                        "signs its fiches.")
                .arg(rcp.value->name));
    const validation::Check check =
        validation::checkFicheForSigning(fiche, signerId, caseSnapshot, rcp.value->quorum);
    if (!check.ok())
        return StoreResult::failure(check.text());
    Fiche signedFiche = fiche;
    if (const StoreResult saved = FicheRepository(m_db).saveSigned(signedFiche, signerId, caseSnapshot);
        !saved.ok)
        return saved;
    if (!unit.commit())
        return StoreResult::failure(unit.error());
    fiche = signedFiche;
    return StoreResult::success();
}

FicheService::SessionSigning FicheService::signSession(const QUuid &sessionId, const QUuid &signerId) {
    SessionSigning out;
    const StoreRead<std::vector<Inscription>> cases = agenda::read(m_db, sessionId);
    if (!cases.ok()) {
        out.error = cases.error;
        return out;
    }
    FicheRepository fiches(m_db);
    for (const Inscription &c : *cases) {
        const StoreRead<std::optional<Fiche>> found = fiches.latestForCase(c.meta.id);
        const StoreRead<std::optional<Patient>> patient = PatientRepository(m_db).find(c.patientId);
        const QString name = patient.ok() && patient.value ? patient.value->displayName() : QString();
        if (!found.ok() || !patient.ok()) {
            out.refused.push_back({{}, name, found.ok() ? patient.error : found.error});
            continue;
        }
        if (!found.value || found.value->isSigned() || found.value->status != DocumentStatus::Completed)
            continue; // not decided, or signed already
        Fiche fiche = *found.value;
        const QJsonObject snapshot = patient.value ? caseSnapshot(*patient.value, c) : QJsonObject();
        if (const StoreResult signedOk = sign(fiche, signerId, snapshot); signedOk.ok)
            ++out.signedCount;
        else
            out.refused.push_back({fiche.meta.id, name, signedOk.error});
    }
    return out;
}

StoreResult FicheService::saveDecision(Fiche &fiche) {
    if (StoreResult may = allowed(m_actor, Action::RecordDecisions); !may)
        return may;
    return writeDecision(fiche, nullptr);
}

StoreResult FicheService::writeDecision(Fiche &fiche, const QuorumOverride *override) {
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    FicheRepository fiches(m_db);
    const StoreRead<std::optional<Fiche>> stored = fiches.find(fiche.meta.id);
    if (!stored.ok())
        return StoreResult::failure(stored.error);
    if (!stored.value || stored.value->meta.deleted)
        return StoreResult::failure(QCoreApplication::translate("Fiches", "This fiche no longer exists."));
    if (stored.value->isSigned())
        return StoreResult::failure(QCoreApplication::translate(
            "Fiches", "This fiche is signed and can no longer change: a correction is a new version."));
    Fiche toSave = fiche;
    // The override is the coordinator's alone (overrideQuorum): a decision saved by anyone else keeps the
    // stored one, whatever the fiche it brings says.
    toSave.quorumOverride = override ? *override : stored.value->quorumOverride;
    if (const StoreResult saved = fiches.save(toSave); !saved.ok)
        return saved;
    if (!unit.commit())
        return StoreResult::failure(unit.error());
    fiche = toSave;
    return StoreResult::success();
}

StoreResult FicheService::overrideQuorum(Fiche &fiche, const QString &reason) {
    if (StoreResult may = allowed(m_actor, Action::SignFiches); !may)
        return may;
    if (reason.trimmed().isEmpty())
        return StoreResult::failure(QCoreApplication::translate(
            "Fiches", "Give the reason why the case is decided without its quorum."));
    // The committee of the fiche as stored, read in one write unit with the save.
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    const StoreRead<std::optional<Fiche>> stored = FicheRepository(m_db).find(fiche.meta.id);
    if (!stored.ok())
        return StoreResult::failure(stored.error);
    if (!stored.value || stored.value->meta.deleted)
        return StoreResult::failure(QCoreApplication::translate("Fiches", "This fiche no longer exists."));
    const StoreRead<std::optional<Rcp>> rcp = RcpRepository(m_db).find(stored.value->rcpId);
    if (!rcp.ok())
        return StoreResult::failure(rcp.error);
    if (!rcp.value || rcp.value->meta.deleted)
        return StoreResult::failure(
            QCoreApplication::translate("Fiches", "The committee of this fiche is not in the directory."));
    const QUuid coordinator = m_actor.isRestricted() ? m_actor.professionalId : rcp.value->coordinatorId;
    if (coordinator.isNull() || !rcp.value->maySign(coordinator))
        return StoreResult::failure(
            QCoreApplication::translate(
                "Fiches",
                "Only the coordinator of %1 or a deputy named in the directory overrides its quorum.")
                .arg(rcp.value->name));
    QuorumOverride override;
    override.coordinatorId = coordinator;
    override.reason = reason.trimmed();
    override.at = m_db.now();
    const StoreResult saved = writeDecision(fiche, &override);
    if (!saved)
        return saved;
    if (!unit.commit())
        return StoreResult::failure(unit.error());
    return StoreResult::success();
}

StoreResult FicheService::amend(const Fiche &signedFiche, const QString &reason, Fiche *amendment) {
    if (StoreResult may = allowed(m_actor, Action::AmendFiches); !may)
        return may;
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    Fiche next;
    if (const StoreResult made = FicheRepository(m_db).amend(signedFiche, reason, &next); !made.ok)
        return made;
    if (!unit.commit())
        return StoreResult::failure(unit.error());
    if (amendment)
        *amendment = next;
    return StoreResult::success();
}

} // namespace concerto
