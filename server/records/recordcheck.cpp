// The models' checks run on a pushed record, and the facts the sync reads from it.
#include "server/records/recordcheck.h"

#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/organisation.h"
#include "models/domain/patient.h"
#include "models/domain/professional.h"
#include "models/domain/session.h"
#include "models/validation/directorycheck.h"
#include "models/validation/fichecheck.h"
#include "models/validation/patientcheck.h"
#include "models/validation/rcpcheck.h"

#include <QJsonDocument>

namespace concerto::server {

namespace {

QJsonObject bodyOf(const sync::WireRecord &record) {
    return QJsonDocument::fromJson(record.body).object();
}

} // namespace

RecordFacts factsOf(const sync::WireRecord &record) {
    RecordFacts facts;
    const QJsonObject body = bodyOf(record);
    const QString &e = record.entity;
    if (e == QLatin1String("rcp")) {
        facts.organisationId = Rcp::fromJson(body).organisationId;
    } else if (e == QLatin1String("session")) {
        facts.scopeFrom = QStringLiteral("rcp");
        facts.scopeFromId = Session::fromJson(body).rcpId;
    } else if (e == QLatin1String("inscription")) {
        const Inscription inscription = Inscription::fromJson(body);
        facts.scopeFrom = QStringLiteral("session");
        facts.scopeFromId = inscription.sessionId;
        facts.patientId = inscription.patientId;
    } else if (e == QLatin1String("fiche")) {
        const Fiche fiche = Fiche::fromJson(body);
        facts.uniqueKey =
            QStringLiteral("%1/%2").arg(fiche.setId.toString(QUuid::WithoutBraces)).arg(fiche.versionNumber);
        facts.scopeFrom = fiche.rcpId.isNull() ? QStringLiteral("session") : QStringLiteral("rcp");
        facts.scopeFromId = fiche.rcpId.isNull() ? fiche.sessionId : fiche.rcpId;
        facts.patientId = fiche.patientId;
        facts.signedFiche = fiche.isSigned();
        facts.rcpId = fiche.rcpId;
    }
    return facts;
}

QStringList recordFaults(const sync::WireRecord &record, const Rcp *committee, const QDate &today) {
    const QJsonObject body = bodyOf(record);
    const QString &e = record.entity;
    QStringList faults;
    const auto need = [&faults](bool present, const char *what) {
        if (!present)
            faults << QStringLiteral("%1 is missing").arg(QLatin1String(what));
    };
    if (e == QLatin1String("organisation")) {
        need(!Organisation::fromJson(body).name.isEmpty(), "the organisation's name");
    } else if (e == QLatin1String("professional")) {
        if (!record.deleted)
            faults << validation::checkProfessional(Professional::fromJson(body)).messages;
    } else if (e == QLatin1String("rcp")) {
        if (!record.deleted)
            faults << validation::checkRcp(Rcp::fromJson(body)).messages;
    } else if (e == QLatin1String("session")) {
        const Session session = Session::fromJson(body);
        need(!session.rcpId.isNull(), "the session's committee");
        need(session.startsAt.isValid(), "the session's start");
    } else if (e == QLatin1String("patient")) {
        if (!record.deleted)
            faults << validation::checkPatientIdentity(Patient::fromJson(body), today).messages;
    } else if (e == QLatin1String("inscription")) {
        const Inscription inscription = Inscription::fromJson(body);
        need(!inscription.sessionId.isNull(), "the case's session");
        need(!inscription.patientId.isNull(), "the case's patient");
    } else if (e == QLatin1String("fiche")) {
        const Fiche fiche = Fiche::fromJson(body);
        need(!fiche.setId.isNull(), "the fiche's document (set id)");
        need(!fiche.patientId.isNull(), "the fiche's patient");
        if (fiche.versionNumber < 1)
            faults << QStringLiteral("a fiche's version number starts at 1");
        // The one signing rule (fichecheck.h), with the committee's quorum rule when the server has it.
        // The fiche is checked as it was just before its signature (the rule refuses signing twice).
        if (fiche.isSigned() && !record.deleted) {
            Fiche beforeSigning = fiche;
            beforeSigning.signedAt = {};
            beforeSigning.signerId = {};
            faults << validation::checkFicheForSigning(beforeSigning, fiche.signerId,
                                                       committee ? committee->quorum : QuorumRule{})
                          .messages;
        }
    } else {
        faults << QStringLiteral("records of kind %1 are not synced").arg(e.left(40));
    }
    return faults;
}

} // namespace concerto::server
