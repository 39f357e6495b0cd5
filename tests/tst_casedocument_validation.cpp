// Validation of the working copy, message by field path: what the case editor shows at each field.
#include "editing/casedocument.h"
#include "models/store/nomenclaturerepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QUndoStack>
#include <QtTest>

using namespace concerto;
using namespace concerto::editing;

class TestCaseDocumentValidation : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_case;

    std::unique_ptr<CaseDocument> openCase() {
        QString error;
        auto document = CaseDocument::open(*m_db, m_case, &error);
        [&] { QVERIFY2(document, qPrintable(error)); }();
        return document;
    }
    static QString joined(const QStringList &messages) { return messages.join(QLatin1Char('|')); }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("validation.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC); });
        m_case = test::saveSampleCase(*m_db).inscriptionId;
    }

    void theSampleCaseIsValid() {
        auto doc = openCase();
        const FieldMessages all = doc->validation();
        QVERIFY2(all.empty(),
                 qPrintable(all.empty() ? QString() : all.begin()->first + all.begin()->second.join(' ')));
    }

    void aTnmCategoryIsCheckedAtItsField() {
        auto doc = openCase();
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/t"), QStringLiteral("T9"));
        QVERIFY(!doc->messagesAt(QStringLiteral("tumours/0/clinicalTnm/t")).isEmpty());
        QVERIFY(doc->messagesAt(QStringLiteral("tumours/0/clinicalTnm/n")).isEmpty());
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/t"), QStringLiteral("T3"));
        QVERIFY(doc->messagesAt(QStringLiteral("tumours/0/clinicalTnm/t")).isEmpty());
        // M written with the pathological prefix on the clinical TNM.
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/prefix"), QStringLiteral("p"));
        QVERIFY(!doc->messagesAt(QStringLiteral("tumours/0/clinicalTnm/prefix")).isEmpty());
    }

    void aCategoryThatDoesNotExistForTheSiteNamesIt() {
        auto doc = openCase();
        doc->setText(QStringLiteral("tumours/0/topography"), QStringLiteral("C25.0"));
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/n"), QStringLiteral("N2b"));
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/stage"), QString());
        const QString message = joined(doc->messagesAt(QStringLiteral("tumours/0/clinicalTnm")));
        QVERIFY2(message.contains(QStringLiteral("N2b")) &&
                     message.contains(QStringLiteral("does not exist")),
                 qPrintable(message));
        // The computed stage group says it too; a valid N gives the group.
        QCOMPARE(doc->stageOf(0, false).outcome, staging::StageOutcome::Refused);
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/n"), QStringLiteral("N1"));
        QVERIFY(doc->messagesAt(QStringLiteral("tumours/0/clinicalTnm")).isEmpty());
        QCOMPARE(doc->stageOf(0, false).outcome, staging::StageOutcome::Staged);
        QCOMPARE(doc->stageOf(0, false).stage, QStringLiteral("IIB"));
    }

    void aTnmWithoutEditionAndAStageThatDisagrees() {
        auto doc = openCase();
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/edition"), QString());
        QVERIFY(!doc->messagesAt(QStringLiteral("tumours/0/clinicalTnm/edition")).isEmpty());
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/edition"), QStringLiteral("UICC 8"));
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/stage"), QStringLiteral("IV"));
        const QString message = joined(doc->messagesAt(QStringLiteral("tumours/0/clinicalTnm")));
        QVERIFY2(message.contains(QStringLiteral("IIIB")), qPrintable(message));
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/stage"), QStringLiteral("IIZ"));
        QVERIFY(!doc->messagesAt(QStringLiteral("tumours/0/clinicalTnm/stage")).isEmpty());
    }

    void malformedCodesAreRefusedAndUnknownOnesOnceTheSetsAreLoaded() {
        auto doc = openCase();
        doc->setText(QStringLiteral("tumours/0/topography"), QStringLiteral("X99"));
        doc->setText(QStringLiteral("tumours/0/morphology"), QStringLiteral("81403"));
        QVERIFY(!doc->messagesAt(QStringLiteral("tumours/0/topography")).isEmpty());
        QVERIFY(!doc->messagesAt(QStringLiteral("tumours/0/morphology")).isEmpty());
        // Well formed but not national codes: accepted while no value set is loaded…
        doc->setText(QStringLiteral("tumours/0/topography"), QStringLiteral("C14.1"));
        doc->setText(QStringLiteral("tumours/0/morphology"), QStringLiteral("8139/3"));
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/t"), QString());
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/n"), QString());
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/m"), QString());
        doc->setText(QStringLiteral("tumours/0/clinicalTnm/stage"), QString());
        doc->setText(QStringLiteral("tumours/0/pathologicalTnm/t"), QString());
        doc->setText(QStringLiteral("tumours/0/pathologicalTnm/n"), QString());
        doc->setText(QStringLiteral("tumours/0/pathologicalTnm/m"), QString());
        doc->setText(QStringLiteral("tumours/0/pathologicalTnm/stage"), QString());
        QVERIFY(doc->messagesAt(QStringLiteral("tumours/0/topography")).isEmpty());
        QVERIFY(doc->messagesAt(QStringLiteral("tumours/0/morphology")).isEmpty());
        // …and named once the national sets are imported.
        nomenclature::NomenclatureRepository sets(*m_db);
        for (const char *file : {"JDVx_Tumeur.xml", "JDVx_Morphologie.xml"}) {
            const nomenclature::ImportResult r =
                sets.importFile(QDir(test::referenceDir()).filePath(QLatin1String(file)));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        auto reopened = openCase();
        reopened->setText(QStringLiteral("tumours/0/topography"), QStringLiteral("C14.1"));
        reopened->setText(QStringLiteral("tumours/0/morphology"), QStringLiteral("8139/3"));
        QVERIFY2(joined(reopened->messagesAt(QStringLiteral("tumours/0/topography")))
                     .contains(QStringLiteral("C14.1")),
                 qPrintable(joined(reopened->messagesAt(QStringLiteral("tumours/0/topography")))));
        QVERIFY(!reopened->messagesAt(QStringLiteral("tumours/0/morphology")).isEmpty());
        reopened->setText(QStringLiteral("tumours/0/topography"), QStringLiteral("C18.7"));
        reopened->setText(QStringLiteral("tumours/0/morphology"), QStringLiteral("8140/3"));
        QVERIFY(reopened->messagesAt(QStringLiteral("tumours/0/topography")).isEmpty());
        QVERIFY(reopened->messagesAt(QStringLiteral("tumours/0/morphology")).isEmpty());
    }

    void impossibleDatesAreNamedAtTheirField() {
        auto doc = openCase();
        doc->setDate(QStringLiteral("tumours/0/diagnosisDate"), QDate(1950, 3, 1)); // before birth (1955)
        QVERIFY(!doc->messagesAt(QStringLiteral("tumours/0/diagnosisDate")).isEmpty());
        doc->setDate(QStringLiteral("tumours/0/diagnosisDate"), QDate(2027, 3, 1)); // future
        QVERIFY(!doc->messagesAt(QStringLiteral("tumours/0/diagnosisDate")).isEmpty());
        doc->setDate(QStringLiteral("clinical/tests/0/date"), QDate(2030, 1, 1));
        QCOMPARE(doc->messagesAt(QStringLiteral("clinical/tests/0/date")).size(), 1);
        doc->setDate(QStringLiteral("clinical/treatments/0/end"), QDate(2026, 10, 1)); // before its start
        QVERIFY(joined(doc->messagesAt(QStringLiteral("clinical/treatments/0/end")))
                    .contains(QStringLiteral("before")));
        doc->setDate(QStringLiteral("clinical/whoStatusDate"), QDate(1940, 1, 1));
        QVERIFY(!doc->messagesAt(QStringLiteral("clinical/whoStatusDate")).isEmpty());
        doc->setInt(QStringLiteral("clinical/whoStatus"), 7);
        QVERIFY(!doc->messagesAt(QStringLiteral("clinical/whoStatus")).isEmpty());
        // Nothing spills over to fields that are right.
        QVERIFY(doc->messagesAt(QStringLiteral("clinical/reports/0/date")).isEmpty());
        QVERIFY(doc->messagesAt(QStringLiteral("question")).isEmpty());
    }

    void anOtherStagingIsCheckedAgainstTheSite() {
        auto doc = openCase();
        doc->appendItem(QStringLiteral("tumours/0/otherStagings"),
                        {{QStringLiteral("name"), QStringLiteral("Ann Arbor")},
                         {QStringLiteral("value"), QStringLiteral("IIB")}});
        QVERIFY(!doc->messagesAt(QStringLiteral("tumours/0/otherStagings/1")).isEmpty());
    }
    // The committee's required fields are checked on the working copy, before any save.
    void whatTheCommitteeRequiresFollowsTheEdits() {
        auto doc = openCase();
        QString committee;
        QVERIFY2(doc->completeness(&committee).complete(), qPrintable(doc->completeness().text()));
        QVERIFY(!committee.isEmpty());
        doc->setText(QStringLiteral("question"), QString());
        const validation::CaseCompleteness missing = doc->completeness();
        QCOMPARE(int(missing.items.size()), 1);
        QCOMPARE(missing.items.front().field, QStringLiteral("question"));
        doc->undoStack()->undo();
        QVERIFY(doc->completeness().complete());
    }
};

QTEST_GUILESS_MAIN(TestCaseDocumentValidation)
#include "tst_casedocument_validation.moc"
