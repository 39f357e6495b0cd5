// The codes of the FRCP CDA: the national value sets as the CDA writes them (code system, display name).
#include "reports/cda/cdacodes.h"

#include "models/staging/staging.h"

#include <QRegularExpression>
#include <cstring>

namespace concerto::reports::cda {

namespace {

struct ValueSetEntry {
    const char *set;
    const char *code;
    const char *system;
    const char *displayName;
};

// Generated from the national value sets (IHE SVS files of the FRCP 2022.01 kit).
const ValueSetEntry kEntries[] = {
    {"TypeTraitement_FRCP", "387713003", "2.16.840.1.113883.6.96", "intervention chirurgicale"},
    {"TypeTraitement_FRCP", "C15313", "2.16.840.1.113883.3.26.1.1", "radiothérapie"},
    {"TypeTraitement_FRCP", "C15195", "2.16.840.1.113883.3.26.1.1", "curiethérapie"},
    {"TypeTraitement_FRCP", "C15632", "2.16.840.1.113883.3.26.1.1", "chimiothérapie"},
    {"TypeTraitement_FRCP", "C93352", "2.16.840.1.113883.3.26.1.1", "thérapie ciblée"},
    {"TypeTraitement_FRCP", "C547", "2.16.840.1.113883.3.26.1.1", "Hormonothérapie"},
    {"TypeTraitement_FRCP", "C15262", "2.16.840.1.113883.3.26.1.1", "immunothérapie"},
    {"TypeTraitement_FRCP", "C63334", "2.16.840.1.113883.3.26.1.1", "Radiologie interventionnelle"},
    {"TypeTraitement_FRCP", "MED-556", "1.2.250.1.213.1.1.4.322", "Fenêtre thérapeutique"},
    {"TypeTraitement_FRCP", "MED-226", "1.2.250.1.213.1.1.4.322", "Surveillance seule"},
    {"TypeTraitement_FRCP", "MED-227", "1.2.250.1.213.1.1.4.322", "Surveillance active"},
    {"TypeTraitement_FRCP", "C157891", "2.16.840.1.113883.3.26.1.1", "endoscopie interventionnelle"},
    {"TypeTraitement_FRCP", "MED-232", "1.2.250.1.213.1.1.4.322", "Irathérapie"},
    {"TypeTraitement_FRCP", "MED-126", "1.2.250.1.213.1.1.4.322", "Allogreffe / Autogreffe"},
    {"TypeTraitement_FRCP", "GEN-092.03.01", "1.2.250.1.213.1.1.4.322", "Autre(s) traitement(s)"},
    {"TypeTraitement_FRCP", "GEN-092.03.02", "1.2.250.1.213.1.1.4.322",
     "Autre(s) traitement(s) médicamenteux spécifique(s)"},
    {"TypeTraitement_FRCP", "C15747", "2.16.840.1.113883.3.26.1.1", "soins de support"},
    {"TypeTraitement_FRCP", "C15252", "2.16.840.1.113883.3.26.1.1", "soins palliatifs"},
    {"RCP_Appareil", "387910009", "2.16.840.1.113883.6.96", "glande endocrine"},
    {"RCP_Appareil", "57171008", "2.16.840.1.113883.6.96", "structure du système hématopoïétique"},
    {"RCP_Appareil", "81745001", "2.16.840.1.113883.6.96", "œil"},
    {"RCP_Appareil", "272673000", "2.16.840.1.113883.6.96", "os"},
    {"RCP_Appareil", "39937001", "2.16.840.1.113883.6.96", "peau"},
    {"RCP_Appareil", "76752008", "2.16.840.1.113883.6.96", "sein"},
    {"RCP_Appareil", "86762007", "2.16.840.1.113883.6.96", "système digestif"},
    {"RCP_Appareil", "53065001", "2.16.840.1.113883.6.96", "appareil génital féminin"},
    {"RCP_Appareil", "90264002", "2.16.840.1.113883.6.96", "appareil génital masculin"},
    {"RCP_Appareil", "25087005", "2.16.840.1.113883.6.96", "système nerveux"},
    {"RCP_Appareil", "122489005", "2.16.840.1.113883.6.96", "système urinaire"},
    {"RCP_Appareil", "312419003", "2.16.840.1.113883.6.96", "appareil respiratoire et/ou cavité thoracique"},
    {"RCP_Appareil", "87784001", "2.16.840.1.113883.6.96", "tissus mous"},
    {"RCP_Appareil", "119253004", "2.16.840.1.113883.6.96", "voie aérodigestive supérieure"},
    {"RCP_Organe", "57171008", "2.16.840.1.113883.6.96", "structure du système hématopoïétique"},
    {"RCP_Organe", "C3211", "2.16.840.1.113883.3.26.1.1", "lymphome non hodgkinien"},
    {"RCP_Organe", "C88", "2.16.840.1.113883.6.3", "Maladies immunoprolifératives malignes"},
    {"RCP_Organe", "C9357", "2.16.840.1.113883.3.26.1.1", "Lymphome de Hodgkin"},
    {"RCP_Organe", "C3483", "2.16.840.1.113883.3.26.1.1", "leucémie chronique"},
    {"RCP_Organe", "C3163", "2.16.840.1.113883.3.26.1.1", "Leucémie lymphocytique chronique"},
    {"RCP_Organe", "C3167", "2.16.840.1.113883.3.26.1.1", "Leucémie lymphoblastique aiguë"},
    {"RCP_Organe", "C3172", "2.16.840.1.113883.3.26.1.1", "Leucémie myéloïde"},
    {"RCP_Organe", "C3171", "2.16.840.1.113883.3.26.1.1", "leucémie myéloïde aiguë"},
    {"RCP_Organe", "C3174", "2.16.840.1.113883.3.26.1.1", "leucémie myéloïde chronique BCR-ABL positive"},
    {"RCP_Organe", "C4861", "2.16.840.1.113883.3.26.1.1", "leucémie monocytaire aiguë"},
    {"RCP_Organe", "C9300", "2.16.840.1.113883.3.26.1.1", "leucémie aiguë"},
    {"RCP_Organe", "119253004", "2.16.840.1.113883.6.96", "voie aérodigestive supérieure"},
    {"RCP_Organe", "MED-237", "1.2.250.1.213.1.1.4.322", "Fosses nasales, sinus, oreille moy/int"},
    {"RCP_Organe", "MED-251", "1.2.250.1.213.1.1.4.322", "Colon-Rectum-Anus"},
    {"RCP_Organe", "303270005", "2.16.840.1.113883.6.96", "foie et/ou voies biliaires"},
    {"RCP_Organe", "C27262", "2.16.840.1.113883.3.26.1.1", "maladies myélodysplasiques-myéloprolifératives"},
    {"RCP_Organe", "C3242", "2.16.840.1.113883.3.26.1.1", "myélome à cellules plasmatiques"},
    {"RCP_Organe", "MED-255", "1.2.250.1.213.1.1.4.322", "Trachée, Bronches, Poumon"},
    {"RCP_Organe", "39937001", "2.16.840.1.113883.6.96", "peau"},
    {"RCP_Organe", "76752008", "2.16.840.1.113883.6.96", "sein"},
    {"RCP_Organe", "306721000", "2.16.840.1.113883.6.96", "os et/ou articulation"},
    {"RCP_Organe", "87784001", "2.16.840.1.113883.6.96", "tissus mous"},
    {"RCP_Organe", "312419003", "2.16.840.1.113883.6.96", "appareil respiratoire et/ou cavité thoracique"},
    {"RCP_Organe", "4596009", "2.16.840.1.113883.6.96", "larynx"},
    {"RCP_Organe", "3120008", "2.16.840.1.113883.6.96", "plèvre"},
    {"RCP_Organe", "86762007", "2.16.840.1.113883.6.96", "système digestif"},
    {"RCP_Organe", "74262004", "2.16.840.1.113883.6.96", "cavité orale"},
    {"RCP_Organe", "48477009", "2.16.840.1.113883.6.96", "lèvre de la bouche"},
    {"RCP_Organe", "21974007", "2.16.840.1.113883.6.96", "langue"},
    {"RCP_Organe", "54066008", "2.16.840.1.113883.6.96", "pharynx"},
    {"RCP_Organe", "32849002", "2.16.840.1.113883.6.96", "œsophage"},
    {"RCP_Organe", "69695003", "2.16.840.1.113883.6.96", "estomac"},
    {"RCP_Organe", "30315005", "2.16.840.1.113883.6.96", "intestin grêle"},
    {"RCP_Organe", "385294005", "2.16.840.1.113883.6.96", "glande salivaire"},
    {"RCP_Organe", "15776009", "2.16.840.1.113883.6.96", "pancréas"},
    {"RCP_Organe", "122489005", "2.16.840.1.113883.6.96", "système urinaire"},
    {"RCP_Organe", "431491007", "2.16.840.1.113883.6.96", "voies urinaires supérieures proprement dites"},
    {"RCP_Organe", "64033007", "2.16.840.1.113883.6.96", "rein"},
    {"RCP_Organe", "89837001", "2.16.840.1.113883.6.96", "vessie"},
    {"RCP_Organe", "53065001", "2.16.840.1.113883.6.96", "appareil génital féminin"},
    {"RCP_Organe", "C94529", "2.16.840.1.113883.3.26.1.1", "Vulve et vagin"},
    {"RCP_Organe", "23952005", "2.16.840.1.113883.6.96", "corps de l'utérus"},
    {"RCP_Organe", "71252005", "2.16.840.1.113883.6.96", "col utérin"},
    {"RCP_Organe", "15497006", "2.16.840.1.113883.6.96", "ovaire"},
    {"RCP_Organe", "90264002", "2.16.840.1.113883.6.96", "appareil génital masculin"},
    {"RCP_Organe", "18911002", "2.16.840.1.113883.6.96", "pénis"},
    {"RCP_Organe", "41216001", "2.16.840.1.113883.6.96", "prostate"},
    {"RCP_Organe", "40689003", "2.16.840.1.113883.6.96", "testicule"},
    {"RCP_Organe", "21483005", "2.16.840.1.113883.6.96", "système nerveux central"},
    {"RCP_Organe", "84782009", "2.16.840.1.113883.6.96", "nerf périphérique"},
    {"RCP_Organe", "81745001", "2.16.840.1.113883.6.96", "œil"},
    {"RCP_Organe", "387910009", "2.16.840.1.113883.6.96", "glande endocrine"},
    {"RCP_Organe", "23451007", "2.16.840.1.113883.6.96", "glande surrénale"},
    {"RCP_Organe", "69748006", "2.16.840.1.113883.6.96", "glande thyroïde"},
    {"RCP_Organe", "72410000", "2.16.840.1.113883.6.96", "médiastin"},
    {"RCP_Organe", "C12664", "2.16.840.1.113883.3.26.1.1", "Péritoine-rétropéritoine"},
    {"TraitementSoins_FRCP", "C3580", "2.16.840.1.113883.3.26.1.1", "métastases osseuses"},
    {"TraitementSoins_FRCP", "C3303", "2.16.840.1.113883.3.26.1.1", "douleur"},
    {"TraitementSoins_FRCP", "C15252", "2.16.840.1.113883.3.26.1.1", "soins palliatifs"},
    {"TraitementSoins_FRCP", "C63334", "2.16.840.1.113883.3.26.1.1", "Radiologie interventionnelle"},
    {"TraitementSoins_FRCP", "C15747", "2.16.840.1.113883.3.26.1.1", "soins de support"},
    {"TraitementSoins_FRCP", "ORG-129", "1.2.250.1.213.1.1.4.322", "Oncogénétique"},
    {"TraitementSoins_FRCP", "ORG-130", "1.2.250.1.213.1.1.4.322", "Oncogériatrie"},
    {"TraitementSoins_FRCP", "C16832", "2.16.840.1.113883.3.26.1.1", "oncologie médicale"},
    {"TraitementSoins_FRCP", "C71326", "2.16.840.1.113883.3.26.1.1", "préservation de la fertilité"},
    {"TraitementSoins_FRCP", "C7201", "2.16.840.1.113883.3.26.1.1", "tumeur rare"},
    {"StatutDoc", "385651009", "2.16.840.1.113883.6.96", "en cours d'exécution"},
    {"StatutDoc", "398166005", "2.16.840.1.113883.6.96", "réalisé"},
    {"StatutDoc", "9571008", "2.16.840.1.113883.6.96", "approuvé"},
    {"StatutDoc", "29179001", "2.16.840.1.113883.6.96", "clôturé"},
    {"StatutQuorum", "ORG-126", "1.2.250.1.213.1.1.4.322", "Quorum atteint"},
    {"StatutQuorum", "ORG-133", "1.2.250.1.213.1.1.4.322", "Quorum non atteint"},
    {"StatutQuorum", "GEN-010", "1.2.250.1.213.1.1.4.322", "Ne sait pas"},
    {"StatutCasPresente", "ORG-128", "1.2.250.1.213.1.1.4.322", "Cas enregistré"},
    {"StatutCasPresente", "ORG-134", "1.2.250.1.213.1.1.4.322", "Cas discuté"},
    {"NatureDiscussion", "ORG-117", "1.2.250.1.213.1.1.4.322", "RCP Appareil - Organes"},
    {"NatureDiscussion", "ORG-132", "1.2.250.1.213.1.1.4.322", "RCP Transversale et de soins de support"},
    {"PhaseCancer", "MED-268", "1.2.250.1.213.1.1.4.322", "Phase initiale du cancer"},
    {"PhaseCancer", "MED-244", "1.2.250.1.213.1.1.4.322", "Rechute du cancer"},
    {"OMSEchPerf", "MED-240", "1.2.250.1.213.1.1.4.322", "Echelle de performance OMS Stade 0"},
    {"OMSEchPerf", "MED-264", "1.2.250.1.213.1.1.4.322", "Echelle de performance OMS Stade 1"},
    {"OMSEchPerf", "MED-265", "1.2.250.1.213.1.1.4.322", "Echelle de performance OMS Stade 2"},
    {"OMSEchPerf", "MED-266", "1.2.250.1.213.1.1.4.322", "Echelle de performance OMS Stade 3"},
    {"OMSEchPerf", "MED-267", "1.2.250.1.213.1.1.4.322", "Echelle de performance OMS Stade 4"},
    {"OMSInterpret", "LA9622-7", "2.16.840.1.113883.6.1",
     "Capable d'une activité identique à celle précédant la maladie sans aucune restriction."},
    {"OMSInterpret", "LA9623-5", "2.16.840.1.113883.6.1",
     "Activité physique diminuée mais ambulatoire et capable de mener un travail"},
    {"OMSInterpret", "LA9624-3", "2.16.840.1.113883.6.1",
     "Ambulatoire et capable de prendre soin de soi-même, incapable de travailler. Alité moins de 50 % de "
     "son temps"},
    {"OMSInterpret", "LA9625-0", "2.16.840.1.113883.6.1",
     "Capable seulement de quelques soins. Alité ou en chaise plus de 50 % du temps"},
    {"OMSInterpret", "LA9626-8", "2.16.840.1.113883.6.1",
     "Incapable de prendre soins de soi-même. Alité ou en chaise en permanence"},
};

QString systemName(const QString &system) {
    if (system == QLatin1String(kLoinc))
        return QStringLiteral("LOINC");
    if (system == QLatin1String(kTaAsip))
        return QStringLiteral("TA_ASIP");
    if (system == QLatin1String(kSnomed))
        return QStringLiteral("SNOMED CT");
    if (system == QLatin1String(kNcit))
        return QStringLiteral("NCIT");
    if (system == QLatin1String(kIcd10))
        return QStringLiteral("CIM-10");
    if (system == QLatin1String(kIcdO3))
        return QStringLiteral("CIM-O");
    return QString();
}

} // namespace

Code loinc(const char *code, const char *displayName) {
    return {QString::fromUtf8(code), QString::fromLatin1(kLoinc), QString::fromUtf8(displayName),
            QStringLiteral("LOINC")};
}

Code taAsip(const char *code, const char *displayName) {
    return {QString::fromUtf8(code), QString::fromLatin1(kTaAsip), QString::fromUtf8(displayName),
            QStringLiteral("TA_ASIP")};
}

Code valueSetCode(const char *valueSet, const QString &code) {
    for (const ValueSetEntry &e : kEntries) {
        if (std::strcmp(e.set, valueSet) == 0 && code == QLatin1String(e.code)) {
            const QString system = QString::fromLatin1(e.system);
            return {code, system, QString::fromUtf8(e.displayName), systemName(system)};
        }
    }
    return {};
}

Code laterality(const QString &laterality) {
    const auto snomed = [](const char *code, const char *name) {
        return Code{QString::fromLatin1(code), QString::fromLatin1(kSnomed), QString::fromUtf8(name),
                    QStringLiteral("SNOMED CT")};
    };
    if (laterality == QLatin1String("right"))
        return snomed("24028007", "droit");
    if (laterality == QLatin1String("left"))
        return snomed("7771000", "gauche");
    if (laterality == QLatin1String("bilateral"))
        return snomed("51440002", "bilatéral");
    return {};
}

Code topography(const QString &code, const QString &displayName) {
    return {code, QString::fromLatin1(kIcd10), displayName, QStringLiteral("CIM-10")};
}

Code morphology(const QString &code, const QString &displayName) {
    return {code, QString::fromLatin1(kIcdO3), displayName, QStringLiteral("CIM-O")};
}

Code tnmCategory(const QString &written, const QString &stagingPrefix, bool pathological) {
    static const QRegularExpression pattern(QStringLiteral("^((?:y|r|a)?(?:c|p)?)([TNM].*)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(written.trimmed());
    if (!m.hasMatch())
        return {};
    const QString ownPrefix = m.captured(1).toLower();
    QString category = m.captured(2);
    category[0] = category.at(0).toUpper();
    const QChar kind = category.at(0);
    QString code;
    QString meaning;
    if (!pathological) {
        // Clinical: bare, as the example writes it; "yc" or "r" (after treatment, recurrence) stays.
        code = (ownPrefix == QLatin1String("c") ? QString() : ownPrefix) + category;
    } else if (kind == QLatin1Char('M')) {
        code = category.startsWith(QLatin1String("M1")) && ownPrefix.contains(QLatin1Char('p'))
                   ? ownPrefix + category
                   : category;
    } else if (ownPrefix.contains(QLatin1Char('c'))) {
        code = QStringLiteral("pNX");
        if (kind == QLatin1Char('T'))
            code = QStringLiteral("pTX");
        meaning =
            staging::categoryMeaning(code) + QStringLiteral(" histologiquement (%1 clinique)").arg(written);
    } else {
        QString prefix = ownPrefix.isEmpty() ? stagingPrefix.toLower() : ownPrefix;
        if (!prefix.contains(QLatin1Char('p')))
            prefix = QStringLiteral("p");
        code = prefix + category;
    }
    if (meaning.isEmpty())
        meaning = staging::categoryMeaning(code);
    return {code, QString::fromLatin1(kTnmUicc), meaning, QStringLiteral("TNM_UICC")};
}

} // namespace concerto::reports::cda
