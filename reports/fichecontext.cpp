// Reads a fiche and what it refers to, once, for the PDF and the CDA.
#include "reports/fichecontext.h"

#include "models/domain/casesnapshot.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "models/store/syncconflicts.h"

#include <QCoreApplication>

namespace concerto::reports {

namespace {

// Reads the record `id` into `out`; false with `error` set when the read fails or finds nothing.
template <typename T, typename Repo>
bool readInto(const Repo &repo, const QUuid &id, T &out, const char *missing, QString *error) {
    const StoreRead<std::optional<T>> found = repo.find(id);
    if (!found.ok()) {
        *error = found.error;
        return false;
    }
    if (!found.value) {
        *error = QCoreApplication::translate("FicheContext", missing);
        return false;
    }
    out = *found.value;
    return true;
}

} // namespace

const Professional *FicheContext::professional(const QUuid &id) const {
    const auto it = professionals.find(id);
    return it == professionals.end() ? nullptr : &it->second;
}

const Organisation *FicheContext::establishment(const QUuid &id) const {
    const auto it = establishments.find(id);
    return it == establishments.end() ? nullptr : &it->second;
}

StoreRead<FicheContext> loadFicheContext(Database &db, const QUuid &ficheId) {
    const StoreRead<std::optional<Fiche>> found = FicheRepository(db).find(ficheId);
    if (!found.ok())
        return StoreRead<FicheContext>::failure(found.error);
    if (!found.value)
        return StoreRead<FicheContext>::failure(
            QCoreApplication::translate("FicheContext", "This fiche does not exist in the database."));
    return loadFicheContext(db, *found.value);
}

StoreRead<FicheContext> loadFicheContext(Database &db, const Fiche &fiche) {
    FicheContext c;
    c.fiche = fiche;
    QString error;
    const bool read =
        readInto(SessionRepository(db), fiche.sessionId, c.session,
                 QT_TRANSLATE_NOOP("FicheContext", "The session of this fiche is missing from the database."),
                 &error) &&
        readInto(InscriptionRepository(db), fiche.inscriptionId, c.inscription,
                 QT_TRANSLATE_NOOP("FicheContext", "The case of this fiche is missing from the database."),
                 &error) &&
        readInto(PatientRepository(db), fiche.patientId, c.patient,
                 QT_TRANSLATE_NOOP("FicheContext", "The patient of this fiche is missing from the database."),
                 &error) &&
        readInto(
            RcpRepository(db), fiche.rcpId.isNull() ? c.session.rcpId : fiche.rcpId, c.rcp,
            QT_TRANSLATE_NOOP("FicheContext", "The committee of this fiche is missing from the database."),
            &error) &&
        readInto(
            OrganisationRepository(db), c.rcp.organisationId, c.centre,
            QT_TRANSLATE_NOOP("FicheContext",
                              "The coordination centre (3C) of this committee is missing from the database."),
            &error);
    if (!read)
        return StoreRead<FicheContext>::failure(error);
    if (!c.centre.parentId.isNull()) {
        const StoreRead<std::optional<Organisation>> network =
            OrganisationRepository(db).find(c.centre.parentId);
        if (!network.ok())
            return StoreRead<FicheContext>::failure(network.error);
        c.network = network.value;
    }
    applyCaseSnapshot(fiche.caseSnapshot, c.patient, c.inscription);
    const StoreRead<bool> conflict = hasOpenConflict(db, QStringLiteral("fiche"), fiche.meta.id);
    if (!conflict.ok())
        return StoreRead<FicheContext>::failure(conflict.error);
    c.inConflict = *conflict;
    if (fiche.versionNumber > 1) {
        const StoreRead<std::vector<Fiche>> versions = FicheRepository(db).versions(fiche.setId);
        if (!versions.ok())
            return StoreRead<FicheContext>::failure(versions.error);
        for (const Fiche &v : *versions)
            if (v.versionNumber == fiche.versionNumber - 1)
                c.replacedFicheId = v.meta.id;
    }

    std::vector<QUuid> named = {fiche.authorId,
                                fiche.coordinatorId,
                                fiche.signerId,
                                c.inscription.requesterId,
                                c.inscription.presenterId,
                                c.patient.generalPractitionerId,
                                fiche.quorumOverride.coordinatorId};
    for (const FicheAttendee &a : fiche.attendees)
        named.push_back(a.professionalId);
    for (const WrittenOpinion &w : fiche.writtenOpinions)
        named.push_back(w.authorId);
    named.insert(named.end(), fiche.correspondents.begin(), fiche.correspondents.end());
    named.insert(named.end(), c.inscription.correspondents.begin(), c.inscription.correspondents.end());
    const ProfessionalRepository professionals(db);
    const OrganisationRepository organisations(db);
    for (const QUuid &id : named) {
        if (id.isNull() || c.professionals.count(id))
            continue;
        const StoreRead<std::optional<Professional>> p = professionals.find(id);
        if (!p.ok())
            return StoreRead<FicheContext>::failure(p.error);
        if (!p.value)
            continue;
        const QUuid place = p.value->establishmentId;
        c.professionals.emplace(id, *p.value);
        if (place.isNull() || c.establishments.count(place))
            continue;
        const StoreRead<std::optional<Organisation>> o = organisations.find(place);
        if (!o.ok())
            return StoreRead<FicheContext>::failure(o.error);
        if (o.value)
            c.establishments.emplace(place, *o.value);
    }
    c.labels = readCodeLabels(db, codesOf(c));
    return StoreRead<FicheContext>::success(std::move(c));
}

FicheCodes codesOf(const FicheContext &context) {
    FicheCodes codes;
    for (const Tumour &t : context.inscription.tumours) {
        codes.topographies << t.topography;
        codes.morphologies << t.morphology;
    }
    codes.appareil = context.rcp.appareil;
    codes.organs = context.rcp.organs;
    codes.theme = context.rcp.theme;
    return codes;
}

} // namespace concerto::reports
