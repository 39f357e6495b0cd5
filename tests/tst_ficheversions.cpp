// A fiche's versions and history as the coordinator reads them: a signed fiche corrected from the
// versions dialog becomes version 2 with its reason, version 1 stays as it was signed; a correction
// without a reason, or of a version not signed, is refused and writes nothing; the versions are shown side
// by side with the fields that changed; the history lists from the audit rows who made the fiche, who
// signed it, who corrected it and what they changed, in order.
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "services/ficheservice.h"
#include "services/services.h"
#include "tests/support/documentfixtures.h"
#include "translations/language.h"
#include "ui/printing/ficheversionsdialog.h"

#include <QListWidget>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace concerto;

namespace {

int rows(Database &db, const char *table) {
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next()
               ? q.value(0).toInt()
               : -1;
}

QStringList column(QTableWidget *table, int c) {
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out << table->item(r, c)->text();
    return out;
}

} // namespace

class TestFicheVersions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void aCorrectionIsANewVersionAndTheHistorySaysWhoDidWhat() {
        auto db = Database::create(m_dir.filePath(QStringLiteral("v%1.db").arg(++m_n)));
        QVERIFY(db);
        const test::DocumentCase c = test::saveDocumentCase(*db, true);
        Services services(*db);
        Actor coordinator;
        coordinator.name = QStringLiteral("Dr Claire Moreau");
        coordinator.role = Role::Coordinator;
        coordinator.professionalId = c.coordinatorId;
        services.setActor(coordinator);
        const QJsonObject signedBody = FicheRepository(*db).find(c.fiche.meta.id).value->toJson();

        FicheVersionsDialog dialog(services, c.fiche.setId);
        QCOMPARE(dialog.versionList()->count(), 1);
        QVERIFY(dialog.after()->toPlainText().contains(QStringLiteral("FOLFOX")));

        // Refused: no reason; nothing written.
        const int fiches = rows(*db, "fiche");
        const int audit = rows(*db, "audit_log");
        QVERIFY(!dialog.amendLatest(QStringLiteral("   ")).isEmpty());
        QCOMPARE(rows(*db, "fiche"), fiches);
        QCOMPARE(rows(*db, "audit_log"), audit);

        QCOMPARE(dialog.amendLatest(QStringLiteral("Correction du stade")), QString());
        QCOMPARE(dialog.versionList()->count(), 2);
        QCOMPARE(dialog.versionList()->currentRow(), 1);
        QVERIFY(dialog.versionList()->item(1)->text().contains(QStringLiteral("Correction du stade")));
        QCOMPARE(FicheRepository(*db).find(c.fiche.meta.id).value->toJson(), signedBody); // as it was signed
        // The correction is not signed: it cannot be corrected in turn.
        QVERIFY(!dialog.amendLatest(QStringLiteral("Encore")).isEmpty());

        // The correction changes the proposal: side by side, the change is named with both values.
        const std::vector<Fiche> versions = *services.fiches().versions(c.fiche.setId);
        QCOMPARE(versions.size(), std::size_t(2));
        Fiche v2 = versions[1];
        QCOMPARE(v2.versionNumber, 2);
        v2.proposal[0].details = QStringLiteral("FOLFIRI 6 mois");
        QVERIFY(services.fiches().saveDecision(v2).ok);
        FicheVersionsDialog reread(services, c.fiche.setId);
        QCOMPARE(reread.versionList()->currentRow(), 1);
        QVERIFY(reread.before()->toPlainText().contains(QStringLiteral("FOLFOX")));
        QVERIFY(reread.after()->toPlainText().contains(QStringLiteral("FOLFIRI")));
        QStringList changes;
        for (int i = 0; i < reread.changeList()->count(); ++i)
            changes << reread.changeList()->item(i)->text();
        QVERIFY2(changes.join(QLatin1Char('\n')).contains(QStringLiteral("Proposal:")), qPrintable(changes.join('\n')));
        QVERIFY(changes.join(QLatin1Char('\n')).contains(QStringLiteral("FOLFIRI")));

        // The history, oldest first, from the audit rows.
        const QStringList what = column(reread.historyTable(), 3);
        const QStringList versionsColumn = column(reread.historyTable(), 2);
        QVERIFY2(what.size() >= 4, qPrintable(what.join(QStringLiteral(" | "))));
        QCOMPARE(what.front(), QStringLiteral("Fiche made"));
        QVERIFY2(what.contains(QStringLiteral("Signed")), qPrintable(what.join(QStringLiteral(" | "))));
        const int correction = int(what.indexOf(QStringLiteral("Correction made (new version)")));
        QVERIFY(correction > int(what.indexOf(QStringLiteral("Signed"))));
        QCOMPARE(versionsColumn.at(correction), QStringLiteral("2"));
        QCOMPARE(what.back(), QStringLiteral("Changed: Proposal"));
        QVERIFY(column(reread.historyTable(), 1).back().startsWith(QStringLiteral("Dr Claire Moreau")));
    }
};

QTEST_MAIN(TestFicheVersions)
#include "tst_ficheversions.moc"
