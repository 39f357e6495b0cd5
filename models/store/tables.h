// Which table each aggregate is stored in, and the query columns it fills (the rest lives in the
// JSON body). Column order here matches the order of values(). Some tables also have derived columns:
// facts of the body the store writes with SQL (json_extract) at each save, so that reads over many
// rows (the activity indicators) find them in an index instead of parsing every body.
#pragma once

#include "models/domain/boardtime.h"
#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/organisation.h"
#include "models/domain/patient.h"
#include "models/domain/professional.h"
#include "models/domain/rcp.h"
#include "models/domain/searchkey.h"
#include "models/domain/session.h"

#include <QVariantList>
#include <vector>

namespace concerto {

// A column the store fills from the record's JSON body at each save: `expression` is SQL over the body,
// which it names %1. Written whenever the query columns are (inserts and updates, not tombstones).
struct DerivedColumn {
    QString name;
    QString expression;
};

namespace derived {
// What the indicators read of a case's first tumour, as one JSON array (json_extract with several paths)
// in this order: topography, morphology, pathological T, N, M and stage, clinical stage, and the stage
// and prefix of a record older than clinical and pathological TNM (see CaseFact). `tumour` is a JSON
// path ("$.tumours[0]").
inline QString caseFactPaths(const QString &tumour) {
    QStringList paths;
    for (const char *field :
         {"topography", "morphology", "pathologicalTnm.t", "pathologicalTnm.n", "pathologicalTnm.m",
          "pathologicalTnm.stage", "clinicalTnm.stage", "tnm.prefix", "tnm.stage"})
        paths << QStringLiteral("'%1.%2'").arg(tumour, QLatin1String(field));
    return paths.join(QStringLiteral(", "));
}
enum CaseFact {
    Topography,
    Morphology,
    PathT,
    PathN,
    PathM,
    PathStage,
    ClinicalStage,
    OldPrefix,
    OldStage,
};

// The derived columns of a table (none for most). The values keep the types json_extract gives (the
// columns have no declared type): booleans are 0/1, absent fields NULL.
inline std::vector<DerivedColumn> columnsOf(const QString &table) {
    auto column = [](const char *name, const QString &expression) {
        return DerivedColumn{QString::fromLatin1(name), expression};
    };
    auto extract = [&](const char *name, const char *path) {
        return column(
            name, QStringLiteral("json_extract(%1, '%2')").arg(QStringLiteral("%1"), QLatin1String(path)));
    };
    if (table == QLatin1String("fiche"))
        return {
            extract("case_status", "$.caseStatus"),
            extract("quorum", "$.quorum"),
            extract("file_complete", "$.fileComplete"),
            extract("conform", "$.framework.conform"),
            extract("trial_proposed", "$.framework.trialProposed"),
            extract("meeting_date", "$.meetingDate"),
            column("proposal_lines", QStringLiteral("json_array_length(%1, '$.proposal')")),
            column("exam_count", QStringLiteral("json_array_length(%1, '$.exams')")),
            extract("surveillance_only", "$.surveillanceOnly"),
            extract("refer_to_recours", "$.referToRecours"),
            // How many distinct specialties the attendees name (empty ones left out).
            column("specialty_count",
                   QStringLiteral("(SELECT count(DISTINCT atom) FROM json_tree(%1, '$.attendees')"
                                  " WHERE key = 'specialty' AND type = 'text' AND atom <> '')")),
            // The case as the fiche froze it: its first tumour's facts when the frozen case has tumours,
            // its WHO status (-1 when not given) when it has its clinical part; NULL otherwise.
            column(
                "case_facts",
                QStringLiteral("CASE WHEN json_type(%1, '$.caseSnapshot.tumours') IS NOT NULL"
                               " THEN json_extract(%1, %2) END")
                    .arg(QStringLiteral("%1"), caseFactPaths(QStringLiteral("$.caseSnapshot.tumours[0]")))),
            column("frozen_who_status",
                   QStringLiteral(
                       "CASE WHEN json_type(%1, '$.caseSnapshot.clinical') IS NOT NULL"
                       " THEN coalesce(json_extract(%1, '$.caseSnapshot.clinical.whoStatus'), -1) END")),
        };
    if (table == QLatin1String("inscription"))
        return {
            column("case_facts",
                   QStringLiteral("json_extract(%1, %2)")
                       .arg(QStringLiteral("%1"), caseFactPaths(QStringLiteral("$.tumours[0]")))),
            extract("who_status", "$.clinical.whoStatus"),
            extract("registered_at", "$.registeredAt"),
            extract("motif_recours", "$.motif.recours"),
        };
    return {};
}
} // namespace derived

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
        return {QStringLiteral("rcp_id"), QStringLiteral("starts_at"), QStringLiteral("status"),
                QStringLiteral("board_day")};
    }
    // board_day: the meeting day in the boards' clock, one living session a day per committee (schema 12).
    static QVariantList values(const Session &s) {
        return {json::idText(s.rcpId), json::timeText(s.startsAt), Session::statusCode(s.status),
                json::dateText(toBoardTime(s.startsAt).date())};
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
                normalizedIns(p.ins), // searched without spaces, in capitals
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
