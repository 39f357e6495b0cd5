// Which table each aggregate is stored in, and the query columns it fills (the rest lives in the
// JSON body). Column order here matches the order of values().
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/organisation.h"
#include "models/domain/patient.h"
#include "models/domain/professional.h"
#include "models/domain/rcp.h"
#include "models/domain/searchkey.h"
#include "models/domain/session.h"
#include "models/validation/ins.h"

#include <QVariantList>

namespace concerto {

template <typename T>
struct TableTraits;

template <>
struct TableTraits<Organisation> {
    static constexpr const char *table = "organisation";
    static constexpr const char *order = "name, id";
    static QStringList columns() {
        return {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("finess")};
    }
    static QVariantList values(const Organisation &o) {
        return {Organisation::kindCode(o.kind), o.name, o.finess};
    }
};

template <>
struct TableTraits<Professional> {
    static constexpr const char *table = "professional";
    static constexpr const char *order = "last_name, id";
    static QStringList columns() {
        return {QStringLiteral("rpps"), QStringLiteral("last_name"), QStringLiteral("specialty")};
    }
    static QVariantList values(const Professional &p) { return {p.rpps, p.lastName, p.specialty}; }
};

template <>
struct TableTraits<Rcp> {
    static constexpr const char *table = "rcp";
    static constexpr const char *order = "name, id";
    static QStringList columns() { return {QStringLiteral("organisation_id"), QStringLiteral("name")}; }
    static QVariantList values(const Rcp &r) { return {json::idText(r.organisationId), r.name}; }
};

template <>
struct TableTraits<Session> {
    static constexpr const char *table = "session";
    static constexpr const char *order = "starts_at, id";
    static QStringList columns() {
        return {QStringLiteral("rcp_id"), QStringLiteral("starts_at"), QStringLiteral("status")};
    }
    static QVariantList values(const Session &s) {
        return {json::idText(s.rcpId), json::timeText(s.startsAt), Session::statusCode(s.status)};
    }
};

template <>
struct TableTraits<Patient> {
    static constexpr const char *table = "patient";
    static constexpr const char *order = "search_name, id";
    // The search columns (search_*) are folded by searchKey(); triggers copy them into the search index.
    static QStringList columns() {
        return {QStringLiteral("birth_name"),
                QStringLiteral("used_name"),
                QStringLiteral("given_names"),
                QStringLiteral("birth_date"),
                QStringLiteral("ins"),
                QStringLiteral("ipp"),
                QStringLiteral("identity_status"),
                QStringLiteral("search_name"),
                QStringLiteral("search_birth"),
                QStringLiteral("search_used"),
                QStringLiteral("search_given"),
                QStringLiteral("search_ids"),
                QStringLiteral("sex")};
    }
    static QVariantList values(const Patient &p) {
        const QString given = p.birthGivenNames.join(QLatin1Char(' '));
        return {p.birthName,
                p.usedName,
                given,
                json::dateText(p.birthDate),
                validation::normalizedIns(p.ins), // searched without spaces, in capitals
                p.ipp,
                Patient::identityStatusCode(p.identityStatus),
                searchKey(QStringList{p.birthName, p.usedName, given}.join(QLatin1Char(' '))),
                searchKey(p.birthName),
                searchKey(p.usedName),
                searchKey(given),
                searchIdentifiers(p.ins, p.ipp, p.birthDate),
                Patient::sexCode(p.sex)};
    }
};

template <>
struct TableTraits<Inscription> {
    static constexpr const char *table = "inscription";
    static constexpr const char *order = "session_id, id";
    static QStringList columns() {
        return {QStringLiteral("session_id"), QStringLiteral("patient_id"), QStringLiteral("agenda_state")};
    }
    static QVariantList values(const Inscription &i) {
        return {json::idText(i.sessionId), json::idText(i.patientId),
                Inscription::agendaStateCode(i.agendaState)};
    }
};

template <>
struct TableTraits<Fiche> {
    static constexpr const char *table = "fiche";
    static constexpr const char *order = "updated_at DESC, id";
    static QStringList columns() {
        return {QStringLiteral("set_id"),         QStringLiteral("version_number"),
                QStringLiteral("inscription_id"), QStringLiteral("patient_id"),
                QStringLiteral("status"),         QStringLiteral("signed_at")};
    }
    static QVariantList values(const Fiche &f) {
        return {json::idText(f.setId),
                f.versionNumber,
                f.inscriptionId.isNull() ? QVariant() : QVariant(json::idText(f.inscriptionId)),
                json::idText(f.patientId),
                Fiche::statusCode(f.status),
                f.isSigned() ? QVariant(json::timeText(f.signedAt)) : QVariant()};
    }
};

} // namespace concerto
