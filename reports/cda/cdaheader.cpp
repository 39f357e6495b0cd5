// The FRCP header: document ids and version, the patient (the INS only for a qualified identity),
// author, custodian, the signer as legal authenticator, the participants (coordinator, requesting and
// presenting physicians, GP, attendees in and out of the quorum, correspondents), the RCP act, the
// version an amendment replaces, and the meeting with the network, 3C, committee and session ids.
#include "reports/cda/cdaparts.h"

#include "models/domain/specialtycodes.h"

namespace concerto::reports::cda {

namespace {

QString uuid(const QUuid &id) {
    return id.toString(QUuid::WithoutBraces).toUpper();
}

QString phoneUrl(const QString &phone) {
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit() || c == QLatin1Char('+'))
            digits += c;
    return digits.isEmpty() ? QString() : QStringLiteral("tel:") + digits;
}

void writeTelecom(Writer &w, const QString &phone, const char *use) {
    const QString url = phoneUrl(phone);
    if (!url.isEmpty())
        w.empty("telecom", {{"value", url}, {"use", QString::fromLatin1(use)}});
}

void writePatient(Writer &w, const FicheContext &ctx) {
    const Patient &p = ctx.patient;
    w.start("recordTarget");
    w.start("patientRole");
    if (p.mayShareIns())
        w.id(p.insOid, p.ins);
    // The IPP under the OID of the establishment that numbers the patients; Concerto's own id of the
    // patient when that OID or the IPP is not known.
    if (!p.ipp.isEmpty() && !ctx.centre.patientIdOid.isEmpty())
        w.id(ctx.centre.patientIdOid, p.ipp);
    else
        w.id(uuid(p.meta.id));
    if (!p.address.line.isEmpty() || !p.address.city.isEmpty()) {
        w.start("addr");
        w.textElement("streetAddressLine", p.address.line);
        w.textElement("postalCode", p.address.postalCode);
        w.textElement("city", p.address.city);
        w.textElement("country", p.address.country);
        w.end();
    }
    writeTelecom(w, p.phone, "H");
    w.start("patient");
    w.attr("classCode", "PSN");
    w.start("name");
    w.start("family");
    w.attr("qualifier", "BR");
    w.xml().writeCharacters(p.birthName);
    w.end();
    if (!p.birthGivenNames.isEmpty()) {
        w.textElement("given", p.birthGivenNames.join(QLatin1Char(' ')));
        w.start("given");
        w.attr("qualifier", "BR");
        w.xml().writeCharacters(p.firstGivenName());
        w.end();
    }
    if (!p.usedName.isEmpty()) {
        w.start("family");
        w.attr("qualifier", "CL");
        w.xml().writeCharacters(p.usedName);
        w.end();
    }
    if (!p.usedGivenName.isEmpty()) {
        w.start("given");
        w.attr("qualifier", "CL");
        w.xml().writeCharacters(p.usedGivenName);
        w.end();
    }
    w.end(); // name
    const char *sex = p.sex == Sex::Male ? "M" : p.sex == Sex::Female ? "F" : "UN";
    const char *sexName = p.sex == Sex::Male ? "Masculin" : p.sex == Sex::Female ? "Féminin" : "Inconnu";
    w.code("administrativeGenderCode", Code{QString::fromLatin1(sex), QStringLiteral("2.16.840.1.113883.5.1"),
                                            QString::fromUtf8(sexName), QString()});
    w.date("birthTime", p.birthDate);
    if (!p.birthPlaceCode.isEmpty()) {
        w.start("birthplace");
        w.start("place");
        w.start("addr");
        w.textElement("county", p.birthPlaceCode);
        w.end();
        w.end();
        w.end();
    }
    w.end(); // patient
    w.end(); // patientRole
    w.end(); // recordTarget
}

// The patient's trusted person (personne de confiance) as an informant, when the patient named one.
void writeTrustedPerson(Writer &w, const TrustedPerson &t) {
    if (t.isEmpty())
        return;
    w.start("informant");
    w.start("relatedEntity");
    w.attr("classCode", "NOK");
    const QString relationship = TrustedPerson::relationshipLabel(t.relationship);
    if (relationship.isEmpty())
        w.nullCode("code", "UNK");
    else
        w.code("code",
               Code{t.relationship, QStringLiteral("2.16.840.1.113883.5.111"), relationship, QString()});
    w.empty("addr", {{"nullFlavor", QStringLiteral("NAV")}});
    writeTelecom(w, t.phone, "MC");
    w.start("relatedPerson");
    w.start("name");
    w.textElement("family", t.familyName);
    w.textElement("given", t.givenName);
    w.end();
    w.end(); // relatedPerson
    w.end(); // relatedEntity
    w.end(); // informant
}

// The second act the fiche documents: the primary tumour (the case's first), by its ICD-10 code.
void writePrimaryTumour(Writer &w, const FicheContext &ctx) {
    if (ctx.inscription.tumours.empty())
        return;
    const QString code = ctx.inscription.tumours.front().topography;
    w.start("documentationOf");
    w.start("serviceEvent");
    w.attr("classCode", "ACT");
    w.code("code", topography(code, ctx.labels.topography.value(code)));
    w.end();
    w.end();
}

// A participant of the header: its role (functionCode) and the professional, or "unknown".
void writeParticipant(Writer &w, const FicheContext &ctx, const char *typeCode, const Code &function,
                      const char *comment, const QUuid &professionalId) {
    w.start("participant");
    w.attr("typeCode", typeCode);
    if (function.isEmpty()) {
        w.start("functionCode");
        w.attr("nullFlavor", "NA");
    } else {
        w.code("functionCode", function, true);
    }
    w.textElement("originalText", QString::fromUtf8(comment));
    w.end();
    w.empty("time", {{"nullFlavor", QStringLiteral("UNK")}});
    const Professional *p = ctx.professional(professionalId);
    if (p) {
        w.start("associatedEntity");
        w.attr("classCode", "PROV");
        writeProfessional(w, ctx, *p, "associatedPerson", "scopingOrganization");
        w.end();
    } else {
        w.empty("associatedEntity",
                {{"classCode", QStringLiteral("PROV")}, {"nullFlavor", QStringLiteral("NA")}});
    }
    w.end();
}

Code functionCode(const char *code, const char *displayName, const char *system) {
    return Code{QString::fromLatin1(code), QString::fromLatin1(system), QString::fromUtf8(displayName),
                QString()};
}

void writeParticipants(Writer &w, const FicheContext &ctx) {
    const Fiche &f = ctx.fiche;
    const QUuid coordinator = f.coordinatorId.isNull() ? f.signerId : f.coordinatorId;
    writeParticipant(w, ctx, "RESP", {}, "PS Coordonnateur de la RCP", coordinator);
    writeParticipant(w, ctx, "REFB", {}, "PS Demandeur", ctx.inscription.requesterId);
    if (!ctx.inscription.presenterId.isNull())
        writeParticipant(w, ctx, "PRF", {}, "PS Présentateur", ctx.inscription.presenterId);
    const Code gp = functionCode("PCP", "Médecin traitant", "2.16.840.1.113883.5.88");
    if (ctx.patient.generalPractitionerId.isNull())
        writeParticipant(w, ctx, "INF", gp, "Inconnu", QUuid());
    else
        writeParticipant(w, ctx, "INF", gp, "Médecin traitant", ctx.patient.generalPractitionerId);
    const Code member = functionCode("353", "Membre de l'équipe de soins", "1.2.250.1.213.1.6.1.107");
    const Code correspondent = functionCode("CORRE", "Correspondant", "1.2.250.1.213.1.1.4.2.280");
    for (const FicheAttendee &a : f.attendees) {
        if (a.countedForQuorum)
            writeParticipant(w, ctx, "PRF", member, "Participant du quorum", a.professionalId);
        else
            writeParticipant(w, ctx, "PRF", correspondent, "Participant hors quorum", a.professionalId);
    }
    std::vector<QUuid> correspondents = f.correspondents;
    for (const QUuid &id : ctx.inscription.correspondents)
        if (std::find(correspondents.begin(), correspondents.end(), id) == correspondents.end())
            correspondents.push_back(id);
    const Code toInform = functionCode("CORRE", "Médecin correspondant", "1.2.250.1.213.1.1.4.2.280");
    for (const QUuid &id : correspondents)
        if (ctx.professional(id))
            writeParticipant(w, ctx, "CON", toInform, "PS Correspondant", id);
}

void writeEncounter(Writer &w, const FicheContext &ctx) {
    w.start("componentOf");
    w.start("encompassingEncounter");
    w.id(QString::fromLatin1(kOidNetworkNationalId), ctx.network->nationalId);
    w.id(QString::fromLatin1(kOidCoordinationCentreNationalId), ctx.centre.nationalId);
    w.id(QString::fromLatin1(kOidRcpNationalId), ctx.rcp.nationalId);
    w.id(QString::fromLatin1(kOidRcpSession), uuid(ctx.session.meta.id));
    w.code("code", Code{QStringLiteral("VR"), QStringLiteral("2.16.840.1.113883.5.4"),
                        QStringLiteral("Virtuelle (exemple : RCP en l'absence du patient)"), QString()});
    w.start("effectiveTime");
    w.time("low", ctx.session.startsAt);
    w.end();
    w.start("location");
    w.start("healthCareFacility");
    w.id(QString::fromLatin1(kOidStructure), ctx.centre.structureId());
    if (!ctx.centre.establishmentType.isEmpty())
        w.code("code",
               Code{ctx.centre.establishmentType, QString::fromLatin1(nomenclature::kOidEstablishmentType),
                    QString(), QStringLiteral("healthCareFacilityTypeCode")});
    w.start("location");
    w.textElement("name", ctx.session.place.isEmpty() ? ctx.centre.name : ctx.session.place);
    writeAddress(w, ctx.centre);
    w.end();
    w.end();
    w.end();
    w.end(); // encompassingEncounter
    w.end(); // componentOf
}

} // namespace

void writeAddress(Writer &w, const Organisation &o) {
    w.start("addr");
    w.textElement("houseNumber", o.houseNumber);
    w.textElement("streetName", o.streetName);
    w.textElement("postalCode", o.postalCode);
    w.textElement("city", o.city);
    w.end();
}

void writeOrganisation(Writer &w, const Organisation &o, const char *element) {
    w.start(element);
    if (!o.structureId().isEmpty())
        w.id(QString::fromLatin1(kOidStructure), o.structureId());
    w.textElement("name", o.name);
    if (!o.city.isEmpty())
        writeAddress(w, o);
    w.empty("standardIndustryClassCode", {{"code", QStringLiteral("ETABLISSEMENT")},
                                          {"displayName", QStringLiteral("Etablissement de santé")},
                                          {"codeSystem", QStringLiteral("1.2.250.1.213.1.1.4.9")}});
    w.end();
}

void writeProfessional(Writer &w, const FicheContext &ctx, const Professional &p, const char *personElement,
                       const char *organisationElement) {
    w.id(QString::fromLatin1(kOidRpps), QLatin1Char('8') + p.rpps);
    const nomenclature::ProfessionSpecialtyCoding coding =
        nomenclature::professionSpecialtyCoding(p.profession, p.specialty);
    if (!coding.isEmpty())
        w.code("code", Code{coding.code, coding.codeSystem, coding.displayName, QString()});
    const Organisation *place = ctx.establishment(p.establishmentId);
    if (place && !place->city.isEmpty())
        writeAddress(w, *place);
    writeTelecom(w, p.phone, "WP");
    w.start(personElement);
    w.start("name");
    w.textElement("given", p.firstName);
    w.textElement("family", p.lastName);
    w.end();
    w.end();
    if (place)
        writeOrganisation(w, *place, organisationElement);
}

void writeHeader(Writer &w, const FicheContext &ctx) {
    const Fiche &f = ctx.fiche;
    w.empty("realmCode", {{"code", QStringLiteral("FR")}});
    w.empty("typeId", {{"root", QStringLiteral("2.16.840.1.113883.1.3")},
                       {"extension", QStringLiteral("POCD_HD000040")}});
    w.templateId("2.16.840.1.113883.2.8.2.1");
    w.templateId("1.2.250.1.213.1.1.1.1");
    w.templateId("1.2.250.1.213.1.1.1.8", "2022.01");
    w.id(uuid(f.meta.id));
    w.code("code", loinc("34794-8", "CR de réunion de concertation pluridisciplinaire"));
    w.textElement("title",
                  QStringLiteral("FRCP %1 / %2 / %3").arg(ctx.network->name, ctx.centre.name, ctx.rcp.name));
    w.time("effectiveTime", f.signedAt);
    w.code("confidentialityCode", Code{QStringLiteral("N"), QStringLiteral("2.16.840.1.113883.5.25"),
                                       QStringLiteral("Normal"), QStringLiteral("Confidentiality")});
    w.empty("languageCode", {{"code", QStringLiteral("fr-FR")}});
    w.empty("setId", {{"root", uuid(f.setId)}});
    w.empty("versionNumber", {{"value", QString::number(f.versionNumber)}});
    writePatient(w, ctx);

    const Professional *author = ctx.professional(f.authorId.isNull() ? f.signerId : f.authorId);
    if (!author)
        author = ctx.professional(f.signerId);
    w.start("author");
    w.time("time", f.signedAt);
    w.start("assignedAuthor");
    writeProfessional(w, ctx, *author, "assignedPerson", "representedOrganization");
    w.end();
    w.end();

    writeTrustedPerson(w, ctx.patient.trustedPerson);

    w.start("custodian");
    w.start("assignedCustodian");
    w.start("representedCustodianOrganization");
    w.id(QString::fromLatin1(kOidStructure), ctx.centre.structureId());
    w.textElement("name", ctx.centre.name);
    writeAddress(w, ctx.centre);
    w.end();
    w.end();
    w.end();

    w.start("legalAuthenticator");
    w.time("time", f.signedAt);
    w.empty("signatureCode", {{"code", QStringLiteral("S")}});
    w.start("assignedEntity");
    writeProfessional(w, ctx, *ctx.professional(f.signerId), "assignedPerson", "representedOrganization");
    w.end();
    w.end();

    writeParticipants(w, ctx);

    w.start("inFulfillmentOf");
    w.start("order");
    w.id(uuid(ctx.inscription.meta.id));
    if (!ctx.inscription.registrationComment.trimmed().isEmpty()) {
        w.start("code");
        w.attr("nullFlavor", "NA");
        w.textElement("originalText", ctx.inscription.registrationComment);
        w.end();
    }
    w.end();
    w.end();

    w.start("documentationOf");
    w.start("serviceEvent");
    w.attr("classCode", "ACT");
    w.code("code",
           Code{QStringLiteral("39"), QStringLiteral("1.2.250.1.213.3.3.13"),
                QStringLiteral("Réunion de Concertation Pluridisciplinaire (RCP)"),
                QStringLiteral("TRE_R213-ModePriseEnCharge")},
           true);
    w.textElement("originalText", ctx.rcp.name);
    w.end();
    w.start("effectiveTime");
    w.time("low", ctx.session.startsAt);
    w.end();
    const Professional *coordinator =
        ctx.professional(f.coordinatorId.isNull() ? f.signerId : f.coordinatorId);
    w.start("performer");
    w.attr("typeCode", "PRF");
    w.start("assignedEntity");
    writeProfessional(w, ctx, coordinator ? *coordinator : *ctx.professional(f.signerId), "assignedPerson",
                      "representedOrganization");
    w.end();
    w.end();
    w.end(); // serviceEvent
    w.end(); // documentationOf
    writePrimaryTumour(w, ctx);

    // An amended version replaces the one before it.
    if (!ctx.replacedFicheId.isNull()) {
        w.start("relatedDocument");
        w.attr("typeCode", "RPLC");
        w.start("parentDocument");
        w.id(uuid(ctx.replacedFicheId));
        w.empty("setId", {{"root", uuid(f.setId)}});
        w.empty("versionNumber", {{"value", QString::number(f.versionNumber - 1)}});
        w.end();
        w.end();
    }

    writeEncounter(w, ctx);
}

} // namespace concerto::reports::cda
