// Lossless fiches: every field survives a round trip; a fiche written by a newer version comes back
// exactly as it was read (unknown keys, nested keys and codes, values of another type); a field the
// program changes writes its new value beside what it did not understand, and so does a new version of
// the fiche; an empty object reads as the defaults.
#include "tests/support/roundtrip.h"

#include <QtTest>

using namespace concerto;
using namespace concerto::test; // the JSON edits and checks of tests/support/roundtrip.h

class TestRoundTripFiche : public QObject {
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestRoundTripFiche)
#include "tst_roundtrip_fiche.moc"
