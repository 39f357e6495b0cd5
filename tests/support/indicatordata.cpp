// The records of the indicators' test activity, saved as the application saves them. Fiches are
// written in their final state (signed ones with their signature time), as the demo writes them.
#include "tests/support/indicatordata.h"

#include "models/domain/boardtime.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"

#include <QtTest>

namespace concerto::test {

namespace {

void check(const StoreResult &r) {
    if (!r.ok)
        QFAIL(qPrintable(r.error));
}

struct Builder {
    Database &db;

    QUuid organisation(OrganisationKind kind, const QString &name) {
        Organisation o;
        o.kind = kind;
        o.name = name;
        check(OrganisationRepository(db).save(o));
        return o.meta.id;
    }
    QUuid rcp(const QUuid &centre, const QString &name, const QString &appareil, bool recours) {
        Rcp r;
        r.organisationId = centre;
        r.name = name;
        r.appareil = appareil;
        r.recours = recours;
        if (appareil == QLatin1String("86762007"))
            r.organs = {QStringLiteral("69695003")};
        check(RcpRepository(db).save(r));
        return r.meta.id;
    }
    // A session at `time` on `day` of the boards' clock.
    QUuid session(const QUuid &rcp, const QDate &day, const QTime &time,
                  SessionStatus status = SessionStatus::Closed) {
        Session s;
        s.rcpId = rcp;
        s.startsAt = fromBoardTime(day, time);
        s.status = status;
        if (status == SessionStatus::Cancelled)
            s.cancellationReason = QStringLiteral("Salle indisponible");
        check(SessionRepository(db).save(s));
        return s.meta.id;
    }
    QUuid patient(const QString &name, Sex sex, const QDate &birth) {
        Patient p;
        p.birthName = name;
        p.birthGivenNames = {QStringLiteral("Camille")};
        p.sex = sex;
        p.birthDate = birth;
        check(PatientRepository(db).save(p));
        return p.meta.id;
    }
};

Tumour tumour(const QString &topography, const QString &stage, bool pathological = false,
              const QString &morphology = QStringLiteral("8140/3")) {
    Tumour t;
    t.diagnosisDate = QDate(2025, 11, 1);
    t.topography = topography;
    t.morphology = morphology;
    TnmStaging tnm{pathological ? QStringLiteral("p") : QStringLiteral("c"),
                   QStringLiteral("T2"),
                   QStringLiteral("N0"),
                   QStringLiteral("M0"),
                   stage,
                   QStringLiteral("UICC 8"),
                   QDate(2025, 11, 2)};
    if (stage.isEmpty())
        tnm = {};
    (pathological ? t.pathologicalTnm : t.clinicalTnm) = tnm;
    return t;
}

struct Case {
    QUuid session;
    QUuid patient;
    QDateTime registeredAt;
    Tumour tumour;
    int who = -1;
    bool recoursMotif = false;
    AgendaState state = AgendaState::Discussed;
};

Inscription saveCase(Database &db, const Case &c) {
    Inscription i;
    i.sessionId = c.session;
    i.patientId = c.patient;
    i.motif.treatmentProposal = true;
    i.motif.recours = c.recoursMotif;
    i.registeredAt = c.registeredAt;
    i.tumours = {c.tumour};
    i.clinical.whoStatus = c.who;
    i.agendaState = c.state;
    check(InscriptionRepository(db).save(i));
    return i;
}

// A fiche of `inscription` with a proposal line, three specialties present, quorum met, complete.
Fiche fiche(const Inscription &i, const QDate &meeting) {
    Fiche f;
    f.inscriptionId = i.meta.id;
    f.patientId = i.patientId;
    f.sessionId = i.sessionId;
    f.meetingDate = meeting;
    f.quorum = QuorumStatus::Met;
    f.fileComplete = true;
    f.proposal = {{1, 1, QStringLiteral("C15632"), QStringLiteral("FOLFOX"), meeting.addDays(20), {}}};
    f.coordinatorId = QUuid::createUuid();
    f.attendees = {{f.coordinatorId, QStringLiteral("SM14"), false, true},
                   {QUuid::createUuid(), QStringLiteral("SM36"), false, true},
                   {QUuid::createUuid(), QStringLiteral("SM45"), true, true}};
    return f;
}

// The case as a signature freezes it, with `tumours` and `who` (absent when -1).
QJsonObject snapshot(const Tumour &t, int who) {
    QJsonObject clinical;
    if (who >= 0)
        clinical.insert(QStringLiteral("whoStatus"), who);
    return {{QStringLiteral("tumours"), QJsonArray{t.toJson()}}, {QStringLiteral("clinical"), clinical}};
}

void signAndSave(Database &db, Fiche &f, const QDateTime &at, const QJsonObject &frozen) {
    f.markSigned(f.coordinatorId, at, frozen);
    check(FicheRepository(db).save(f));
}

QDateTime utc(int y, int m, int d, int h = 9) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

} // namespace

IndicatorData saveIndicatorData(Database &db) {
    Builder b{db};
    FicheRepository fiches(db);
    IndicatorData d;
    d.centreA = b.organisation(OrganisationKind::CoordinationCentre, QStringLiteral("3C Garonne"));
    d.centreB = b.organisation(OrganisationKind::CoordinationCentre, QStringLiteral("3C Tarn"));
    d.establishment = b.organisation(OrganisationKind::Establishment, QStringLiteral("CH Albi"));
    d.digestive = b.rcp(d.centreA, QStringLiteral("RCP digestive"), QStringLiteral("86762007"), false);
    d.thoracic =
        b.rcp(d.centreA, QStringLiteral("RCP thoracique de recours"), QStringLiteral("312419003"), true);
    d.breast = b.rcp(d.centreB, QStringLiteral("RCP sénologie"), QStringLiteral("76752008"), false);

    const QUuid before = b.session(d.digestive, QDate(2025, 12, 31), QTime(23, 30));
    const QUuid s1 = b.session(d.digestive, QDate(2026, 1, 1), QTime(8, 0));
    const QUuid s2 = b.session(d.digestive, QDate(2026, 3, 10), QTime(17, 0));
    const QUuid s3 = b.session(d.thoracic, QDate(2026, 6, 30), QTime(23, 30));
    const QUuid cancelled = b.session(d.breast, QDate(2026, 4, 7), QTime(17, 0), SessionStatus::Cancelled);
    const QUuid s5 = b.session(d.breast, QDate(2026, 5, 5), QTime(12, 0));
    const QUuid after = b.session(d.thoracic, QDate(2026, 7, 1), QTime(0, 30)); // 30 June in UTC

    const QUuid p1 = b.patient(QStringLiteral("Arnaud"), Sex::Female, QDate(1950, 5, 10));
    const QUuid p2 = b.patient(QStringLiteral("Bonnet"), Sex::Male, QDate(1990, 2, 1));
    const QUuid p3 = b.patient(QStringLiteral("Carré"), Sex::Female, QDate(1946, 3, 10));
    const QUuid p4 = b.patient(QStringLiteral("Dumas"), Sex::Male, QDate(1966, 7, 1));
    const QUuid p5 = b.patient(QStringLiteral("Estève"), Sex::Unknown, QDate(1976, 5, 6));

    // Before the period: makes p1 a known patient.
    {
        const Inscription i = saveCase(
            db, {before, p1, utc(2025, 12, 1), tumour(QStringLiteral("C18.7"), QStringLiteral("IIIB"))});
        Fiche f = fiche(i, QDate(2025, 12, 31));
        check(fiches.save(f));
    }
    // F1: signed 4 days after the meeting, registered 12 days before.
    {
        const Tumour t = tumour(QStringLiteral("C18.7"), QStringLiteral("IIIB"), true);
        const Inscription i = saveCase(db, {s1, p1, utc(2025, 12, 20), t, 1});
        Fiche f = fiche(i, QDate(2026, 1, 1));
        signAndSave(db, f, utc(2026, 1, 5, 10), snapshot(t, 1));
    }
    // F2: registered case, surveillance only, a trial, two specialties, incomplete, unsigned.
    {
        const Inscription i =
            saveCase(db, {s2, p2, utc(2026, 3, 1), tumour(QStringLiteral("C20.9"), QStringLiteral("I")), 0});
        Fiche f = fiche(i, QDate(2026, 3, 10));
        f.caseStatus = QStringLiteral("ORG-128");
        f.quorum = QuorumStatus::Unknown;
        f.fileComplete = false;
        f.proposal.clear();
        f.surveillanceOnly = true;
        f.framework.trialProposed = true;
        f.framework.trialName = QStringLiteral("PRODIGE 99");
        f.attendees.pop_back();
        check(fiches.save(f));
    }
    // F3: a lymphoma, recours motif, quorum not met; signed 2 days after, amended and signed again 10 days
    // after; the amendment is not conform.
    {
        const Tumour t = tumour(QStringLiteral("C18.2"), QString(), false, QStringLiteral("9680/3"));
        const Inscription i = saveCase(db, {s2, p3, utc(2026, 3, 3), t, 2, true});
        Fiche first = fiche(i, QDate(2026, 3, 10));
        first.quorum = QuorumStatus::NotMet;
        signAndSave(db, first, utc(2026, 3, 12), snapshot(t, 2));
        Fiche second = first.nextVersion(QStringLiteral("Erreur de traitement"));
        second.framework.conform = false;
        second.framework.nonConformityReason = QStringLiteral("Choix du patient");
        signAndSave(db, second, utc(2026, 3, 20), snapshot(t, 2));
    }
    // F4: in the recours RCP at 23:30 on 30 June; no proposal; the frozen case differs from the
    // inscription (topography C34.1 and no WHO status, against C78.0 and WHO 3).
    {
        const Inscription i = saveCase(
            db, {s3, p4, utc(2026, 6, 25), tumour(QStringLiteral("C78.0"), QStringLiteral("IIA")), 3});
        Fiche f = fiche(i, QDate(2026, 6, 30));
        f.proposal.clear();
        signAndSave(db, f, utc(2026, 7, 3, 10),
                    snapshot(tumour(QStringLiteral("C34.1"), QStringLiteral("IVA")), -1));
    }
    // The cancelled session's case, postponed; no fiche.
    saveCase(db, {cancelled, p4, utc(2026, 4, 1), tumour(QStringLiteral("C34.1"), QStringLiteral("IVA")), 1,
                  false, AgendaState::Postponed});
    // F5: exams only, not staged, incomplete, unsigned.
    {
        const Inscription i =
            saveCase(db, {s5, p5, utc(2026, 4, 30), tumour(QStringLiteral("C50.4"), QString()), 0});
        Fiche f = fiche(i, QDate(2026, 5, 5));
        f.fileComplete = false;
        f.proposal.clear();
        f.exams = {{QStringLiteral("IRM mammaire"), QDate(2026, 5, 10), QDate(2026, 5, 20), {}}};
        check(fiches.save(f));
    }
    // F6: p2 again; quorum unknown, two distinct specialties among three attendees, incomplete.
    {
        const Inscription i = saveCase(
            db, {s5, p2, utc(2026, 4, 20), tumour(QStringLiteral("C50.1"), QStringLiteral("IIA")), 1});
        Fiche f = fiche(i, QDate(2026, 5, 5));
        f.quorum = QuorumStatus::Unknown;
        f.fileComplete = false;
        f.attendees[2].specialty = QStringLiteral("SM36");
        check(fiches.save(f));
    }
    // A case of the same session without a fiche yet.
    saveCase(db, {s5, p3, utc(2026, 4, 28), tumour(QStringLiteral("C50.9"), QStringLiteral("I")), 0, false,
                  AgendaState::ToDiscuss});
    // After the period (1 July, 00:30 in Paris): p5's second fiche.
    {
        const Inscription i = saveCase(
            db, {after, p5, utc(2026, 6, 20), tumour(QStringLiteral("C50.4"), QStringLiteral("IIB")), 0});
        Fiche f = fiche(i, QDate(2026, 7, 1));
        check(fiches.save(f));
    }
    return d;
}

} // namespace concerto::test
