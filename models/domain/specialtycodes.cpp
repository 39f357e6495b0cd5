// The specialty table (TRE_R38 labels and TRE_A02 display names, as the ANS publishes them), the
// internal words of older records with the national code each one became, and the CDA coding.
#include "models/domain/specialtycodes.h"

#include <iterator>

namespace concerto::nomenclature {

namespace {

// Labels are copied from the ANS code systems TRE_R38_SpecialiteOrdinale and
// TRE_A02_ProfessionSavFaire_CISIS: do not "correct" their capitals or abbreviations, the CDA must carry
// them as published.
const SpecialtySource kSpecialties[] = {
    {"SM01", "Anatomie et Cytologie pathologiques", "Médecin - Anatomie et Cytologie pathologiques (SM)"},
    {"SM02", "Anesthésie-réanimation", "Médecin - Anesthésie-réanimation (SM)"},
    {"SM05", "Chirurgie générale", "Médecin - Chirurgie générale (SM)"},
    {"SM08", "Chirurgie orthopédique et Traumatologie",
     "Médecin - Chirurgie orthopédique et Traumatologie (SM)"},
    {"SM10", "Chirurgie plastique reconstructrice et esthétique",
     "Médecin - Chirurgie plastique reconstruct et esthétique (SM)"},
    {"SM11", "Chirurgie thoracique et cardio-vasculaire",
     "Médecin - Chirurgie thoracique et cardio-vasculaire (SM)"},
    {"SM12", "Chirurgie urologique", "Médecin - Chirurgie urologique (SM)"},
    {"SM14", "Chirurgie viscérale et digestive", "Médecin - Chirurgie viscérale et digestive (SM)"},
    {"SM15", "Dermatologie et Vénéréologie", "Médecin - Dermatologie et Vénéréologie (SM)"},
    {"SM16", "Endocrinologie et Métabolisme", "Médecin - Endocrinologie et métabolisme (SM)"},
    {"SM17", "Génétique médicale", "Médecin - Génétique médicale (SM)"},
    {"SM18", "Gériatrie", "Médecin - Gériatrie (SM)"},
    {"SM19", "Gynécologie médicale", "Médecin - Gynécologie médicale (SM)"},
    {"SM20", "Gynécologie-obstétrique", "Médecin - Gynécologie-obstétrique (SM)"},
    {"SM21", "Hématologie", "Médecin - Hématologie (SM)"},
    {"SM23", "Hématologie, option Onco-hématologie", "Médecin - Hématologie, opt Onco-hématologie (SM)"},
    {"SM24", "Gastro-entérologie et Hépatologie", "Médecin - Gastro-entérologie et hépatologie (SM)"},
    {"SM26", "Qualifié en Médecine générale", "Médecin - Qualifié en Médecine Générale (SM)"},
    {"SM27", "Médecine interne", "Médecin - Médecine interne (SM)"},
    {"SM28", "Médecine nucléaire", "Médecin - Médecine nucléaire (SM)"},
    {"SM30", "Néphrologie", "Médecin - Néphrologie (SM)"},
    {"SM31", "Neuro-chirurgie", "Médecin - Neuro-chirurgie (SM)"},
    {"SM32", "Neurologie", "Médecin - Neurologie (SM)"},
    {"SM34", "ORL et Chirurgie cervico-faciale", "Médecin - ORL et Chirurgie cervico-faciale (SM)"},
    {"SM35", "Oncologie, option Onco-hématologie", "Médecin - Oncologie, opt Onco-hématologie (SM)"},
    {"SM36", "Oncologie, option médicale", "Médecin - Oncologie, opt médicale (SM)"},
    {"SM37", "Oncologie, option radiothérapie", "Médecin - Oncologie, opt radiothérapie (SM)"},
    {"SM40", "Pédiatrie", "Médecin - Pédiatrie (SM)"},
    {"SM41", "Pneumologie", "Médecin - Pneumologie (SM)"},
    {"SM42", "Psychiatrie", "Médecin - Psychiatrie (SM)"},
    {"SM44", "Radio-diagnostic", "Médecin - Radio-diagnostic (SM)"},
    {"SM45", "Radio-thérapie", "Médecin - Radio-thérapie (SM)"},
    {"SM53", "Spécialiste en Médecine générale", "Médecin - Spécialiste en Médecine Générale (SM)"},
    {"SM54", "Médecine générale", "Médecin - Médecine Générale (SM)"},
    {"SM62", "Endocrinologie, diabétologie, nutrition",
     "Médecin - Endocrinologie, diabétologie, nutrition (SM)"},
    {"SM71", "Hématologie (réforme 2017)", "Médecin - Hématologie (réforme 2017) (SM)"},
    {"SM74", "Radiologie imagerie médicale", "Médecin - Radiologie imagerie médicale (SM)"},
};

// The words Concerto stored before it used national codes, and the code each one stands for now. The
// "other" of then is the "other" of now. Palliative care is no ordinal specialty: it reads as "other".
const std::pair<const char *, const char *> kLegacyWords[] = {
    {"surgery-digestive", "SM14"},
    {"surgery-thoracic", "SM11"},
    {"surgery-breast-gynaecology", "SM20"},
    {"urology", "SM12"},
    {"neurosurgery", "SM31"},
    {"ent-surgery", "SM34"},
    {"medical-oncology", "SM36"},
    {"radiation-oncology", "SM45"},
    {"haematology", "SM21"},
    {"gastroenterology", "SM24"},
    {"pulmonology", "SM41"},
    {"gynaecology", "SM19"},
    {"dermatology", "SM15"},
    {"endocrinology", "SM16"},
    {"radiology", "SM44"},
    {"nuclear-medicine", "SM28"},
    {"pathology", "SM01"},
    {"geriatrics", "SM18"},
    {"palliative-care", kOtherSpecialty},
    {"general-practice", "SM26"},
    {"paediatric-oncology", "SM40"},
    {"genetics", "SM17"},
};

const SpecialtySource *findSpecialty(const QString &code) {
    for (const SpecialtySource &s : kSpecialties)
        if (code == QLatin1String(s.code))
            return &s;
    return nullptr;
}

} // namespace

const SpecialtySource *specialtySources(int *count) {
    *count = int(std::size(kSpecialties));
    return kSpecialties;
}

QString nationalSpecialtyCode(const QString &code) {
    // National codes start with capitals; the old words are lower case.
    if (code.isEmpty() || !code.at(0).isLower())
        return code;
    for (const auto &[word, national] : kLegacyWords)
        if (code == QLatin1String(word))
            return QString::fromLatin1(national);
    return code;
}

ProfessionSpecialtyCoding professionSpecialtyCoding(const QString &profession, const QString &specialty) {
    if (profession != QLatin1String(kProfessionPhysician))
        return {};
    const QString system = QString::fromLatin1(kOidProfessionSpecialty);
    if (const SpecialtySource *s = findSpecialty(nationalSpecialtyCode(specialty)))
        return {profession + QLatin1Char('/') + QLatin1String(s->code), system,
                QString::fromUtf8(s->cisisName)};
    return {profession, system, professionLabel(profession)};
}

QString professionLabel(const QString &profession) {
    return profession == QLatin1String(kProfessionPhysician) ? QStringLiteral("Médecin") : QString();
}

} // namespace concerto::nomenclature
