// A national value set (ANS "jeu de valeurs", IHE SVS) as read from its file or loaded from the store:
// identity (OID + version), name, revision date and its concepts.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace concerto::nomenclature {

struct Concept {
    QString code;
    QString codeSystem; // OID of the code system (ICD-10, ICD-O-3, SNOMED CT, the CI-SIS terminology…)
    QString displayName;
    QDate validFrom; // dateValid; null when not given
    QDate validTo;   // dateFin; null when still valid
};

struct ValueSet {
    QString oid;
    QString version;
    QString name; // displayName, e.g. "JDV_Tumeur_CISIS"
    QDate revisionDate;
    QString source; // the file it came from (name only)
    std::vector<Concept> concepts;
};

// One loaded version of a set, as the Administration screen lists it.
struct SetInfo {
    QString oid;
    QString version;
    QString name;
    QDate revisionDate;
    QString source;
    QDateTime importedAt; // UTC
    int conceptCount = 0;
    bool active = false;
};

} // namespace concerto::nomenclature
