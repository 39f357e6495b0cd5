// Lossless directory and meeting records (organisations, professionals, RCPs, sessions): every field
// survives a round trip; a record written by a newer version comes back exactly as it was read (unknown
// keys, nested keys and codes, values of another type); a field the program changes writes its new value
// beside what it did not understand; an empty object reads as the defaults.
#include "tests/support/roundtrip.h"

#include <QtTest>

using namespace concerto;
using namespace concerto::test; // the JSON edits and checks of tests/support/roundtrip.h

class TestRoundTripDirectory : public QObject {
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(TestRoundTripDirectory)
#include "tst_roundtrip_directory.moc"
