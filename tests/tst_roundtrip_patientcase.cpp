// Lossless patients and cases (inscriptions, with their tumours and clinical context): every field
// survives a round trip; a record written by a newer version comes back exactly as it was read (unknown
// keys, nested keys and codes, values of another type); a field the program changes writes its new value
// beside what it did not understand; an empty object reads as the defaults.
#include "tests/support/roundtrip.h"

#include <QtTest>

using namespace concerto;
using namespace concerto::test; // the JSON edits and checks of tests/support/roundtrip.h

class TestRoundTripPatientCase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- Patient

    void patientEveryFieldRoundTrips() {
        const Patient full = test::fullPatient();
        READ_BACK(Patient, back, full);
        SAME(Patient, back, full, birthName);
        SAME(Patient, back, full, birthGivenNames);
        SAME(Patient, back, full, usedName);
        SAME(Patient, back, full, usedGivenName);
        SAME(Patient, back, full, sex);
        SAME(Patient, back, full, birthDate);
        SAME(Patient, back, full, birthPlaceCode);
        SAME(Patient, back, full, ins);
        SAME(Patient, back, full, insOid);
        SAME(Patient, back, full, identityStatus);
        SAME(Patient, back, full, ipp);
        SAME(Patient, back, full, address.line);
        SAME(Patient, back, full, address.postalCode);
        SAME(Patient, back, full, address.city);
        SAME(Patient, back, full, address.country);
        SAME(Patient, back, full, generalPractitionerId);
        SAME(Patient, back, full, gpUnknown);
        SAME(Patient, back, full, phone);
    }

    void patientKeepsWhatANewerVersionWrote() {
        keepsNewer<Patient>("patient");
        const Patient p = Patient::fromJson(test::newerVersion(QStringLiteral("patient")));
        QCOMPARE(p.sex, Sex::Unknown);
        QCOMPARE(p.identityStatus, IdentityStatus::Provisional);
        QVERIFY(!p.mayShareIns()); // an identity status this version does not know is not qualified
        QCOMPARE(p.address.city, QStringLiteral("Angoulême"));
    }

    void patientChangedFieldWins() {
        const QJsonObject o = test::newerVersion(QStringLiteral("patient"));
        Patient p = Patient::fromJson(o);
        p.sex = Sex::Female;
        p.usedName = QStringLiteral("Durand");
        p.phone = QStringLiteral("0545000000");
        p.address.city = QStringLiteral("Cognac");
        QJsonObject expected = withKey(o, "sex", QStringLiteral("F"));
        expected = withKey(expected, "usedName", QStringLiteral("Durand"));
        expected = withKey(expected, "phone", QStringLiteral("0545000000"));
        expected =
            withKey(expected, "address", withKey(object(o, "address"), "city", QStringLiteral("Cognac")));
        COMPARE_JSON(p.toJson(), expected);
        // The identity status, never changed, is still the one the newer version wrote.
        QCOMPARE(p.toJson().value(QStringLiteral("identityStatus")).toString(), QStringLiteral("QUAL-EU"));
    }

    void patientEmptyReadsDefaults() {
        const Patient p = Patient::fromJson({});
        QCOMPARE(p.insOid, QString::fromLatin1(kOidInsNir));
        QCOMPARE(p.sex, Sex::Unknown);
        QCOMPARE(p.identityStatus, IdentityStatus::Provisional);
        QVERIFY(!p.gpUnknown);
        COMPARE_JSON(p.toJson(), Patient().toJson());
        Patient emptied;
        emptied.insOid.clear();
        QVERIFY(Patient::fromJson(emptied.toJson()).insOid.isEmpty());
    }

    // --- Inscription (the case)

    void inscriptionEveryFieldRoundTrips() {
        const Inscription full = test::fullInscription();
        READ_BACK(Inscription, back, full);
        SAME(Inscription, back, full, sessionId);
        SAME(Inscription, back, full, patientId);
        SAME(Inscription, back, full, requesterId);
        SAME(Inscription, back, full, presenterId);
        SAME(Inscription, back, full, motif.diagnosticOpinion);
        SAME(Inscription, back, full, motif.treatmentProposal);
        SAME(Inscription, back, full, motif.recours);
        SAME(Inscription, back, full, motif.paediatrics);
        SAME(Inscription, back, full, intent);
        SAME(Inscription, back, full, question);
        SAME(Inscription, back, full, agendaState);
        SAME(Inscription, back, full, agendaOrder);
        SAME(Inscription, back, full, registeredAt);
        SAME(Inscription, back, full, lateRegistration);
        SAME(Inscription, back, full, correspondents);
        QCOMPARE(back.tumours.size(), std::size_t(1));
        const Tumour &bt = back.tumours[0], &ft = full.tumours[0];
        SAME(Tumour, bt, ft, diagnosisDate);
        SAME(Tumour, bt, ft, diagnosisDayKnown);
        SAME(Tumour, bt, ft, topography);
        SAME(Tumour, bt, ft, laterality);
        SAME(Tumour, bt, ft, morphology);
        SAME(Tumour, bt, ft, clinicalTnm.prefix);
        SAME(Tumour, bt, ft, clinicalTnm.t);
        SAME(Tumour, bt, ft, clinicalTnm.n);
        SAME(Tumour, bt, ft, clinicalTnm.m);
        SAME(Tumour, bt, ft, clinicalTnm.stage);
        SAME(Tumour, bt, ft, clinicalTnm.edition);
        SAME(Tumour, bt, ft, clinicalTnm.date);
        SAME(Tumour, bt, ft, pathologicalTnm.prefix);
        SAME(Tumour, bt, ft, pathologicalTnm.t);
        SAME(Tumour, bt, ft, pathologicalTnm.n);
        SAME(Tumour, bt, ft, pathologicalTnm.m);
        SAME(Tumour, bt, ft, pathologicalTnm.stage);
        SAME(Tumour, bt, ft, pathologicalTnm.edition);
        SAME(Tumour, bt, ft, pathologicalTnm.date);
        QCOMPARE(bt.otherStagings.size(), std::size_t(1));
        SAME(OtherStaging, bt.otherStagings[0], ft.otherStagings[0], name);
        SAME(OtherStaging, bt.otherStagings[0], ft.otherStagings[0], version);
        SAME(OtherStaging, bt.otherStagings[0], ft.otherStagings[0], value);
        const ClinicalContext &bc = back.clinical, &fc = full.clinical;
        SAME(ClinicalContext, bc, fc, fromScreening);
        SAME(ClinicalContext, bc, fc, screeningDate);
        SAME(ClinicalContext, bc, fc, history);
        SAME(ClinicalContext, bc, fc, comorbidities);
        SAME(ClinicalContext, bc, fc, whoStatus);
        SAME(ClinicalContext, bc, fc, whoStatusDate);
        SAME(ClinicalContext, bc, fc, geriatricTool);
        SAME(ClinicalContext, bc, fc, geriatricScore);
        SAME(ClinicalContext, bc, fc, phase);
        SAME(ClinicalContext, bc, fc, relapseDate);
        SAME(ClinicalContext, bc, fc, progressionLocal);
        SAME(ClinicalContext, bc, fc, progressionRegional);
        SAME(ClinicalContext, bc, fc, progressionDistant);
        SAME(ClinicalContext, bc, fc, summary);
        QCOMPARE(bc.tests.size(), std::size_t(1));
        SAME(TestResult, bc.tests[0], fc.tests[0], date);
        SAME(TestResult, bc.tests[0], fc.tests[0], exam);
        SAME(TestResult, bc.tests[0], fc.tests[0], result);
        QCOMPARE(bc.treatments.size(), std::size_t(1));
        SAME(PastTreatment, bc.treatments[0], fc.treatments[0], type);
        SAME(PastTreatment, bc.treatments[0], fc.treatments[0], details);
        SAME(PastTreatment, bc.treatments[0], fc.treatments[0], start);
        SAME(PastTreatment, bc.treatments[0], fc.treatments[0], end);
        SAME(PastTreatment, bc.treatments[0], fc.treatments[0], state);
        QCOMPARE(bc.reports.size(), std::size_t(1));
        SAME(ReportConclusion, bc.reports[0], fc.reports[0], kind);
        SAME(ReportConclusion, bc.reports[0], fc.reports[0], date);
        SAME(ReportConclusion, bc.reports[0], fc.reports[0], author);
        SAME(ReportConclusion, bc.reports[0], fc.reports[0], text);
    }

    void inscriptionKeepsWhatANewerVersionWrote() {
        keepsNewer<Inscription>("inscription");
        const Inscription i = Inscription::fromJson(test::newerVersion(QStringLiteral("inscription")));
        QCOMPARE(i.agendaState, AgendaState::ToDiscuss);
        QCOMPARE(i.agendaOrder, 0); // a text where a number is expected
        QCOMPARE(i.tumours.at(0).pathologicalTnm.text(), QStringLiteral("pT2 N0 M0 (UICC 8)"));
        QCOMPARE(i.tumours.at(0).clinicalTnm.date, QDate(2026, 10, 2));
        QCOMPARE(i.clinical.treatments.at(0).state, TreatmentState::Done);
    }

    void inscriptionChangedFieldWins() {
        const QJsonObject o = test::newerVersion(QStringLiteral("inscription"));
        Inscription i = Inscription::fromJson(o);
        i.agendaState = AgendaState::Discussed;
        i.agendaOrder = 5;
        i.motif.recours = true;
        i.tumours[0].pathologicalTnm.t = QStringLiteral("T3");
        i.clinical.summary = QStringLiteral("Liposarcome opéré.");
        i.clinical.reports[0].author = QStringLiteral("Dr Faure");
        QJsonObject expected = withKey(o, "agendaState", QStringLiteral("discussed"));
        expected = withKey(expected, "agendaOrder", 5);
        expected = withKey(expected, "motif", withKey(object(o, "motif"), "recours", true));
        const QJsonObject tumour = item(o, "tumours");
        expected = withItem(expected, "tumours", 0,
                            withKey(tumour, "pathologicalTnm",
                                    withKey(object(tumour, "pathologicalTnm"), "t", QStringLiteral("T3"))));
        QJsonObject clinical =
            withKey(object(o, "clinical"), "summary", QStringLiteral("Liposarcome opéré."));
        clinical = withItem(clinical, "reports", 0,
                            withKey(item(clinical, "reports"), "author", QStringLiteral("Dr Faure")));
        expected = withKey(expected, "clinical", clinical);
        COMPARE_JSON(i.toJson(), expected);
        // The treatment state, never changed, is still the one the newer version wrote.
        QCOMPARE(item(object(i.toJson(), "clinical"), "treatments").value(QStringLiteral("state")).toString(),
                 QStringLiteral("stopped-toxicity"));
    }

    void inscriptionEmptyReadsDefaults() {
        const Inscription i = Inscription::fromJson({});
        QCOMPARE(i.intent, QString::fromLatin1(kCaseDiscussed));
        QCOMPARE(i.agendaState, AgendaState::ToDiscuss);
        QCOMPARE(i.agendaOrder, 0);
        QCOMPARE(i.clinical.whoStatus, -1);
        QCOMPARE(i.clinical.phase, QString::fromLatin1(kPhaseInitial));
        COMPARE_JSON(i.toJson(), Inscription().toJson());
        QCOMPARE(PastTreatment::fromJson({}).state, TreatmentState::Done);
        Inscription emptied;
        emptied.intent.clear();
        emptied.clinical.phase.clear();
        const Inscription back = Inscription::fromJson(emptied.toJson());
        QVERIFY(back.intent.isEmpty());
        QVERIFY(back.clinical.phase.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoundTripPatientCase)
#include "tst_roundtrip_patientcase.moc"
