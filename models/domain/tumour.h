// One tumour of a case (fiche section 3): diagnosis date, ICD-10 topography and laterality,
// ICD-O-3 morphology, its clinical TNM and, when there is one, its pathological TNM (each with its
// edition and date; neither replaces the other), and other stagings (FIGO, Ann Arbor, R-ISS…).
//
// JSON: "clinicalTnm" and "pathologicalTnm". A record written before both were kept holds a single
// "tnm": it is read as the clinical TNM when its prefix is c, yc, r, rc or empty, and as the
// pathological one when it is p, yp or rp; its unknown keys go with it. When the record also holds one
// of the new keys, "tnm" is not read and is written back as it was.
#pragma once

#include "models/domain/record.h"

namespace concerto {

struct TnmStaging {
    QString prefix;        // c, p, yc, yp or r
    QString t;             // e.g. T2a, Tis, Tx
    QString n;             // e.g. N1b
    QString m;             // e.g. M0, M1c
    QString stage;         // e.g. IIB
    QString edition;       // e.g. "UICC 8"; required when any of T, N, M is given
    QDate date{};          // when it was established: imaging or biopsy (c), pathology report (p, yp)
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    bool isEmpty() const { return t.isEmpty() && n.isEmpty() && m.isEmpty(); }
    // A pathological staging: prefix p, yp or rp (any case).
    bool isPathological() const;
    QString text() const; // "cT2a N1 M0 (UICC 8)"
    QJsonObject toJson() const;
    static TnmStaging fromJson(const QJsonObject &o);
};

struct OtherStaging {
    QString name; // FIGO, Ann Arbor, ISS…
    QString version;
    QString value;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static OtherStaging fromJson(const QJsonObject &o);
};

struct Tumour {
    QDate diagnosisDate;
    bool diagnosisDayKnown = false; // the month and year are always required
    QString topography;             // ICD-10, C00–D48
    QString laterality;             // right, left, bilateral, not applicable
    QString morphology;             // ICD-O-3, e.g. 8140/3
    TnmStaging clinicalTnm;         // prefix c (or yc after a neoadjuvant treatment, r at a relapse)
    TnmStaging pathologicalTnm;     // prefix p or yp; empty when there is no pathological staging
    std::vector<OtherStaging> otherStagings;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    // T, N and M do not apply to this tumour: its morphology is haematological (ICD-O-3 9590 to 9999:
    // lymphomas, myeloma, leukaemias, myelodysplastic and myeloproliferative neoplasms), staged by
    // Ann Arbor / Lugano or R-ISS in otherStagings. Computed from the morphology, never stored; the
    // fiche then writes "not applicable" for T, N and M (the CDA: nullFlavor="NA").
    bool tnmNotApplicable() const;
    // The most recent staging: the pathological one when there is one, else the clinical one.
    const TnmStaging &latestTnm() const { return pathologicalTnm.isEmpty() ? clinicalTnm : pathologicalTnm; }
    QJsonObject toJson() const;
    static Tumour fromJson(const QJsonObject &o);
};

// Whether an ICD-O-3 morphology ("9680/3") is haematological (codes 9590 to 9999).
bool isHaematologicalMorphology(const QString &morphology);

} // namespace concerto
