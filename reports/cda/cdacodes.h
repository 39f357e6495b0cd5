// The codes the FRCP CDA writes, with their code systems and national display names (French by nature):
// the document's own codes (LOINC, TA_ASIP), and Concerto's value-set codes turned into the coded values
// of the national value sets (JDV_TypeTraitement_FRCP, JDV_RCP_Appareil and _Organe,
// JDV_TraitementSoins_FRCP, JDV_StatutDoc, JDV_StatutQuorum…), whose members mix SNOMED CT, NCIt,
// ICD-10 and TA_ASIP codes.
#pragma once

#include <QString>

namespace concerto::reports::cda {

// Code systems.
inline constexpr const char *kLoinc = "2.16.840.1.113883.6.1";
inline constexpr const char *kTaAsip = "1.2.250.1.213.1.1.4.322";
inline constexpr const char *kSnomed = "2.16.840.1.113883.6.96";
inline constexpr const char *kNcit = "2.16.840.1.113883.3.26.1.1";
inline constexpr const char *kIcd10 = "2.16.840.1.113883.6.3";
inline constexpr const char *kIcdO3 = "2.16.840.1.113883.6.43.1";
inline constexpr const char *kTnmUicc = "2.16.840.1.113883.15.6";
inline constexpr const char *kOidRpps = "1.2.250.1.71.4.2.1"; // a professional: "8" + RPPS

struct Code {
    QString code;
    QString system;
    QString displayName;
    QString systemName; // LOINC, TA_ASIP, SNOMED CT…: written when known
    bool isEmpty() const { return code.isEmpty(); }
};

// A LOINC or TA_ASIP code of the format itself ("GEN-098", "Nature de la discussion").
Code loinc(const char *code, const char *displayName);
Code taAsip(const char *code, const char *displayName);

// The coded value of a national value-set code Concerto stores. `valueSet` is the set's name without
// its suffix ("TypeTraitement_FRCP", "RCP_Appareil", "RCP_Organe", "TraitementSoins_FRCP",
// "StatutDoc", "StatutQuorum", "StatutCasPresente", "NatureDiscussion", "PhaseCancer", "OMSEchPerf",
// "OMSInterpret"). Empty when the code is not in the set.
Code valueSetCode(const char *valueSet, const QString &code);

// The SNOMED CT code of a laterality ("right", "left", "bilateral"); empty for "not applicable" or none.
Code laterality(const QString &laterality);

// An ICD-10 topography ("C50.2") and an ICD-O-3 morphology ("8140/3") with their display names (the
// national labels live in the imported nomenclature: FicheContext::labels); without one when the set
// is not loaded.
Code topography(const QString &code, const QString &displayName = {});
Code morphology(const QString &code, const QString &displayName = {});

// A T, N or M category as the TNM_UICC code system writes it, for a clinical or a pathological
// staging: clinical bare ("T2", "N1", "M0"), pathological with its prefix ("pT2", "ypN0"; M0 stays
// "M0": pM0 does not exist). A node category recorded clinically in a pathological staging ("pTis
// cN0": no node taken out) is "pNX" there. With the category's meaning as display name.
Code tnmCategory(const QString &written, const QString &stagingPrefix, bool pathological);

} // namespace concerto::reports::cda
