// Lossless records: every field survives a round trip; a record written by a newer version comes back
// exactly as it was read (unknown keys, nested keys and codes, values of another type); a field the
// program changes writes its new value beside what it did not understand; an empty object reads as the
// defaults; and the store saves such a record without losing anything or journaling a change.
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "tests/support/fullrecords.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject withKey(QJsonObject o, const char *key, const QJsonValue &v) {
    o.insert(QLatin1String(key), v);
    return o;
}

QJsonObject withoutKey(QJsonObject o, const char *key) {
    o.remove(QLatin1String(key));
    return o;
}

// o[key][index], an object inside an array.
QJsonObject item(const QJsonObject &o, const char *key, int index = 0) {
    return o.value(QLatin1String(key)).toArray().at(index).toObject();
}

QJsonObject withItem(QJsonObject o, const char *key, int index, const QJsonObject &v) {
    QJsonArray a = o.value(QLatin1String(key)).toArray();
    a.replace(index, v);
    o.insert(QLatin1String(key), a);
    return o;
}

QJsonObject object(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toObject();
}

// The ids of the records in tests/data/newer-version.
QUuid newerId(int n) {
    return QUuid(QStringLiteral("0d6f2a8e-5c1b-4c3e-9f7a-2b8d4e6f1a%1").arg(n, 2, 10, QLatin1Char('0')));
}

} // namespace

// Two JSON objects are equal; both are shown when they are not.
#define COMPARE_JSON(actual, expected)                                                                       \
    do {                                                                                                     \
        const QJsonObject actual_ = (actual);                                                                \
        const QJsonObject expected_ = (expected);                                                            \
        QVERIFY2(actual_ == expected_,                                                                       \
                 QByteArray("\n   actual:   " + compact(actual_) + "\n   expected: " + compact(expected_))   \
                     .constData());                                                                          \
    } while (false)

// One field of a record read back equals the record it was written from, which gives that field a
// value other than the default of `Type` (so that a field the JSON forms forget cannot pass unseen).
#define SAME(Type, back, full, field)                                                                        \
    do {                                                                                                     \
        QCOMPARE((back).field, (full).field);                                                                \
        QVERIFY2(!((full).field == Type().field), "left at its default: " #field);                           \
    } while (false)

// Read back, and the JSON is stable: toJson(fromJson(toJson(x))) == toJson(x).
#define READ_BACK(Type, back, full)                                                                          \
    const Type back = Type::fromJson((full).toJson());                                                       \
    COMPARE_JSON(back.toJson(), (full).toJson())

class TestRoundTrip : public QObject {
    Q_OBJECT

    // A newer version's record, read and written again by this one, is what was read; and so is the
    // copy of it, written again after a second read.
    template <typename T>
    void keepsNewer(const char *name) {
        const QJsonObject o = test::newerVersion(QLatin1String(name));
        QVERIFY2(!o.isEmpty(), name);
        const T record = T::fromJson(o);
        COMPARE_JSON(record.toJson(), o);
        const T copy = record;
        COMPARE_JSON(T::fromJson(copy.toJson()).toJson(), o);
    }

    // A newer version's record, as stored by raw SQL (the store's query columns filled from it).
    template <typename T>
    void insertRaw(Database &db, int n, const char *name) {
        using Traits = TableTraits<T>;
        const QJsonObject body = test::newerVersion(QLatin1String(name));
        QVERIFY2(!body.isEmpty(), name);
        const QStringList columns = Traits::columns();
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO %1 (id, updated_at, updated_by, body, %2) VALUES (?, ?, ?, ?, %3)")
                .arg(QLatin1String(Traits::table), columns.join(QLatin1Char(',')),
                     marks.join(QLatin1Char(',')))));
        QVariantList values{json::idText(newerId(n)), QStringLiteral("2026-11-20T10:00:00.000Z"),
                            QStringLiteral("serveur"), compact(body)};
        values += Traits::values(T::fromJson(body));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    template <typename T>
    QJsonObject storedBody(Database &db, int n) {
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("SELECT body FROM %1 WHERE id = ?").arg(QLatin1String(TableTraits<T>::table)));
        q.bindValue(0, json::idText(newerId(n)));
        return q.exec() && q.next() ? QJsonDocument::fromJson(q.value(0).toByteArray()).object()
                                    : QJsonObject();
    }

    // Reads a stored record with its repository and saves it unchanged.
    template <typename T, typename Repo = Repository<T>>
    void saveUnchanged(Database &db, int n) {
        Repo repository(db);
        std::optional<T> record = READ(repository.find(newerId(n)));
        QVERIFY(record);
        const StoreResult saved = repository.save(*record);
        QVERIFY2(saved.ok, qPrintable(saved.error));
    }

    static int rows(Database &db, const QString &table) {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;

    std::unique_ptr<Database> openDatabase() {
        QString error;
        std::unique_ptr<Database> db = Database::create(
            m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())), &error);
        if (db)
            db->setActor(QStringLiteral("secretaire.test"));
        else
            qWarning("%s", qPrintable(error));
        return db;
    }

private Q_SLOTS:
    // --- Organisation

    void organisationEveryFieldRoundTrips() {
        const Organisation full = test::fullOrganisation();
        READ_BACK(Organisation, back, full);
        SAME(Organisation, back, full, kind);
        SAME(Organisation, back, full, name);
        SAME(Organisation, back, full, finess);
        SAME(Organisation, back, full, establishmentType);
        SAME(Organisation, back, full, nationalId);
        SAME(Organisation, back, full, parentId);
        SAME(Organisation, back, full, houseNumber);
        SAME(Organisation, back, full, streetName);
        SAME(Organisation, back, full, postalCode);
        SAME(Organisation, back, full, city);
    }

    void organisationKeepsWhatANewerVersionWrote() {
        keepsNewer<Organisation>("organisation");
        const Organisation r = Organisation::fromJson(test::newerVersion(QStringLiteral("organisation")));
        QCOMPARE(r.kind, OrganisationKind::Establishment); // an unknown kind reads as the default
        QCOMPARE(r.name, QStringLiteral("Institut Bergonié"));
        QVERIFY(r.finess.isEmpty()); // a number where a text is expected
    }

    void organisationChangedFieldWins() {
        const QJsonObject o = test::newerVersion(QStringLiteral("organisation"));
        Organisation r = Organisation::fromJson(o);
        r.kind = OrganisationKind::Network;
        r.finess = QStringLiteral("330000662");
        r.city = QStringLiteral("Talence");
        QJsonObject expected = withKey(o, "kind", QStringLiteral("network"));
        expected = withKey(expected, "finess", QStringLiteral("330000662"));
        expected = withKey(expected, "city", QStringLiteral("Talence"));
        COMPARE_JSON(r.toJson(), expected);
    }

    void organisationEmptyReadsDefaults() {
        const Organisation r = Organisation::fromJson({});
        QCOMPARE(r.kind, OrganisationKind::Establishment);
        QVERIFY(r.name.isEmpty() && r.finess.isEmpty() && r.parentId.isNull() && r.city.isEmpty());
        QVERIFY(r.establishmentType.isEmpty() && r.nationalId.isEmpty() && r.houseNumber.isEmpty() &&
                r.streetName.isEmpty() && r.postalCode.isEmpty());
        COMPARE_JSON(r.toJson(), Organisation().toJson());
    }

    // --- Professional

    void professionalEveryFieldRoundTrips() {
        const Professional full = test::fullProfessional();
        READ_BACK(Professional, back, full);
        SAME(Professional, back, full, rpps);
        SAME(Professional, back, full, lastName);
        SAME(Professional, back, full, firstName);
        SAME(Professional, back, full, profession);
        SAME(Professional, back, full, specialty);
        SAME(Professional, back, full, establishmentId);
        SAME(Professional, back, full, email);
        SAME(Professional, back, full, phone);
    }

    void professionalKeepsWhatANewerVersionWrote() {
        keepsNewer<Professional>("professional");
        const Professional p = Professional::fromJson(test::newerVersion(QStringLiteral("professional")));
        QCOMPARE(p.displayName(), QStringLiteral("Dr Claire ROUX"));
        QVERIFY(p.phone.isEmpty());
    }

    void professionalChangedFieldWins() {
        const QJsonObject o = test::newerVersion(QStringLiteral("professional"));
        Professional p = Professional::fromJson(o);
        p.phone = QStringLiteral("0556333333");
        p.lastName = QStringLiteral("Roux-Martin");
        p.email.clear();
        QJsonObject expected = withKey(o, "phone", QStringLiteral("0556333333"));
        expected = withKey(expected, "lastName", QStringLiteral("Roux-Martin"));
        expected = withoutKey(expected, "email");
        COMPARE_JSON(p.toJson(), expected);
    }

    void professionalEmptyReadsDefaults() {
        const Professional p = Professional::fromJson({});
        QVERIFY(p.rpps.isEmpty() && p.lastName.isEmpty() && p.specialty.isEmpty() &&
                p.establishmentId.isNull());
        QCOMPARE(p.profession, QStringLiteral("G15_10")); // a physician unless the record says otherwise
        COMPARE_JSON(p.toJson(), Professional().toJson());
    }

    // --- Rcp

    void rcpEveryFieldRoundTrips() {
        const Rcp full = test::fullRcp();
        READ_BACK(Rcp, back, full);
        SAME(Rcp, back, full, organisationId);
        SAME(Rcp, back, full, hostEstablishmentId);
        SAME(Rcp, back, full, name);
        SAME(Rcp, back, full, nationalId);
        SAME(Rcp, back, full, nature);
        SAME(Rcp, back, full, appareil);
        SAME(Rcp, back, full, organs);
        SAME(Rcp, back, full, theme);
        SAME(Rcp, back, full, recours);
        SAME(Rcp, back, full, paediatric);
        SAME(Rcp, back, full, schedule.weekday);
        SAME(Rcp, back, full, schedule.start);
        SAME(Rcp, back, full, schedule.durationMinutes);
        SAME(Rcp, back, full, schedule.everyWeeks);
        SAME(Rcp, back, full, schedule.place);
        SAME(Rcp, back, full, schedule.videoLink);
        SAME(Rcp, back, full, permanentMembers);
        SAME(Rcp, back, full, quorum.minimumSpecialties);
        QCOMPARE(back.quorum.requiredGroups.size(), std::size_t(1));
        SAME(SpecialtyGroup, back.quorum.requiredGroups[0], full.quorum.requiredGroups[0], label);
        SAME(SpecialtyGroup, back.quorum.requiredGroups[0], full.quorum.requiredGroups[0], specialties);
        QCOMPARE(back.guidelines.size(), std::size_t(1));
        SAME(Guideline, back.guidelines[0], full.guidelines[0], name);
        SAME(Guideline, back.guidelines[0], full.guidelines[0], version);
        SAME(Guideline, back.guidelines[0], full.guidelines[0], date);
        SAME(Rcp, back, full, requiredCaseFields);
    }

    void rcpKeepsWhatANewerVersionWrote() {
        keepsNewer<Rcp>("rcp");
        const Rcp r = Rcp::fromJson(test::newerVersion(QStringLiteral("rcp")));
        QCOMPARE(r.schedule.start, QTime(8, 30));
        QCOMPARE(r.quorum.requiredGroups.size(), std::size_t(2));
        QVERIFY(!r.recours); // a text where a yes/no is expected
    }

    void rcpChangedFieldWins() {
        const QJsonObject o = test::newerVersion(QStringLiteral("rcp"));
        Rcp r = Rcp::fromJson(o);
        r.recours = true;
        r.schedule.place = QStringLiteral("Salle 3");
        r.quorum.minimumSpecialties = 3;
        r.guidelines[0].version = QStringLiteral("2026");
        QJsonObject expected = withKey(o, "recours", true);
        expected =
            withKey(expected, "schedule", withKey(object(o, "schedule"), "place", QStringLiteral("Salle 3")));
        expected = withKey(expected, "quorum", withKey(object(o, "quorum"), "minimumSpecialties", 3));
        expected = withItem(expected, "guidelines", 0,
                            withKey(item(o, "guidelines"), "version", QStringLiteral("2026")));
        COMPARE_JSON(r.toJson(), expected);
    }

    void rcpEmptyReadsDefaults() {
        const Rcp r = Rcp::fromJson({});
        QCOMPARE(r.nature, QString::fromLatin1(kNatureOrganRcp));
        QCOMPARE(r.schedule.weekday, 2);
        QCOMPARE(r.schedule.start, QTime(17, 0));
        QCOMPARE(r.schedule.durationMinutes, 90);
        QCOMPARE(r.schedule.everyWeeks, 1);
        QCOMPARE(r.quorum.minimumSpecialties, 3);
        COMPARE_JSON(r.toJson(), Rcp().toJson());
        // Empty nested objects read as their defaults too.
        const Rcp nested = Rcp::fromJson(
            {{QStringLiteral("schedule"), QJsonObject()}, {QStringLiteral("quorum"), QJsonObject()}});
        COMPARE_JSON(nested.schedule.toJson(), MeetingSchedule().toJson());
        QCOMPARE(nested.quorum.minimumSpecialties, 3);
        QCOMPARE(r.requiredCaseFields, defaultRequiredCaseFields());
        // Nothing required is not the default: it is written and read back as nothing.
        Rcp nothingRequired;
        nothingRequired.requiredCaseFields.clear();
        QVERIFY(Rcp::fromJson(nothingRequired.toJson()).requiredCaseFields.isEmpty());
        // A code this version does not know is kept.
        nothingRequired.requiredCaseFields = {QStringLiteral("frailty-score")};
        QCOMPARE(Rcp::fromJson(nothingRequired.toJson()).requiredCaseFields,
                 QStringList{QStringLiteral("frailty-score")});
        // A nature emptied on purpose stays empty: it is not the default.
        Rcp emptied;
        emptied.nature.clear();
        QVERIFY(Rcp::fromJson(emptied.toJson()).nature.isEmpty());
    }

    // --- Session

    void sessionEveryFieldRoundTrips() {
        const Session full = test::fullSession();
        READ_BACK(Session, back, full);
        SAME(Session, back, full, rcpId);
        SAME(Session, back, full, startsAt);
        SAME(Session, back, full, durationMinutes);
        SAME(Session, back, full, place);
        SAME(Session, back, full, videoLink);
        SAME(Session, back, full, registrationDeadline);
        SAME(Session, back, full, status);
        SAME(Session, back, full, registrationsClosed);
        QCOMPARE(back.attendance.size(), std::size_t(1));
        SAME(Attendance, back.attendance[0], full.attendance[0], professionalId);
        SAME(Attendance, back.attendance[0], full.attendance[0], specialty);
        SAME(Attendance, back.attendance[0], full.attendance[0], remote);
        SAME(Attendance, back.attendance[0], full.attendance[0], countsForQuorum);
    }

    void sessionKeepsWhatANewerVersionWrote() {
        keepsNewer<Session>("session");
        const Session s = Session::fromJson(test::newerVersion(QStringLiteral("session")));
        QCOMPARE(s.status, SessionStatus::Planned);
        QVERIFY(s.place.isEmpty()); // an object where a text is expected
        QCOMPARE(s.attendance.size(), std::size_t(2));
        QVERIFY(!s.attendance[0].countsForQuorum);
    }

    void sessionChangedFieldWins() {
        const QJsonObject o = test::newerVersion(QStringLiteral("session"));
        Session s = Session::fromJson(o);
        s.status = SessionStatus::Cancelled;
        s.place = QStringLiteral("Salle 3");
        s.attendance[0].remote = false;
        QJsonObject expected = withKey(o, "status", QStringLiteral("cancelled"));
        expected = withKey(expected, "place", QStringLiteral("Salle 3"));
        expected = withItem(expected, "attendance", 0, withoutKey(item(o, "attendance"), "remote"));
        COMPARE_JSON(s.toJson(), expected);
    }

    void sessionEmptyReadsDefaults() {
        const Session s = Session::fromJson({});
        QCOMPARE(s.status, SessionStatus::Planned);
        QCOMPARE(s.durationMinutes, 90);
        COMPARE_JSON(s.toJson(), Session().toJson());
        const Session withAttendee =
            Session::fromJson({{QStringLiteral("attendance"), QJsonArray{QJsonObject()}}});
        QCOMPARE(withAttendee.attendance.size(), std::size_t(1));
        QVERIFY(withAttendee.attendance[0].countsForQuorum);
    }

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

    // --- Fiche

    void ficheEveryFieldRoundTrips() {
        const Fiche full = test::fullFiche();
        READ_BACK(Fiche, back, full);
        SAME(Fiche, back, full, setId);
        SAME(Fiche, back, full, versionNumber);
        SAME(Fiche, back, full, amendmentReason);
        SAME(Fiche, back, full, inscriptionId);
        SAME(Fiche, back, full, patientId);
        SAME(Fiche, back, full, sessionId);
        SAME(Fiche, back, full, rcpId);
        SAME(Fiche, back, full, meetingDate);
        SAME(Fiche, back, full, caseStatus);
        SAME(Fiche, back, full, quorum);
        SAME(Fiche, back, full, quorumOverride.coordinatorId);
        SAME(Fiche, back, full, quorumOverride.reason);
        SAME(Fiche, back, full, quorumOverride.at);
        SAME(Fiche, back, full, fileComplete);
        SAME(Fiche, back, full, referToRecours);
        SAME(Fiche, back, full, surveillanceOnly);
        SAME(Fiche, back, full, framework.guideline.name);
        SAME(Fiche, back, full, framework.guideline.version);
        SAME(Fiche, back, full, framework.guideline.date);
        SAME(Fiche, back, full, framework.conform);
        SAME(Fiche, back, full, framework.nonConformityReason);
        SAME(Fiche, back, full, framework.trialProposed);
        SAME(Fiche, back, full, framework.trialName);
        SAME(Fiche, back, full, patientComments);
        SAME(Fiche, back, full, status);
        SAME(Fiche, back, full, authorId);
        SAME(Fiche, back, full, coordinatorId);
        SAME(Fiche, back, full, correspondents);
        SAME(Fiche, back, full, signerId);
        SAME(Fiche, back, full, signedAt);
        SAME(Fiche, back, full, caseSnapshot);
        QCOMPARE(back.exams.size(), std::size_t(1));
        SAME(FurtherExam, back.exams[0], full.exams[0], type);
        SAME(FurtherExam, back.exams[0], full.exams[0], earliest);
        SAME(FurtherExam, back.exams[0], full.exams[0], latest);
        QCOMPARE(back.proposal.size(), std::size_t(1));
        SAME(ProposalLine, back.proposal[0], full.proposal[0], intention);
        SAME(ProposalLine, back.proposal[0], full.proposal[0], sequence);
        SAME(ProposalLine, back.proposal[0], full.proposal[0], treatmentType);
        SAME(ProposalLine, back.proposal[0], full.proposal[0], details);
        SAME(ProposalLine, back.proposal[0], full.proposal[0], plannedStart);
        SAME(ProposalLine, back.proposal[0], full.proposal[0], plannedEnd);
        QCOMPARE(back.attendees.size(), std::size_t(1));
        SAME(FicheAttendee, back.attendees[0], full.attendees[0], professionalId);
        SAME(FicheAttendee, back.attendees[0], full.attendees[0], specialty);
        SAME(FicheAttendee, back.attendees[0], full.attendees[0], remote);
        SAME(FicheAttendee, back.attendees[0], full.attendees[0], countedForQuorum);
    }

    void ficheKeepsWhatANewerVersionWrote() {
        keepsNewer<Fiche>("fiche");
        const Fiche f = Fiche::fromJson(test::newerVersion(QStringLiteral("fiche")));
        QCOMPARE(f.quorum, QuorumStatus::Unknown);
        QCOMPARE(f.status, DocumentStatus::InProgress);
        QVERIFY(!f.meetingDate.isValid()); // a date in a form this version does not read
        QVERIFY(!f.framework.conform);
        QCOMPARE(f.framework.guideline.name, QStringLiteral("NETSARC"));
        QCOMPARE(f.quorumOverride.at, QDateTime(QDate(2026, 11, 26), QTime(17, 50), Qt::UTC));
        QVERIFY(f.quorumOverride.extra.stored.contains(QStringLiteral("writtenOpinionId")));
    }

    void ficheChangedFieldWins() {
        const QJsonObject o = test::newerVersion(QStringLiteral("fiche"));
        Fiche f = Fiche::fromJson(o);
        f.quorum = QuorumStatus::NotMet;
        f.status = DocumentStatus::Completed;
        f.meetingDate = QDate(2026, 11, 26);
        f.framework.trialName = QStringLiteral("SARC-NEXT 2");
        f.proposal[0].details = QStringLiteral("Doxorubicine, 6 cycles");
        QJsonObject expected = withKey(o, "quorum", QStringLiteral("ORG-133"));
        expected = withKey(expected, "status", QStringLiteral("398166005"));
        expected = withKey(expected, "meetingDate", QStringLiteral("2026-11-26"));
        expected = withKey(expected, "framework",
                           withKey(object(o, "framework"), "trialName", QStringLiteral("SARC-NEXT 2")));
        expected =
            withItem(expected, "proposal", 0,
                     withKey(item(o, "proposal"), "details", QStringLiteral("Doxorubicine, 6 cycles")));
        COMPARE_JSON(f.toJson(), expected);

        // A new version is in progress and unsigned whatever the old one said, and keeps the rest.
        const QJsonObject next = Fiche::fromJson(o).nextVersion(QStringLiteral("Correction")).toJson();
        QCOMPARE(next.value(QStringLiteral("status")).toString(),
                 Fiche::statusCode(DocumentStatus::InProgress));
        QCOMPARE(next.value(QStringLiteral("versionNumber")).toInt(), 3);
        QCOMPARE(next.value(QStringLiteral("decisionCodes")), o.value(QStringLiteral("decisionCodes")));
    }

    void ficheEmptyReadsDefaults() {
        const Fiche f = Fiche::fromJson({});
        QCOMPARE(f.versionNumber, 1);
        QCOMPARE(f.caseStatus, QStringLiteral("ORG-134"));
        QCOMPARE(f.quorum, QuorumStatus::Unknown);
        QCOMPARE(f.status, DocumentStatus::InProgress);
        QVERIFY(f.framework.conform);
        QVERIFY(!f.isSigned());
        COMPARE_JSON(f.toJson(), Fiche().toJson());
        const ProposalLine line = ProposalLine::fromJson({});
        QCOMPARE(line.intention, 1);
        QCOMPARE(line.sequence, 1);
        Fiche emptied;
        emptied.caseStatus.clear();
        QVERIFY(Fiche::fromJson(emptied.toJson()).caseStatus.isEmpty());
    }

    // --- The store

    void storeSavesANewerRecordUnchanged() {
        std::unique_ptr<Database> db = openDatabase();
        QVERIFY(db);
        insertRaw<Organisation>(*db, 1, "organisation");
        insertRaw<Professional>(*db, 2, "professional");
        insertRaw<Rcp>(*db, 3, "rcp");
        insertRaw<Session>(*db, 4, "session");
        insertRaw<Patient>(*db, 5, "patient");
        insertRaw<Inscription>(*db, 6, "inscription");
        insertRaw<Fiche>(*db, 7, "fiche");
        const int journal = rows(*db, QStringLiteral("change_journal"));
        const int audit = rows(*db, QStringLiteral("audit_log"));
        QVERIFY(journal >= 0 && audit >= 0);

        saveUnchanged<Organisation>(*db, 1);
        saveUnchanged<Professional, ProfessionalRepository>(*db, 2);
        saveUnchanged<Rcp>(*db, 3);
        saveUnchanged<Session, SessionRepository>(*db, 4);
        saveUnchanged<Patient, PatientRepository>(*db, 5);
        saveUnchanged<Inscription, InscriptionRepository>(*db, 6);
        saveUnchanged<Fiche, FicheRepository>(*db, 7);

        COMPARE_JSON(storedBody<Organisation>(*db, 1), test::newerVersion(QStringLiteral("organisation")));
        COMPARE_JSON(storedBody<Professional>(*db, 2), test::newerVersion(QStringLiteral("professional")));
        COMPARE_JSON(storedBody<Rcp>(*db, 3), test::newerVersion(QStringLiteral("rcp")));
        COMPARE_JSON(storedBody<Session>(*db, 4), test::newerVersion(QStringLiteral("session")));
        COMPARE_JSON(storedBody<Patient>(*db, 5), test::newerVersion(QStringLiteral("patient")));
        COMPARE_JSON(storedBody<Inscription>(*db, 6), test::newerVersion(QStringLiteral("inscription")));
        COMPARE_JSON(storedBody<Fiche>(*db, 7), test::newerVersion(QStringLiteral("fiche")));
        QCOMPARE(rows(*db, QStringLiteral("change_journal")), journal);
        QCOMPARE(rows(*db, QStringLiteral("audit_log")), audit);
    }

    void storeJournalsOnlyTheChangedField() {
        std::unique_ptr<Database> db = openDatabase();
        QVERIFY(db);
        insertRaw<Patient>(*db, 5, "patient");
        PatientRepository patients(*db);
        const std::optional<Patient> found = READ(patients.find(newerId(5)));
        QVERIFY(found);
        Patient p = *found;
        p.usedName = QStringLiteral("Durand");
        QVERIFY(patients.save(p).ok);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT operation, fields FROM change_journal")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("[\"usedName\"]"));
        QVERIFY(!q.next());
        COMPARE_JSON(storedBody<Patient>(*db, 5), withKey(test::newerVersion(QStringLiteral("patient")),
                                                          "usedName", QStringLiteral("Durand")));
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
