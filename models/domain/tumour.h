// One tumour of a case (fiche section 3): diagnosis date, ICD-10 topography and laterality,
// ICD-O-3 morphology, clinical TNM with its edition, and other stagings (FIGO, Ann Arbor…).
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
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    bool isEmpty() const { return t.isEmpty() && n.isEmpty() && m.isEmpty(); }
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
    TnmStaging tnm;
    std::vector<OtherStaging> otherStagings;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static Tumour fromJson(const QJsonObject &o);
};

} // namespace concerto
