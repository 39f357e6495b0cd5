// The display names of the national codes a fiche carries (ICD-10 topography, ICD-O-3 morphology, the
// committee's appareil, organs and treatment theme), read from the imported value sets: the printed
// fiche shows them beside the codes, the CDA writes them as displayName and in its narrative.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace concerto {
class Database;
}

namespace concerto::reports {

struct FicheCodeLabels {
    QHash<QString, QString> topography;
    QHash<QString, QString> morphology;
    QHash<QString, QString> appareil; // JDV_RCP_Appareil
    QHash<QString, QString> organs;   // JDV_RCP_Organe
    QHash<QString, QString> theme;    // JDV_TraitementSoins_FRCP: a transversal committee's theme

    bool isEmpty() const {
        return topography.isEmpty() && morphology.isEmpty() && appareil.isEmpty() && organs.isEmpty() &&
               theme.isEmpty();
    }
};

// The codes whose labels to read.
struct FicheCodes {
    QStringList topographies;
    QStringList morphologies;
    QString appareil;
    QStringList organs;
    QString theme;
};

// Reads the labels of `codes` from the loaded value sets (found by their display names: JDV_Tumeur,
// JDV_Morphologie, JDV_RCP_Appareil, JDV_RCP_Organe, JDV_TraitementSoins_FRCP). A set that is not
// loaded, or a failed read, leaves its codes without labels.
FicheCodeLabels readCodeLabels(Database &db, const FicheCodes &codes);

} // namespace concerto::reports
