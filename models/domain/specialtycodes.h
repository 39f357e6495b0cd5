// The national codes of a physician's profession and specialty, and of an establishment's type, as the
// FRCP CDA writes them:
// - profession: TRE_G15 ProfessionSante, "G15_10" = Médecin;
// - specialty: TRE_R38 SpecialiteOrdinale (OID 1.2.250.1.213.2.28), "SM36" = Oncologie, option médicale;
// - both together in a participant's <code>: TRE_A02 ProfessionSavFaire_CISIS (OID 1.2.250.1.213.1.1.4.5),
//   code "G15_10/SM36", displayName "Médecin - Oncologie, opt médicale (SM)";
// - establishment type: TRE_R02 SecteurActivite (OID 1.2.250.1.71.4.2.4), "SA01" = Etablissement public
//   de santé.
// Codes and labels are those the ANS publishes (terminology server, versions of 2025–2026); Concerto
// ships the specialties a tumour board needs (nomenclature::specialties() in builtinsets.h), and
// "other" (kOtherSpecialty) for a physician whose specialty is not among them.
#pragma once

#include <QString>

namespace concerto::nomenclature {

inline constexpr const char *kOidSpecialty = "1.2.250.1.213.2.28";              // TRE_R38
inline constexpr const char *kOidProfessionSpecialty = "1.2.250.1.213.1.1.4.5"; // TRE_A02 (CI-SIS)
inline constexpr const char *kOidEstablishmentType = "1.2.250.1.71.4.2.4";      // TRE_R02
inline constexpr const char *kProfessionPhysician = "G15_10";                   // Médecin
// Our own code, not a national one: a physician whose specialty Concerto does not list. It counts as one
// specialty for a quorum; the CDA then carries the profession alone ("G15_10", "Médecin").
inline constexpr const char *kOtherSpecialty = "other";

// One specialty as the tables hold it.
struct SpecialtySource {
    const char *code;  // "SM36"
    const char *label; // TRE_R38 display name without its " (SM)" qualifier: "Oncologie, option médicale"
    const char
        *cisisName; // TRE_A02 display name of "G15_10/<code>": "Médecin - Oncologie, opt médicale (SM)"
};

// The specialties Concerto lists, in code order ("other" is not among them).
const SpecialtySource *specialtySources(int *count);

// The national code of a specialty code read from a record: the internal words Concerto wrote before
// national codes ("medical-oncology" -> "SM36") give their SM code, every other code comes back as it is
// (a national code, "other", or a code this version does not know, which must not be lost).
QString nationalSpecialtyCode(const QString &code);

// What a participant's <code> carries: the combined profession/specialty code, its system and its
// displayName. For a physician (G15_10) with a listed specialty: "G15_10/SM36", 1.2.250.1.213.1.1.4.5,
// "Médecin - Oncologie, opt médicale (SM)"; with "other", no specialty or an unknown one: "G15_10",
// same system, "Médecin". Another profession, or none: every field empty (not coded by Concerto).
struct ProfessionSpecialtyCoding {
    QString code;
    QString codeSystem;
    QString displayName;

    bool isEmpty() const { return code.isEmpty(); }
};
ProfessionSpecialtyCoding professionSpecialtyCoding(const QString &profession, const QString &specialty);

// "Médecin" for G15_10; empty for a profession Concerto does not name.
QString professionLabel(const QString &profession);

} // namespace concerto::nomenclature
