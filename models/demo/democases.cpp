// Demo patients and their cases: each patient is followed by one committee of a centre and has one to
// five past cases in that committee's sessions, each with its fiche, and maybe a case on an upcoming
// session. The cases follow the patient's course (democlinical.h): each shows the disease as it stood
// on its meeting day. Cases are registered before their session's deadline (about one past case in a
// hundred just after it, marked late: planning/agenda.h). Most past fiches are
// signed; a few are corrected later, and the first version then held what the correction's reason
// names (the TNM, the side of the tumour, a correspondent, the start date), and some corrections are
// signed again. Every fiche signed here passes the signing check first (validation/fichecheck.h),
// with the case it freezes: a discussed case of a session without quorum is signed only with its
// coordinator's override, and half of them stay unsigned instead.
#include "models/demo/demobuilder.h"
#include "models/demo/demoidentity.h"
#include "models/domain/boardtime.h"
#include "models/domain/casesnapshot.h"
#include "models/planning/agenda.h"
#include "models/validation/completeness.h"
#include "models/validation/fichecheck.h"

#include <QCoreApplication>
#include <algorithm>

namespace concerto::demo {

namespace {

enum class Correction { Tnm, Side, Correspondent, StartDate };

// One past case in this many comes after its session's deadline (chosen by its rank, so that the
// random draws, and every other record of a seed, stay as they were).
constexpr int kLateEvery = 97;

// Why the coordinator signs a discussed case without its quorum; %1 names the groups nobody covered.
const char *const kOverrideReasons[] = {
    "Avis du spécialiste absent (%1) recueilli par écrit avant la réunion",
    "Spécialiste absent (%1) joint par téléphone pendant la réunion, avis concordant",
    "Avis écrit du spécialiste absent (%1) reçu avant la réunion, proposition conforme au référentiel",
};
const char *const kOverrideReasonTooFew =
    "Spécialités présentes en nombre insuffisant ; avis complémentaire recueilli par écrit avant la réunion";

// A trial open to patients with this tumour, by the cooperative group of its organ.
QString trialFor(const Tumour &t) {
    const QString &c = t.topography;
    if (t.morphology == QLatin1String("9732/3"))
        return QStringLiteral("IFM 2020-02");
    if (t.tnmNotApplicable())
        return QStringLiteral("LYSA SENIOR");
    if (c.startsWith(QLatin1String("C34")))
        return QStringLiteral("IFCT-2102");
    if (c.startsWith(QLatin1String("C50")))
        return QStringLiteral("UNICANCER UCBG 3-06");
    if (c.startsWith(QLatin1String("C61")) || c.startsWith(QLatin1String("C64")) ||
        c.startsWith(QLatin1String("C67")))
        return QStringLiteral("GETUG-AFU 36");
    return QStringLiteral("PRODIGE 80");
}

// The guideline of the committee that covers this tumour (a myeloma's, a colorectal cancer's…).
Guideline guidelineFor(const std::vector<Guideline> &guidelines, const Tumour &tumour) {
    const bool myeloma = tumour.morphology == QLatin1String("9732/3");
    const bool colorectal = tumour.topography.startsWith(QLatin1String("C18")) ||
                            tumour.topography.startsWith(QLatin1String("C19")) ||
                            tumour.topography.startsWith(QLatin1String("C20"));
    for (const Guideline &g : guidelines) {
        const QString name = g.name.toLower();
        if (name.contains(QStringLiteral("myélome")) != myeloma && tumour.tnmNotApplicable())
            continue;
        if (name.contains(QLatin1String("colorecta")) && !colorectal)
            continue;
        return g;
    }
    return guidelines.front();
}

int ageAt(const QDate &birth, const QDate &day) {
    int age = day.year() - birth.year();
    if (day < birth.addYears(age))
        --age;
    return age;
}

} // namespace

bool DemoBuilder::writePatient(int number) {
    const Committee committee = Committee(m_random.weighted({27, 18, 25, 20, 10}));
    const int centre = m_random.weighted({30, 22, 14, 10, 8, 6, 5, 5}) % int(m_centres.size());
    Sex sex = m_random.chance(55) ? Sex::Male : Sex::Female;
    if (committee == Committee::Breast)
        sex = m_random.chance(99) ? Sex::Female : Sex::Male;
    else if (committee == Committee::Urology)
        sex = m_random.chance(85) ? Sex::Male : Sex::Female;
    const bool young = committee == Committee::Haematology || committee == Committee::Breast;
    Patient patient =
        makePatient(m_random, m_options.referenceDate, sex, young ? 25 : 40, young ? 92 : 95,
                    QString::number(m_salt + quint64(number) + 1).rightJustified(9, QLatin1Char('0')));
    patient.meta.id = m_ids.next();
    const DemoCentre &home = m_centres[std::size_t(centre)];
    if (m_random.chance(93))
        patient.generalPractitionerId = m_random.pickFrom(home.generalPractitioners);
    else
        patient.gpUnknown = true;

    const DemoRcp &rcp = m_rcps[std::size_t(rcpFor(centre, committee))];
    const std::vector<int> &past = rcp.pastSessions;
    const int wanted = 1 + m_random.weighted({25, 30, 25, 15, 5});
    std::vector<int> chosen;
    if (!past.empty()) {
        // A patient comes back to the board two weeks later at the earliest.
        int index = m_random.below(std::max(1, int(past.size()) - 3 * (wanted - 1)));
        while (int(chosen.size()) < wanted && index < int(past.size())) {
            chosen.push_back(past[std::size_t(index)]);
            const QDateTime next = m_sessions[std::size_t(past[std::size_t(index)])].startsAt.addDays(13);
            while (index < int(past.size()) &&
                   m_sessions[std::size_t(past[std::size_t(index)])].startsAt < next)
                ++index;
            index += m_random.below(3);
        }
    }
    // Some later cases go to the regional supportive-care board instead.
    std::vector<bool> supportive(chosen.size(), false);
    const DemoRcp &care = m_rcps[std::size_t(rcpFor(0, Committee::Supportive))];
    for (std::size_t i = 1; i < chosen.size(); ++i)
        if (m_random.chance(6)) {
            const QDateTime after = m_sessions[std::size_t(chosen[i - 1])].startsAt;
            for (int s : care.pastSessions)
                if (m_sessions[std::size_t(s)].startsAt > after &&
                    (i + 1 == chosen.size() ||
                     m_sessions[std::size_t(s)].startsAt < m_sessions[std::size_t(chosen[i + 1])].startsAt)) {
                    chosen[i] = s;
                    supportive[i] = true;
                    break;
                }
        }

    const QDateTime firstSeen = chosen.empty() ? m_reference.addDays(-m_random.between(5, 20))
                                               : m_sessions[std::size_t(chosen.front())].startsAt;
    m_now = firstSeen.addDays(-m_random.between(13, 20));
    queue(patient);
    ++m_counts.patients;

    // Most patients are seen for a recent diagnosis; some for a relapse of a cancer treated years ago.
    const bool longAgo = m_random.chance(12);
    const QDate diagnosis =
        firstSeen.date().addDays(longAgo ? -m_random.between(400, 1500) : -m_random.between(14, 60));
    DemoCourse course = startCourse(m_random, committee, diagnosis, sex, ageAt(patient.birthDate, diagnosis));
    if (longAgo)
        pastCourse(m_random, course, committee, patient, firstSeen.date());
    QDateTime previous;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        if (!writePastCase(patient, supportive[i] ? Committee::Supportive : committee, chosen[i], int(i),
                           course, previous))
            return false;
        previous = m_sessions[std::size_t(chosen[i])].endsAt;
    }
    if (!rcp.futureSessions.empty() && m_random.chance(25)) {
        const int upcoming =
            rcp.futureSessions[std::size_t(m_random.below(std::min(4, int(rcp.futureSessions.size()))))];
        writeFutureCase(patient, committee, upcoming, int(chosen.size()), course, previous);
    }
    return true;
}

QDateTime DemoBuilder::registrationTime(const DemoSession &session, const QDateTime &previous) {
    QDateTime earliest = session.deadline.addDays(-10);
    if (previous.isValid() && previous > earliest && previous.addSecs(3600) < session.deadline)
        earliest = previous.addSecs(3600);
    const qint64 room = earliest.secsTo(session.deadline);
    return earliest.addSecs(qint64(m_random.below(int(std::min<qint64>(room, 10 * 86400)))) + 1);
}

Inscription DemoBuilder::makeInscription(const Patient &patient, Committee committee,
                                         const DemoSession &session, int caseIndex,
                                         const CaseContent &content, const QDateTime &registeredAt) {
    const DemoRcp &rcp = m_rcps[std::size_t(session.rcp)];
    Inscription i;
    i.meta.id = m_ids.next();
    i.sessionId = session.id;
    i.patientId = patient.meta.id;
    i.requesterId = someone(rcp.centre, m_random.pickFrom(requesterSpecialties(committee)));
    i.presenterId =
        m_random.chance(70) ? i.requesterId : m_professionals[std::size_t(m_random.pickFrom(rcp.members))].id;
    i.motif.treatmentProposal = true;
    i.motif.diagnosticOpinion = caseIndex == 0 && m_random.chance(15);
    i.motif.recours = m_random.chancePerMille(25);
    if (committee != Committee::Supportive && caseIndex > 0 && m_random.chance(10))
        i.intent = QString::fromLatin1(kCaseRegistered);
    i.question = content.question;
    i.registeredAt = registeredAt;
    i.tumours.push_back(content.tumour);
    i.clinical = content.clinical;
    if (!patient.gpUnknown)
        i.correspondents.push_back(patient.generalPractitionerId);
    return i;
}

Fiche DemoBuilder::makeFiche(const Patient &patient, const Inscription &inscription,
                             const DemoSession &session, const Proposal &proposal) {
    const DemoRcp &rcp = m_rcps[std::size_t(session.rcp)];
    Fiche f;
    f.meta.id = m_ids.next();
    f.setId = f.meta.id;
    f.inscriptionId = inscription.meta.id;
    f.patientId = inscription.patientId;
    f.sessionId = session.id;
    f.rcpId = rcp.id;
    f.meetingDate = toBoardTime(session.startsAt).date();
    f.caseStatus = inscription.intent;
    f.quorum = session.quorum;
    // Complete as the committee's rule says of the case (validation/completeness.h), never drawn.
    f.fileComplete = validation::checkCompleteness(
                         inscription, validation::ageOn(patient.birthDate, f.meetingDate), rcp.record)
                         .complete();
    f.referToRecours = proposal.referToRecours;
    f.surveillanceOnly = proposal.surveillanceOnly;
    f.exams = proposal.exams;
    f.proposal = proposal.lines;
    if (f.caseStatus == QLatin1String(kCaseRegistered) || m_random.chance(90))
        f.framework.guideline = guidelineFor(rcp.record.guidelines, inscription.tumours.front());
    // A treatment outside the guideline, with its reason (never for exams alone).
    if (f.caseStatus != QLatin1String(kCaseRegistered) && !proposal.lines.empty() && m_random.chance(7)) {
        f.framework.conform = false;
        f.framework.nonConformityReason = QString::fromUtf8(m_random.pick(
            {"Comorbidités contre-indiquant le traitement standard",
             "Choix exprimé par le patient après information", "Âge physiologique et état général"}));
    }
    if (!proposal.lines.empty() && rcp.committee != Committee::Supportive && m_random.chance(7)) {
        f.framework.trialProposed = true;
        f.framework.trialName = trialFor(inscription.tumours.front());
    }
    if (!proposal.lines.empty() && !proposal.surveillanceOnly && m_random.chance(5))
        f.patientComments = QStringLiteral("Souhaite un temps de réflexion avant de débuter le traitement.");
    f.authorId = inscription.presenterId;
    f.coordinatorId = rcp.record.permanentMembers.front();
    f.attendees = session.attendees;
    f.correspondents = inscription.correspondents;
    f.correspondents.insert(f.correspondents.begin(), inscription.requesterId);
    return f;
}

bool DemoBuilder::overrideQuorum(Fiche &fiche, const DemoSession &session) {
    if (!m_random.chance(50))
        return false;
    fiche.quorumOverride.coordinatorId = fiche.coordinatorId;
    fiche.quorumOverride.reason = session.missingGroups.isEmpty()
                                      ? QString::fromUtf8(kOverrideReasonTooFew)
                                      : QString::fromUtf8(m_random.pick(kOverrideReasons))
                                            .arg(session.missingGroups.join(QStringLiteral(", ")));
    fiche.quorumOverride.at = m_now;
    return true;
}

bool DemoBuilder::signFiche(Fiche &fiche, const QJsonObject &snapshot) {
    const auto rcp =
        std::find_if(m_rcps.begin(), m_rcps.end(), [&](const DemoRcp &r) { return r.id == fiche.rcpId; });
    if (rcp == m_rcps.end()) {
        m_error = QCoreApplication::translate("Demo", "A demo fiche names no committee of the demo.");
        return false;
    }
    const validation::Check check =
        validation::checkFicheForSigning(fiche, fiche.coordinatorId, snapshot, rcp->record.quorum);
    if (!check.ok()) {
        m_error = QCoreApplication::translate("Demo", "A demo fiche does not pass the signing check: %1")
                      .arg(check.text());
        return false;
    }
    fiche.markSigned(fiche.coordinatorId, m_now, snapshot);
    return true;
}

bool DemoBuilder::writePastCase(const Patient &patient, Committee committee, int sessionIndex, int caseIndex,
                                DemoCourse &course, const QDateTime &previous) {
    DemoSession &session = m_sessions[std::size_t(sessionIndex)];
    const QDate meeting = toBoardTime(session.startsAt).date();
    const QDateTime registeredAt = registrationTime(session, previous);
    const CaseContent content = nextCase(m_random, course, committee, patient, caseIndex, meeting, meeting);
    Inscription inscription = makeInscription(patient, committee, session, caseIndex, content, registeredAt);
    // A few hours late, still days before the meeting.
    if (m_counts.inscriptions % kLateEvery == kLateEvery / 2)
        inscription.registeredAt = session.deadline.addSecs(1800 * (1 + m_counts.inscriptions % 12));
    Session deadline;
    deadline.registrationDeadline = session.deadline;
    agenda::markLateIfAfterDeadline(inscription, deadline, inscription.registeredAt);
    inscription.agendaOrder = ++session.agendaCount;
    inscription.agendaState = inscription.intent == QLatin1String(kCaseRegistered) ? AgendaState::Registered
                                                                                   : AgendaState::Discussed;
    m_now = inscription.registeredAt;
    queue(inscription);
    ++m_counts.inscriptions;

    Fiche fiche = makeFiche(patient, inscription, session, content.proposal);
    const QDateTime signAt =
        session.endsAt.addDays(m_random.between(0, 8)).addSecs(m_random.between(0, 6 * 3600));
    ++m_counts.fiches;
    bool sign = signAt < m_reference && m_random.chance(95);
    m_now = signAt;
    if (sign && fiche.caseStatus == QLatin1String(kCaseDiscussed) && session.quorum != QuorumStatus::Met)
        sign = overrideQuorum(fiche, session);
    if (!sign) {
        fiche.status = m_random.chance(50) ? DocumentStatus::Completed : DocumentStatus::InProgress;
        m_now = session.endsAt;
        queue(fiche);
        return true;
    }
    // Signed (and maybe corrected) as the fiche service signs and amends, written in their final state.
    const QDateTime amendAt = signAt.addDays(m_random.between(2, 30));
    if (amendAt < m_reference && m_random.chance(4))
        return writeAmendment(patient, inscription, course, session, fiche, amendAt);
    if (!signFiche(fiche, concerto::caseSnapshot(patient, inscription)))
        return false;
    queue(fiche);
    ++m_counts.signedFiches;
    return true;
}

bool DemoBuilder::writeAmendment(const Patient &patient, const Inscription &inscription,
                                 const DemoCourse &course, const DemoSession &session, Fiche &fiche,
                                 const QDateTime &amendAt) {
    const Tumour &tumour = inscription.tumours.front();
    const QJsonObject right = concerto::caseSnapshot(patient, inscription);
    // What the first version got wrong: one of the corrections that fit this case.
    std::vector<Correction> fitting{Correction::Correspondent};
    const Tumour misread = misstaged(m_random, course, tumour);
    if (misread.clinicalTnm.text() != tumour.clinicalTnm.text() ||
        misread.pathologicalTnm.text() != tumour.pathologicalTnm.text())
        fitting.push_back(Correction::Tnm);
    if (tumour.laterality == QLatin1String("right") || tumour.laterality == QLatin1String("left"))
        fitting.push_back(Correction::Side);
    if (!fiche.proposal.empty())
        fitting.push_back(Correction::StartDate);
    const Correction correction = m_random.pickFrom(fitting);
    QJsonObject wrong = right;
    QString reason;
    Fiche first = fiche;
    switch (correction) {
    case Correction::Tnm: {
        Inscription misread_case = inscription;
        misread_case.tumours.front() = misread;
        misread_case.clinical.summary =
            caseSummary(patient, course, misread, inscription.clinical.whoStatus, fiche.meetingDate);
        wrong = concerto::caseSnapshot(patient, misread_case);
        reason = tumour.pathologicalTnm.isEmpty()
                     ? QStringLiteral("Correction du stade TNM après relecture de l'imagerie")
                     : QStringLiteral(
                           "Correction du stade TNM après relecture du compte rendu anatomopathologique");
        break;
    }
    case Correction::Side: {
        Inscription otherSide = inscription;
        otherSide.tumours.front().laterality =
            tumour.laterality == QLatin1String("right") ? QStringLiteral("left") : QStringLiteral("right");
        wrong = concerto::caseSnapshot(patient, otherSide);
        reason = QStringLiteral("Erreur de latéralité de la tumeur");
        break;
    }
    case Correction::StartDate:
        first.proposal.front().plannedStart = first.proposal.front().plannedStart.addDays(7);
        first.proposal.front().plannedEnd = first.proposal.front().plannedEnd.addDays(7);
        reason = QStringLiteral("Correction de la date de début de traitement");
        break;
    case Correction::Correspondent:
        reason = QStringLiteral("Ajout d'un correspondant à informer");
        break;
    }
    if (!signFiche(first, wrong))
        return false;
    queue(first);
    ++m_counts.signedFiches;

    m_now = amendAt;
    Fiche amended = first.nextVersion(reason);
    amended.meta.id = m_ids.next();
    amended.caseSnapshot = right;
    amended.proposal = fiche.proposal;
    if (correction == Correction::Correspondent) {
        const std::vector<int> &members = m_rcps[std::size_t(session.rcp)].members;
        for (int member : members) {
            const QUuid id = m_professionals[std::size_t(member)].id;
            if (std::find(amended.correspondents.begin(), amended.correspondents.end(), id) ==
                amended.correspondents.end()) {
                amended.correspondents.push_back(id);
                break;
            }
        }
    }
    ++m_counts.fiches;
    ++m_counts.amendments;
    if (m_random.chance(60) && amendAt.addDays(1) < m_reference) {
        m_now = amendAt.addDays(1);
        if (!signFiche(amended, right))
            return false;
        ++m_counts.signedFiches;
    }
    queue(amended);
    return true;
}

void DemoBuilder::writeFutureCase(const Patient &patient, Committee committee, int sessionIndex,
                                  int caseIndex, DemoCourse &course, const QDateTime &previous) {
    DemoSession &session = m_sessions[std::size_t(sessionIndex)];
    QDateTime registeredAt = registrationTime(session, previous);
    if (registeredAt > m_reference)
        registeredAt = m_reference.addSecs(-m_random.between(3600, 5 * 86400));
    const QDate meeting = toBoardTime(session.startsAt).date();
    const CaseContent content =
        nextCase(m_random, course, committee, patient, caseIndex, meeting, toBoardTime(registeredAt).date());
    Inscription inscription = makeInscription(patient, committee, session, caseIndex, content, registeredAt);
    inscription.agendaOrder = ++session.agendaCount;
    m_now = inscription.registeredAt;
    queue(inscription);
    ++m_counts.inscriptions;
    if (!m_random.chance(40))
        return;
    // The presenter has started the fiche: a draft, sometimes with a first proposal already.
    Fiche fiche =
        makeFiche(patient, inscription, session, m_random.chance(50) ? content.proposal : Proposal());
    fiche.attendees.clear();
    fiche.framework = {};
    m_now = m_now.addSecs(m_random.between(600, 86400));
    if (m_now > m_reference)
        m_now = m_reference;
    queue(fiche);
    ++m_counts.fiches;
}

} // namespace concerto::demo
