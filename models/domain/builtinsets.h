// The small value sets Concerto ships with (treatment types, quorum and case status, nature of the
// discussion, phase, WHO performance status, document and identity status, physician specialties,
// establishment types): the national codes with English labels that the "Nomenclature" translation
// context turns into the user's language, except specialties and establishment types, whose labels are
// the national French display names (domain/specialtycodes.h). They need no import; the large
// national sets (ICD-10, ICD-O-3) come through the importer.
#pragma once

#include <QString>
#include <vector>

namespace concerto::nomenclature {

// One entry of a built-in set: its code and its label in the user's language.
struct BuiltinEntry {
    QString code;
    QString label;
};

// An entry as written in the tables: the code and the English source of the label.
struct BuiltinSource {
    const char *code;
    const char *label; // marked with QT_TRANSLATE_NOOP("Nomenclature", …)
};

class BuiltinSet final {
public:
    BuiltinSet(const char *name, const char *oid, std::vector<BuiltinSource> entries);

    QString name() const { return QString::fromLatin1(m_name); } // e.g. "JDV_StatutQuorum_CISIS"
    QString oid() const { return QString::fromLatin1(m_oid); }   // national OID, empty for our own sets
    int size() const { return int(m_entries.size()); }

    std::vector<BuiltinEntry> entries() const; // in the order of the table, labels translated
    bool contains(const QString &code) const;
    QString label(const QString &code) const;       // translated; empty for an unknown code
    QString sourceLabel(const QString &code) const; // the English source; empty for an unknown code

private:
    const char *m_name;
    const char *m_oid;
    std::vector<BuiltinSource> m_entries;
};

const BuiltinSet &treatmentTypes();      // JDV_TypeTraitement_FRCP
const BuiltinSet &quorumStatuses();      // JDV_StatutQuorum: ORG-126, ORG-133, GEN-010
const BuiltinSet &caseStatuses();        // JDV_StatutCasPresente: ORG-128, ORG-134
const BuiltinSet &discussionNatures();   // JDV_NatureDiscussion: ORG-117, ORG-132
const BuiltinSet &phases();              // JDV_PhaseCancer: MED-268 initial, MED-244 relapse
const BuiltinSet &performanceStatuses(); // WHO/ECOG 0–4, codes "0" to "4"
const BuiltinSet &documentStatuses();    // JDV_StatutDoc (SNOMED CT)
const BuiltinSet &identityStatuses();    // PROV, RECUP, VALI, QUAL
// Physician specialties (TRE_R38, SM codes, OID 1.2.250.1.213.2.28) that a tumour board needs, in code
// order, then our own "other" (specialtycodes.h: kOtherSpecialty). The codes of Professional::specialty
// and of the quorum rules.
const BuiltinSet &specialties();
// Establishment types (TRE_R02 SecteurActivite, OID 1.2.250.1.71.4.2.4): SA01 public, SA03/SA04 private,
// SA36 cancer centre…
const BuiltinSet &establishmentTypes();

// Every built-in set, and one by name (nullptr when there is none).
std::vector<const BuiltinSet *> builtinSets();
const BuiltinSet *builtinSet(const QString &name);

// The national code of a WHO performance status (JDV_OMSEchPerf: MED-240, MED-264…MED-267) for 0–4;
// empty otherwise.
QString performanceStatusNationalCode(int status);

} // namespace concerto::nomenclature
