// Nomenclatures: every reference value set loads with its exact count, what is not a value set (example
// fiches, truncated, malformed or empty files) is refused and leaves the loaded version intact, versions,
// lookup and accent-blind search, the built-in sets, and concerto-cli import-nomenclature.
#include "models/domain/builtinsets.h"
#include "models/nomenclature/svsreader.h"
#include "models/store/nomenclaturerepository.h"
#include "tests/support/testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;
using namespace concerto::nomenclature;

namespace {

const QString kTumourOid = QStringLiteral("1.2.250.1.213.1.1.4.2.281.21");
const QString kMorphologyOid = QStringLiteral("1.2.250.1.213.1.1.5.585");
const QString kQuorumOid = QStringLiteral("1.2.250.1.213.1.1.4.2.281.16");

QString reference(const QString &name) {
    return QDir(test::referenceDir()).filePath(name);
}

int conceptRows(Database &db, const QString &oid) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM nomenclature_concept WHERE oid = ?"));
    q.addBindValue(oid);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QStringList codes(const std::vector<Concept> &concepts) {
    QStringList out;
    for (const Concept &c : concepts)
        out << c.code;
    return out;
}

using Run = test::CliRun;

} // namespace

class TestNomenclature : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    void load(NomenclatureRepository &r, const QString &file) {
        const ImportResult result = r.importFile(file);
        QVERIFY2(result.ok, qPrintable(result.error));
    }

private Q_SLOTS:
    void initTestCase() { qputenv("CONCERTO_LANGUAGE", "en"); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_db = Database::create(m_dir->filePath(QStringLiteral("nomenclature.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void importsEveryReferenceFile() {
        const QHash<QString, int> expected{{QStringLiteral("JDVx_Tumeur.xml"), 724},
                                           {QStringLiteral("JDVx_Morphologie.xml"), 1032},
                                           {QStringLiteral("JDV_TypeTraitement_FRCP.xml"), 18},
                                           {QStringLiteral("JDV_StatutQuorum.xml"), 3},
                                           {QStringLiteral("JDV_StatutCasPresente.xml"), 2},
                                           {QStringLiteral("JDV_NatureDiscussion.xml"), 2},
                                           {QStringLiteral("JDV_PhaseCancer.xml"), 2},
                                           {QStringLiteral("JDV_OMSEchPerf.xml"), 5},
                                           {QStringLiteral("JDV_OMSInterpret.xml"), 5},
                                           {QStringLiteral("JDV_StatutDoc.xml"), 4},
                                           {QStringLiteral("JDV_RCP_Appareil.xml"), 14},
                                           {QStringLiteral("JDV_RCP_Organe.xml"), 57},
                                           {QStringLiteral("JDV_TraitementSoins_FRCP.xml"), 10}};
        NomenclatureRepository r(*m_db);
        const QFileInfoList files = QDir(test::referenceDir()).entryInfoList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= expected.size(), qPrintable(test::referenceDir()));
        int valueSets = 0;
        int refused = 0;
        for (const QFileInfo &file : files) {
            const ImportResult result = r.importFile(file.filePath());
            if (file.fileName().startsWith(QLatin1String("JDV"))) {
                QVERIFY2(result.ok, qPrintable(result.error));
                QVERIFY2(result.set.conceptCount > 0, qPrintable(file.fileName()));
                if (expected.contains(file.fileName()))
                    QCOMPARE(result.set.conceptCount, expected.value(file.fileName()));
                QCOMPARE(conceptRows(*m_db, result.set.oid), result.set.conceptCount);
                QVERIFY(result.set.active);
                QVERIFY(!result.replaced);
                QCOMPARE(result.set.source, file.fileName());
                ++valueSets;
            } else if (file.suffix() == QLatin1String("xml")) {
                QVERIFY2(!result.ok, qPrintable(file.fileName()));
                QVERIFY2(result.error.contains(file.fileName()), qPrintable(result.error));
                QVERIFY2(result.error.contains(QLatin1String("not a value set")), qPrintable(result.error));
                ++refused;
            }
        }
        QVERIFY(valueSets >= expected.size());
        QVERIFY2(refused >= 2, "the example fiches (CDA documents) are in the reference folder");
        QCOMPARE(int(READ(r.sets()).size()), valueSets);
        const std::optional<SetInfo> tumour = READ(r.activeSetByName(QStringLiteral("JDV_Tumeur_CISIS")));
        QVERIFY(tumour);
        QCOMPARE(tumour->oid, kTumourOid);
        QCOMPARE(tumour->version, QStringLiteral("test"));
        QCOMPARE(tumour->revisionDate, QDate(2021, 9, 22));
        QCOMPARE(tumour->conceptCount, 724);
        QCOMPARE(READ(r.activeSetByName(QStringLiteral("JDV_Morphologie")))->conceptCount, 1032);
        QVERIFY(!READ(r.activeSetByName(QStringLiteral("JDV_Nothing"))));
    }

    void badFilesAreRefusedAndLoseNothing_data() {
        QTest::addColumn<QString>("file"); // under tests/data/nomenclature, or a reference file
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << "truncated"
                                   << "line ";
        QTest::newRow("empty") << "empty"
                               << "empty";
        QTest::newRow("malformed") << "malformed.xml"
                                   << "line 9";
        QTest::newRow("no concepts") << "no-concepts.xml"
                                     << "no concept";
        QTest::newRow("duplicate code") << "duplicate-code.xml"
                                        << "ORG-126 appears twice";
        QTest::newRow("missing OID") << "missing-oid.xml"
                                     << "OID";
        QTest::newRow("bad date") << "bad-date.xml"
                                  << "not a date";
        QTest::newRow("concept without code") << "concept-without-code.xml"
                                              << "no code";
        QTest::newRow("CDA fiche") << "ref:CANCER-FRCP_2022.01_Appareil.xml"
                                   << "ClinicalDocument";
        QTest::newRow("CDA care plan") << "ref:pps.xml"
                                       << "not a value set";
        QTest::newRow("missing file") << "does-not-exist.xml"
                                      << "Cannot read";
    }
    void badFilesAreRefusedAndLoseNothing() {
        QFETCH(QString, file);
        QFETCH(QString, message);
        NomenclatureRepository r(*m_db);
        load(r, reference(QStringLiteral("JDVx_Tumeur.xml")));
        load(r, reference(QStringLiteral("JDV_StatutQuorum.xml")));
        const std::vector<SetInfo> before = READ(r.sets());

        QString path;
        if (file == QLatin1String("truncated")) {
            // The tumour set cut in the middle: same OID and version as the one loaded.
            QFile original(reference(QStringLiteral("JDVx_Tumeur.xml")));
            QVERIFY(original.open(QIODevice::ReadOnly));
            const QByteArray bytes = original.readAll();
            path = m_dir->filePath(QStringLiteral("JDVx_Tumeur_cut.xml"));
            QFile cut(path);
            QVERIFY(cut.open(QIODevice::WriteOnly));
            cut.write(bytes.left(bytes.size() / 2));
        } else if (file == QLatin1String("empty")) {
            path = m_dir->filePath(QStringLiteral("empty.xml"));
            QFile empty(path);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        } else if (file.startsWith(QLatin1String("ref:"))) {
            path = reference(file.mid(4));
        } else {
            path = test::dataFile(QStringLiteral("nomenclature/") + file);
        }
        const ImportResult result = r.importFile(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QFileInfo(path).fileName()), qPrintable(result.error));
        QVERIFY2(result.error.contains(message), qPrintable(result.error));

        const std::vector<SetInfo> after = READ(r.sets());
        QCOMPARE(after.size(), before.size());
        for (std::size_t i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].oid, before[i].oid);
            QCOMPARE(after[i].version, before[i].version);
            QCOMPARE(after[i].conceptCount, before[i].conceptCount);
            QCOMPARE(after[i].active, before[i].active);
            QCOMPARE(after[i].importedAt, before[i].importedAt);
        }
        QCOMPARE(conceptRows(*m_db, kTumourOid), 724);
        QCOMPARE(conceptRows(*m_db, kQuorumOid), 3);
        QCOMPARE(READ(r.displayName(kQuorumOid, QStringLiteral("GEN-010"))), QStringLiteral("Ne sait pas"));
        QCOMPARE(READ(r.activeSet(kTumourOid))->conceptCount, 724);
    }

    void newerVersionBecomesActiveAndOldStaysListed() {
        NomenclatureRepository r(*m_db);
        load(r, reference(QStringLiteral("JDV_StatutQuorum.xml")));
        QCOMPARE(READ(r.search(kQuorumOid, QString())).size(), std::size_t(3));
        const ImportResult v2 = r.importFile(test::dataFile(QStringLiteral("nomenclature/quorum-v2.xml")));
        QVERIFY2(v2.ok, qPrintable(v2.error));
        QCOMPARE(v2.set.version, QStringLiteral("2030.1"));

        const std::vector<SetInfo> all = READ(r.sets());
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].version, QStringLiteral("test"));
        QVERIFY(!all[0].active);
        QCOMPARE(all[0].conceptCount, 3);
        QCOMPARE(all[1].version, QStringLiteral("2030.1"));
        QVERIFY(all[1].active);
        QCOMPARE(READ(r.activeSet(kQuorumOid))->version, QStringLiteral("2030.1"));
        QCOMPARE(READ(r.displayName(kQuorumOid, QStringLiteral("ORG-126"))),
                 QStringLiteral("Quorum atteint (révisé)"));
        QVERIFY(
            READ(r.displayName(kQuorumOid, QStringLiteral("GEN-010"))).isEmpty()); // not in the new version
        QCOMPARE(codes(READ(r.search(kQuorumOid, QString()))), (QStringList{"ORG-126", "ORG-133"}));
        QCOMPARE(conceptRows(*m_db, kQuorumOid), 3 + 2);

        QVERIFY(!r.activate(kQuorumOid, QStringLiteral("1999")));
        QCOMPARE(READ(r.activeSet(kQuorumOid))->version, QStringLiteral("2030.1"));
        QVERIFY(r.activate(kQuorumOid, QStringLiteral("test")));
        QCOMPARE(READ(r.activeSet(kQuorumOid))->version, QStringLiteral("test"));
        QCOMPARE(READ(r.displayName(kQuorumOid, QStringLiteral("GEN-010"))), QStringLiteral("Ne sait pas"));
        QCOMPARE(READ(r.search(kQuorumOid, QString())).size(), std::size_t(3));
    }

    void reimportOfTheSameVersionReplacesIt() {
        NomenclatureRepository r(*m_db);
        load(r, reference(QStringLiteral("JDV_StatutQuorum.xml")));
        load(r, test::dataFile(QStringLiteral("nomenclature/quorum-v2.xml")));
        const ImportResult again = r.importFile(reference(QStringLiteral("JDV_StatutQuorum.xml")));
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(again.replaced);
        const std::vector<SetInfo> all = READ(r.sets());
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(READ(r.activeSet(kQuorumOid))->version, QStringLiteral("test"));
        QCOMPARE(conceptRows(*m_db, kQuorumOid), 3 + 2);
    }

    void lookupAndSearch() {
        NomenclatureRepository r(*m_db);
        load(r, reference(QStringLiteral("JDVx_Tumeur.xml")));
        load(r, reference(QStringLiteral("JDVx_Morphologie.xml")));
        QCOMPARE(READ(r.displayName(kTumourOid, QStringLiteral("C50.9"))),
                 QStringLiteral("Tumeur maligne du sein, sans précision"));
        QCOMPARE(READ(r.displayName(kMorphologyOid, QStringLiteral("8140/3"))),
                 QStringLiteral("Adénocarcinome, SAI"));
        QVERIFY(READ(r.displayName(kTumourOid, QStringLiteral("8140/3"))).isEmpty());
        QVERIFY(READ(r.displayName(QStringLiteral("1.2.3"), QStringLiteral("C50.9"))).isEmpty());
        QCOMPARE(int(READ(r.concepts(kTumourOid)).size()), 724);

        const QStringList breast = codes(READ(r.search(kTumourOid, QStringLiteral("c50"), 100)));
        QCOMPARE(breast.size(), 10);
        for (const QString &code : breast)
            QVERIFY2(code.startsWith(QLatin1String("C50")), qPrintable(code));
        QCOMPARE(READ(r.search(kMorphologyOid, QStringLiteral("8140/3"))).front().code,
                 QStringLiteral("8140/3"));

        const std::vector<Concept> lesion = READ(r.search(kTumourOid, QStringLiteral("lesion")));
        QVERIFY(!lesion.empty());
        for (const Concept &c : lesion)
            QVERIFY2(c.displayName.contains(QStringLiteral("ésion"), Qt::CaseInsensitive),
                     qPrintable(c.displayName));
        QVERIFY(codes(READ(r.search(kMorphologyOid, QStringLiteral("NAEVUS congenital")))).size() >= 1);
        // Word starts come before words merely contained ("adenocarcinome" inside other words).
        const std::vector<Concept> adeno =
            READ(r.search(kMorphologyOid, QStringLiteral("ADENOCARCINOME sai"), 5));
        QVERIFY(!adeno.empty());
        QVERIFY2(adeno.front().displayName.startsWith(QStringLiteral("Adénocarcinome")),
                 qPrintable(adeno.front().displayName));
        QCOMPARE(READ(r.search(kMorphologyOid, QStringLiteral("tumeur"), 7)).size(), std::size_t(7));
        QVERIFY(READ(r.search(kMorphologyOid, QStringLiteral("zzzz qqq"))).empty());
        QVERIFY(READ(r.search(QStringLiteral("1.2.3"), QStringLiteral("tumeur"))).empty());
    }

    // The searches bench/bench_nomenclature times find what they should (its figures are printed
    // there, not here).
    void searchAsYouTypeFindsWhatIsTyped() {
        NomenclatureRepository r(*m_db);
        load(r, reference(QStringLiteral("JDVx_Morphologie.xml")));
        const std::vector<Concept> squamous =
            READ(r.search(kMorphologyOid, QStringLiteral("carcinome epidermoide"), 50));
        QVERIFY(!squamous.empty());
        for (const Concept &c : squamous)
            QVERIFY2(c.displayName.contains(QStringLiteral("carcinome"), Qt::CaseInsensitive) &&
                         c.displayName.contains(QStringLiteral("épidermoïde"), Qt::CaseInsensitive),
                     qPrintable(c.displayName));
        const QStringList byCode = codes(READ(r.search(kMorphologyOid, QStringLiteral("8140"), 50)));
        QVERIFY(byCode.contains(QStringLiteral("8140/3")));
        for (const QString &code : byCode)
            QVERIFY2(code.startsWith(QLatin1String("8140")), qPrintable(code));
        // Every word typed is found in each result, word starts first ("B" of "B-cell" before the b
        // inside "fibrose").
        const std::vector<Concept> lymphomaB =
            READ(r.search(kMorphologyOid, QStringLiteral("lymphome b"), 50));
        QVERIFY(!lymphomaB.empty());
        QVERIFY2(lymphomaB.front().displayName.contains(QRegularExpression(QStringLiteral("\\bB"))),
                 qPrintable(lymphomaB.front().displayName));
        for (const Concept &c : lymphomaB)
            QVERIFY2(c.displayName.contains(QStringLiteral("lymphome"), Qt::CaseInsensitive) &&
                         c.displayName.contains(QLatin1Char('b'), Qt::CaseInsensitive),
                     qPrintable(c.displayName));
        QCOMPARE(READ(r.search(kMorphologyOid, QStringLiteral("adeno"), 50)).size(),
                 std::size_t(50)); // the limit
        QVERIFY(READ(r.search(kMorphologyOid, QStringLiteral("zzz"), 50)).empty());
    }

    void builtinSetsHaveTheNationalCodes_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("quorum") << "JDV_StatutQuorum_CISIS" << QStringList{"ORG-126", "ORG-133", "GEN-010"};
        QTest::newRow("case") << "JDV_StatutCasPresente_CISIS" << QStringList{"ORG-128", "ORG-134"};
        QTest::newRow("nature") << "JDV_NatureDiscussion_CISIS" << QStringList{"ORG-117", "ORG-132"};
        QTest::newRow("phase") << "JDV_PhaseCancer_CISIS" << QStringList{"MED-268", "MED-244"};
        QTest::newRow("document") << "JDV_StatutDoc_CISIS"
                                  << QStringList{"385651009", "398166005", "9571008", "29179001"};
        QTest::newRow("WHO") << "who-performance-status" << QStringList{"0", "1", "2", "3", "4"};
        QTest::newRow("identity") << "identity-status" << QStringList{"PROV", "RECUP", "VALI", "QUAL"};
        QTest::newRow("specialty") << "TRE_R38_SpecialiteOrdinale"
                                   << QStringList{"SM01", "SM02", "SM05", "SM08", "SM10", "SM11", "SM12",
                                                  "SM14", "SM15", "SM16", "SM17", "SM18", "SM19", "SM20",
                                                  "SM21", "SM23", "SM24", "SM26", "SM27", "SM28", "SM30",
                                                  "SM31", "SM32", "SM34", "SM35", "SM36", "SM37", "SM40",
                                                  "SM41", "SM42", "SM44", "SM45", "SM53", "SM54", "SM62",
                                                  "SM71", "SM74", "other"};
        QTest::newRow("establishment type")
            << "TRE_R02_SecteurActivite"
            << QStringList{"SA01", "SA03", "SA04", "SA05", "SA30", "SA36", "SA52"};
    }
    void builtinSetsHaveTheNationalCodes() {
        QFETCH(QString, name);
        QFETCH(QStringList, codes);
        const BuiltinSet *set = builtinSet(name);
        QVERIFY(set);
        QStringList actual;
        QSet<QString> labels;
        for (const BuiltinEntry &e : set->entries()) {
            actual << e.code;
            QVERIFY2(!e.label.isEmpty(), qPrintable(e.code));
            labels.insert(e.label);
            QCOMPARE(set->label(e.code), e.label);
            QVERIFY(set->contains(e.code));
        }
        QCOMPARE(actual, codes);
        QCOMPARE(labels.size(), codes.size());
        QVERIFY(!set->contains(QStringLiteral("XXX-000")));
        QVERIFY(set->label(QStringLiteral("XXX-000")).isEmpty());
        QVERIFY(!set->contains(QString()));
    }

    // Each built-in set with a national OID has exactly the codes of the national file.
    void builtinSetsMatchTheReferenceFiles() {
        const QFileInfoList files = QDir(test::referenceDir()).entryInfoList({QStringLiteral("JDV*.xml")});
        int checked = 0;
        for (const BuiltinSet *set : builtinSets()) {
            if (set->oid().isEmpty())
                continue;
            for (const QFileInfo &file : files) {
                const ReadResult read = readValueSetFile(file.filePath());
                QVERIFY2(read, qPrintable(read.error));
                if (read.set->oid != set->oid())
                    continue;
                QCOMPARE(read.set->name, set->name());
                QStringList national = codes(read.set->concepts);
                QStringList ours;
                for (const BuiltinEntry &e : set->entries())
                    ours << e.code;
                national.sort();
                ours.sort();
                QCOMPARE(ours, national);
                ++checked;
            }
        }
        QCOMPARE(checked, 6);
        QCOMPARE(treatmentTypes().size(), 18);
        QCOMPARE(treatmentTypes().sourceLabel(QStringLiteral("C15632")), QStringLiteral("Chemotherapy"));
        QCOMPARE(performanceStatusNationalCode(0), QStringLiteral("MED-240"));
        QCOMPARE(performanceStatusNationalCode(4), QStringLiteral("MED-267"));
        QVERIFY(performanceStatusNationalCode(5).isEmpty());
        QVERIFY(performanceStatusNationalCode(-1).isEmpty());
    }

    void cliImportsAndReports() {
        const QString db = m_dir->filePath(QStringLiteral("cli.db"));
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db}).code, 0);
        const Run none = test::runCli({QStringLiteral("import-nomenclature"), QStringLiteral("--db"), db});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(QStringLiteral("JDV")), qPrintable(none.err));

        const Run good = test::runCli({QStringLiteral("import-nomenclature"), QStringLiteral("--db"), db,
                                       reference(QStringLiteral("JDVx_Tumeur.xml")),
                                       reference(QStringLiteral("JDVx_Morphologie.xml"))});
        QCOMPARE(good.code, 0);
        QVERIFY2(good.err.isEmpty(), qPrintable(good.err));
        const QStringList lines = good.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QStringLiteral("JDV_Tumeur_CISIS")) && lines[0].contains(kTumourOid) &&
                     lines[0].contains(QStringLiteral("test")) && lines[0].contains(QStringLiteral("724")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(QStringLiteral("1032")), qPrintable(lines[1]));

        const Run mixed = test::runCli({QStringLiteral("import-nomenclature"), QStringLiteral("--db"), db,
                                        reference(QStringLiteral("pps.xml")),
                                        reference(QStringLiteral("JDV_StatutQuorum.xml")),
                                        test::dataFile(QStringLiteral("nomenclature/malformed.xml"))});
        QCOMPARE(mixed.code, 1);
        QVERIFY2(mixed.err.contains(QStringLiteral("pps.xml")), qPrintable(mixed.err));
        QVERIFY2(mixed.err.contains(QStringLiteral("malformed.xml")), qPrintable(mixed.err));
        QVERIFY2(mixed.out.contains(QStringLiteral("JDV_StatutQuorum_CISIS")), qPrintable(mixed.out));
        QVERIFY2(mixed.out.contains(QStringLiteral("3 concept")), qPrintable(mixed.out));

        std::unique_ptr<Database> opened = Database::create(db);
        QVERIFY(opened);
        NomenclatureRepository r(*opened);
        QCOMPARE(int(READ(r.sets()).size()), 3);
        QCOMPARE(READ(r.activeSet(kQuorumOid))->conceptCount, 3);
        QCOMPARE(READ(r.activeSet(kTumourOid))->conceptCount, 724);
    }
};

QTEST_GUILESS_MAIN(TestNomenclature)
#include "tst_nomenclature.moc"
