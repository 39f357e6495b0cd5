// Contexts of the printed-fiche tests, from the saved document case.
#include "tests/support/fichepdffixtures.h"

#include "tests/support/documentfixtures.h"

#include <QtTest>

namespace concerto::test {

reports::FicheContext documentContext(Database &db, bool signFiche) {
    const DocumentCase saved = saveDocumentCase(db, signFiche);
    StoreRead<reports::FicheContext> context = reports::loadFicheContext(db, saved.fiche.meta.id);
    [&] { QVERIFY2(context.ok(), qPrintable(context.error)); }();
    return context.value;
}

void makeLong(reports::FicheContext &context) {
    ClinicalContext &k = context.inscription.clinical;
    for (int i = 1; i <= 40; ++i)
        k.tests.push_back({QDate(2026, 9, 1).addDays(i), QStringLiteral("Bilan biologique n° %1").arg(i),
                           QStringLiteral("Résultat détaillé de l'examen %1, dans les limites de la normale "
                                          "sauf une légère élévation des enzymes hépatiques.")
                               .arg(i)});
    for (int i = 1; i <= 15; ++i)
        k.treatments.push_back({QStringLiteral("C15632"), QStringLiteral("Cure n° %1 de FOLFOX").arg(i),
                                QDate(2026, 1, 1).addDays(14 * i), QDate(2026, 1, 3).addDays(14 * i),
                                TreatmentState::Done});
    QString text;
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("Adénocarcinome lieberkühnien moyennement différencié, limites saines. ");
    k.reports.push_back({QStringLiteral("molecular"), QDate(2026, 10, 30), QStringLiteral("Dr Roux"), text});
}

} // namespace concerto::test
