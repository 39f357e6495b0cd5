// The tables of the built-in value sets. Codes are the national ones (CI-SIS value sets of the FRCP
// format, SNOMED CT for the document status, RNIV for identity status, the ANS terminologies TRE_R38 and
// TRE_R02 for specialties and establishment types); labels are our English sources, except the
// specialty and establishment-type labels, which are the national French ones.
#include "models/domain/builtinsets.h"
#include "models/domain/specialtycodes.h"

#include <QCoreApplication>

namespace concerto::nomenclature {

BuiltinSet::BuiltinSet(const char *name, const char *oid, std::vector<BuiltinSource> entries)
    : m_name(name)
    , m_oid(oid)
    , m_entries(std::move(entries)) {}

std::vector<BuiltinEntry> BuiltinSet::entries() const {
    std::vector<BuiltinEntry> result;
    result.reserve(m_entries.size());
    for (const BuiltinSource &e : m_entries)
        result.push_back({QString::fromLatin1(e.code), QCoreApplication::translate("Nomenclature", e.label)});
    return result;
}

bool BuiltinSet::contains(const QString &code) const {
    for (const BuiltinSource &e : m_entries)
        if (code == QLatin1String(e.code))
            return true;
    return false;
}

QString BuiltinSet::label(const QString &code) const {
    for (const BuiltinSource &e : m_entries)
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("Nomenclature", e.label);
    return {};
}

QString BuiltinSet::sourceLabel(const QString &code) const {
    for (const BuiltinSource &e : m_entries)
        if (code == QLatin1String(e.code))
            return QString::fromUtf8(e.label);
    return {};
}

const BuiltinSet &treatmentTypes() {
    static const BuiltinSet set(
        "JDV_TypeTraitement_FRCP_CISIS", "1.2.250.1.213.1.1.5.595",
        {{"387713003", QT_TRANSLATE_NOOP("Nomenclature", "Surgery")},
         {"C15313", QT_TRANSLATE_NOOP("Nomenclature", "Radiotherapy")},
         {"C15195", QT_TRANSLATE_NOOP("Nomenclature", "Brachytherapy")},
         {"C15632", QT_TRANSLATE_NOOP("Nomenclature", "Chemotherapy")},
         {"C93352", QT_TRANSLATE_NOOP("Nomenclature", "Targeted therapy")},
         {"C547", QT_TRANSLATE_NOOP("Nomenclature", "Hormone therapy")},
         {"C15262", QT_TRANSLATE_NOOP("Nomenclature", "Immunotherapy")},
         {"C63334", QT_TRANSLATE_NOOP("Nomenclature", "Interventional radiology")},
         {"MED-556", QT_TRANSLATE_NOOP("Nomenclature", "Therapeutic window")},
         {"MED-226", QT_TRANSLATE_NOOP("Nomenclature", "Surveillance only")},
         {"MED-227", QT_TRANSLATE_NOOP("Nomenclature", "Active surveillance")},
         {"C157891", QT_TRANSLATE_NOOP("Nomenclature", "Interventional endoscopy")},
         {"MED-232", QT_TRANSLATE_NOOP("Nomenclature", "Radioiodine therapy")},
         {"MED-126", QT_TRANSLATE_NOOP("Nomenclature", "Allograft / autograft")},
         {"GEN-092.03.01", QT_TRANSLATE_NOOP("Nomenclature", "Other treatment(s)")},
         {"GEN-092.03.02", QT_TRANSLATE_NOOP("Nomenclature", "Other specific drug treatment(s)")},
         {"C15747", QT_TRANSLATE_NOOP("Nomenclature", "Supportive care")},
         {"C15252", QT_TRANSLATE_NOOP("Nomenclature", "Palliative care")}});
    return set;
}

const BuiltinSet &quorumStatuses() {
    static const BuiltinSet set("JDV_StatutQuorum_CISIS", "1.2.250.1.213.1.1.4.2.281.16",
                                {{"ORG-126", QT_TRANSLATE_NOOP("Nomenclature", "Quorum met")},
                                 {"ORG-133", QT_TRANSLATE_NOOP("Nomenclature", "Quorum not met")},
                                 {"GEN-010", QT_TRANSLATE_NOOP("Nomenclature", "Unknown")}});
    return set;
}

const BuiltinSet &caseStatuses() {
    static const BuiltinSet set(
        "JDV_StatutCasPresente_CISIS", "1.2.250.1.213.1.1.4.2.281.17",
        {{"ORG-128", QT_TRANSLATE_NOOP("Nomenclature", "Registered (follows a guideline)")},
         {"ORG-134", QT_TRANSLATE_NOOP("Nomenclature", "Discussed")}});
    return set;
}

const BuiltinSet &discussionNatures() {
    static const BuiltinSet set(
        "JDV_NatureDiscussion_CISIS", "1.2.250.1.213.1.1.4.2.281.8",
        {{"ORG-117", QT_TRANSLATE_NOOP("Nomenclature", "Organ RCP")},
         {"ORG-132", QT_TRANSLATE_NOOP("Nomenclature", "Transversal and supportive care RCP")}});
    return set;
}

const BuiltinSet &phases() {
    static const BuiltinSet set("JDV_PhaseCancer_CISIS", "1.2.250.1.213.1.1.4.2.281.13",
                                {{"MED-268", QT_TRANSLATE_NOOP("Nomenclature", "Initial phase")},
                                 {"MED-244", QT_TRANSLATE_NOOP("Nomenclature", "Relapse")}});
    return set;
}

const BuiltinSet &performanceStatuses() {
    static const BuiltinSet set(
        "who-performance-status", "",
        {{"0", QT_TRANSLATE_NOOP("Nomenclature", "0: Fully active, no restriction")},
         {"1", QT_TRANSLATE_NOOP("Nomenclature", "1: Restricted in strenuous activity, ambulatory")},
         {"2", QT_TRANSLATE_NOOP("Nomenclature", "2: Ambulatory, self-care, unable to work")},
         {"3", QT_TRANSLATE_NOOP("Nomenclature", "3: Limited self-care, in bed or chair over half the day")},
         {"4", QT_TRANSLATE_NOOP("Nomenclature", "4: Completely disabled, confined to bed or chair")}});
    return set;
}

const BuiltinSet &documentStatuses() {
    static const BuiltinSet set("JDV_StatutDoc_CISIS", "1.2.250.1.213.1.1.5.93",
                                {{"385651009", QT_TRANSLATE_NOOP("Nomenclature", "In progress")},
                                 {"398166005", QT_TRANSLATE_NOOP("Nomenclature", "Completed")},
                                 {"9571008", QT_TRANSLATE_NOOP("Nomenclature", "Approved")},
                                 {"29179001", QT_TRANSLATE_NOOP("Nomenclature", "Closed")}});
    return set;
}

const BuiltinSet &identityStatuses() {
    static const BuiltinSet set("identity-status", "",
                                {{"PROV", QT_TRANSLATE_NOOP("Nomenclature", "Provisional identity")},
                                 {"RECUP", QT_TRANSLATE_NOOP("Nomenclature", "Recovered identity")},
                                 {"VALI", QT_TRANSLATE_NOOP("Nomenclature", "Validated identity")},
                                 {"QUAL", QT_TRANSLATE_NOOP("Nomenclature", "Qualified identity")}});
    return set;
}

const BuiltinSet &specialties() {
    static const BuiltinSet set = [] {
        int count = 0;
        const SpecialtySource *sources = specialtySources(&count);
        std::vector<BuiltinSource> entries;
        for (int i = 0; i < count; ++i)
            entries.push_back({sources[i].code, sources[i].label}); // French by nature: no translation
        entries.push_back({kOtherSpecialty, QT_TRANSLATE_NOOP("Nomenclature", "Other specialty")});
        return BuiltinSet("TRE_R38_SpecialiteOrdinale", kOidSpecialty, std::move(entries));
    }();
    return set;
}

const BuiltinSet &establishmentTypes() {
    // The TRE_R02 SecteurActivite codes of the establishments where tumour boards meet, with their
    // national labels (French by nature: no translation).
    static const BuiltinSet set("TRE_R02_SecteurActivite", kOidEstablishmentType,
                                {{"SA01", "Etablissement public de santé"},
                                 {"SA03", "Etablissement privé PSPH"},
                                 {"SA04", "Etablissement privé non PSPH"},
                                 {"SA05", "Centre de santé"},
                                 {"SA30", "Autre établissement sanitaire"},
                                 {"SA36", "Centre anti-cancer"},
                                 {"SA52", "Maison de santé ou Pôle de santé"}});
    return set;
}

std::vector<const BuiltinSet *> builtinSets() {
    return {&treatmentTypes(), &quorumStatuses(),      &caseStatuses(),     &discussionNatures(),
            &phases(),         &performanceStatuses(), &documentStatuses(), &identityStatuses(),
            &specialties(),    &establishmentTypes()};
}

const BuiltinSet *builtinSet(const QString &name) {
    for (const BuiltinSet *set : builtinSets())
        if (set->name() == name)
            return set;
    return nullptr;
}

QString performanceStatusNationalCode(int status) {
    static const char *const codes[] = {"MED-240", "MED-264", "MED-265", "MED-266", "MED-267"};
    return status >= 0 && status <= 4 ? QString::fromLatin1(codes[status]) : QString();
}

} // namespace concerto::nomenclature
