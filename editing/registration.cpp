// Registering a patient for a session (see registration.h).
#include "editing/registration.h"
#include "editing/casedocument.h"
#include "services/rights.h"

#include "models/planning/agenda.h"
#include "models/store/repositories.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace concerto::editing {

StoreRead<std::vector<Session>> sessionsOpenForRegistration(Database &db, const QDateTime &now, int days) {
    StoreRead<std::vector<Session>> found = SessionRepository(db).between(now, now.addDays(days));
    if (!found.ok())
        return found;
    std::vector<Session> open;
    for (Session &s : *found)
        if (agenda::mayRegister(s).ok()) // after the deadline too: the case is then marked late
            open.push_back(std::move(s));
    return StoreRead<std::vector<Session>>::success(std::move(open));
}

StoreRead<validation::Check> checkRegistration(Database &db, const RegistrationForm &form) {
    validation::Check check;
    if (form.patientId.isNull())
        check.add(QCoreApplication::translate("Registration", "Choose the patient."));
    if (form.sessionId.isNull())
        check.add(
            QCoreApplication::translate("Registration", "Choose the session the case is registered for."));
    if (form.requesterId.isNull())
        check.add(QCoreApplication::translate("Registration", "Choose the requesting physician."));
    if (!form.motif.any())
        check.add(QCoreApplication::translate(
            "Registration",
            "Tick at least one motif: diagnostic opinion, treatment proposal, recours or paediatrics."));
    if (form.intent != QLatin1String(kCaseDiscussed) && form.intent != QLatin1String(kCaseRegistered))
        check.add(QCoreApplication::translate(
            "Registration", "Say whether the case is to be discussed or registered without discussion."));
    if (form.question.trimmed().isEmpty())
        check.add(QCoreApplication::translate("Registration", "Write the question put to the board."));
    if (!form.sessionId.isNull()) {
        const StoreRead<std::optional<Session>> session = SessionRepository(db).find(form.sessionId);
        if (!session.ok())
            return StoreRead<validation::Check>::failure(session.error);
        if (!session.value)
            check.add(QCoreApplication::translate("Registration", "This session no longer exists."));
        else if (const validation::Check open = agenda::mayRegister(*session.value); !open.ok())
            check.add(open);
    }
    if (!form.patientId.isNull() && !form.sessionId.isNull()) {
        const StoreRead<std::vector<Inscription>> cases =
            InscriptionRepository(db).forPatient(form.patientId);
        if (!cases.ok())
            return StoreRead<validation::Check>::failure(cases.error);
        for (const Inscription &i : *cases)
            if (!i.meta.deleted && i.sessionId == form.sessionId)
                check.add(QCoreApplication::translate("Registration",
                                                      "This patient already has a case on this session."));
    }
    return StoreRead<validation::Check>::success(check);
}

StoreRead<QUuid> registerCase(Database &db, const RegistrationForm &form) {
    QString error;
    const std::unique_ptr<CaseDocument> document = registerCaseDocument(db, form, &error);
    if (!document)
        return StoreRead<QUuid>::failure(error);
    return StoreRead<QUuid>::success(document->id());
}

std::unique_ptr<CaseDocument> registerCaseDocument(Database &db, const RegistrationForm &form,
                                                   QString *error) {
    const StoreRead<validation::Check> check = checkRegistration(db, form);
    if (!check.ok() || !check->ok()) {
        *error = check.ok() ? check->text() : check.error;
        return nullptr;
    }
    std::unique_ptr<CaseDocument> document = CaseDocument::create(db, form.patientId, form.sessionId, error);
    if (!document)
        return nullptr;
    document->setValue(QStringLiteral("requesterId"), form.requesterId.toString(QUuid::WithoutBraces));
    document->setValue(
        QStringLiteral("presenterId"),
        (form.presenterId.isNull() ? form.requesterId : form.presenterId).toString(QUuid::WithoutBraces));
    document->setBool(QStringLiteral("motif/diagnosticOpinion"), form.motif.diagnosticOpinion);
    document->setBool(QStringLiteral("motif/treatmentProposal"), form.motif.treatmentProposal);
    document->setBool(QStringLiteral("motif/recours"), form.motif.recours);
    document->setBool(QStringLiteral("motif/paediatrics"), form.motif.paediatrics);
    document->setText(QStringLiteral("intent"), form.intent);
    document->setText(QStringLiteral("question"), form.question.trimmed());
    const StoreRead<std::optional<Session>> session = SessionRepository(db).find(form.sessionId);
    if (!session.ok() || !session.value) {
        *error = session.ok() ? QCoreApplication::translate("Registration", "This session no longer exists.")
                              : session.error;
        document->discard();
        return nullptr;
    }
    Inscription registered;
    if (agenda::markLateIfAfterDeadline(registered, *session.value, db.now()))
        document->setBool(QStringLiteral("lateRegistration"), true);
    if (!document->save()) {
        *error = document->lastError();
        document->discard(); // the draft of a case that was not registered is not kept
        return nullptr;
    }
    document->undoStack()->clear(); // the registration is not an edit to undo
    return document;
}

std::unique_ptr<CaseDocument> registerCaseDocument(Services &services, const RegistrationForm &form,
                                                   QString *error) {
    if (const StoreResult may = allowed(services.actor(), Action::RegisterCases); !may) {
        *error = may.error;
        return nullptr;
    }
    std::unique_ptr<CaseDocument> document = registerCaseDocument(services.store(), form, error);
    if (document)
        document->setActor(services.actor());
    return document;
}

} // namespace concerto::editing
