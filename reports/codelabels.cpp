// Reading the labels of a fiche's national codes from the loaded value sets.
#include "reports/codelabels.h"

#include "models/store/nomenclaturerepository.h"

namespace concerto::reports {

FicheCodeLabels readCodeLabels(Database &db, const FicheCodes &codes) {
    FicheCodeLabels out;
    nomenclature::NomenclatureRepository repository(db);
    // The sets are found by their display name ("JDV_Tumeur_CISIS"), not by the name of their file.
    const auto fill = [&](const char *setName, QHash<QString, QString> &labels, const QStringList &wanted) {
        bool any = false;
        for (const QString &code : wanted)
            any = any || !code.isEmpty();
        if (!any)
            return;
        const auto set = repository.activeSetByName(QString::fromLatin1(setName));
        if (!set.ok() || !set.value)
            return;
        for (const QString &code : wanted) {
            if (code.isEmpty() || labels.contains(code))
                continue;
            const StoreRead<QString> name = repository.displayName(set.value->oid, code);
            if (name.ok() && !name.value.trimmed().isEmpty())
                labels.insert(code, name.value.trimmed());
        }
    };
    fill("JDV_Tumeur", out.topography, codes.topographies);
    fill("JDV_Morphologie", out.morphology, codes.morphologies);
    fill("JDV_RCP_Appareil", out.appareil, {codes.appareil});
    fill("JDV_RCP_Organe", out.organs, codes.organs);
    fill("JDV_TraitementSoins_FRCP", out.theme, {codes.theme});
    return out;
}

} // namespace concerto::reports
