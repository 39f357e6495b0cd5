// Demo patients and their cases: each patient is followed by one committee of a centre, has one to
// five past cases in that committee's sessions (the first one initial, later ones adjuvant decisions,
// relapses or surveillance), each with its fiche, and maybe a case on an upcoming session. Most past
// fiches are signed; a few are amended, and some amendments signed again. Every fiche signed here
// passes the signing check first (validation/fichecheck.h): a discussed case of a session without
// quorum is signed only with its coordinator's override, and half of them stay unsigned instead.
#include "models/demo/demobuilder.h"
#include "models/demo/demoidentity.h"
#include "models/validation/fichecheck.h"

#include <QCoreApplication>

namespace concerto::demo {

namespace {

const char *const kAmendmentReasons[] = {
    "Correction du stade TNM après relecture du compte rendu anatomopathologique",
    "Erreur de latéralité dans la proposition",
    "Ajout d'un correspondant à informer",
    "Correction de la date de début de traitement",
};

// Why the coordinator signs a discussed case without its quorum; %1 names the groups nobody covered.
const char *const kOverrideReasons[] = {
    "Avis du spécialiste absent (%1) recueilli par écrit avant la réunion",
    "Spécialiste absent (%1) joint par téléphone pendant la réunion, avis concordant",
    "Avis écrit du spécialiste absent (%1) reçu avant la réunion, proposition conforme au référentiel",
};
const char *const kOverrideReasonTooFew =
    "Spécialités présentes en nombre insuffisant ; avis complémentaire recueilli par écrit avant la réunion";

const char *const kTrials[] = {"PRODIGE 80", "UNICANCER UCBG 3-06", "IFCT-2102", "GETUG-AFU 36",
                               "LYSA SENIOR"};

QJsonObject caseSnapshot(const Patient &p, const Inscription &i) {
    QJsonObject patient;
    json::put(patient, "birthName", p.birthName);
    json::put(patient, "usedName", p.usedName);
    json::put(patient, "birthGivenNames", p.birthGivenNames);
    json::put(patient, "sex", Patient::sexCode(p.sex));
    json::put(patient, "birthDate", p.birthDate);
    json::put(patient, "birthPlaceCode", p.birthPlaceCode);
    if (p.mayShareIns())
        json::put(patient, "ins", p.ins);
    json::put(patient, "ipp", p.ipp);
    QJsonObject snapshot{{QStringLiteral("patient"), patient}};
    json::putList(snapshot, "tumours", i.tumours);
    json::put(snapshot, "question", i.question);
    return snapshot;
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
        int index = m_random.below(std::max(1, int(past.size()) - 3 * (wanted - 1)));
        while (int(chosen.size()) < wanted && index < int(past.size())) {
            chosen.push_back(past[std::size_t(index)]);
            index += m_random.between(1, 5);
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
    m_now = firstSeen.addDays(-m_random.between(8, 20));
    queue(patient);
    ++m_counts.patients;

    const QDate diagnosis = firstSeen.date().addDays(-m_random.between(14, 60));
    Tumour tumour = makeTumour(m_random, committee, diagnosis, sex);
    std::vector<PastTreatment> given;
    for (std::size_t i = 0; i < chosen.size(); ++i)
        if (!writePastCase(patient, supportive[i] ? Committee::Supportive : committee, chosen[i], int(i),
                           tumour, given))
            return false;
    if (!rcp.futureSessions.empty() && m_random.chance(25)) {
        const int upcoming =
            rcp.futureSessions[std::size_t(m_random.below(std::min(4, int(rcp.futureSessions.size()))))];
        writeFutureCase(patient, committee, upcoming, tumour, given);
    }
    return true;
}

Inscription DemoBuilder::makeInscription(const Patient &patient, Committee committee,
                                         const DemoSession &session, int caseIndex, const Tumour &tumour,
                                         const std::vector<PastTreatment> &given) {
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
    i.question = makeQuestion(m_random, committee, caseIndex);
    i.registeredAt =
        session.startsAt.addDays(-m_random.between(2, 12)).addSecs(m_random.between(0, 8 * 3600));
    i.tumours.push_back(tumour);
    i.clinical =
        makeClinical(m_random, committee, patient, tumour, caseIndex, session.startsAt.date(), given);
    if (!patient.gpUnknown)
        i.correspondents.push_back(patient.generalPractitionerId);
    return i;
}

Fiche DemoBuilder::makeFiche(const Inscription &inscription, const DemoSession &session,
                             const Proposal &proposal) {
    const DemoRcp &rcp = m_rcps[std::size_t(session.rcp)];
    Fiche f;
    f.meta.id = m_ids.next();
    f.setId = f.meta.id;
    f.inscriptionId = inscription.meta.id;
    f.patientId = inscription.patientId;
    f.sessionId = session.id;
    f.rcpId = rcp.id;
    f.meetingDate = session.startsAt.toTimeZone(m_zone).date();
    f.caseStatus = inscription.intent;
    f.quorum = session.quorum;
    f.fileComplete = m_random.chance(92);
    f.referToRecours = proposal.referToRecours;
    f.surveillanceOnly = proposal.surveillanceOnly;
    f.exams = proposal.exams;
    f.proposal = proposal.lines;
    if (f.caseStatus == QLatin1String(kCaseRegistered) || m_random.chance(90))
        f.framework.guideline = m_random.pickFrom(rcp.record.guidelines);
    if (f.caseStatus != QLatin1String(kCaseRegistered) && m_random.chance(7)) {
        f.framework.conform = false;
        f.framework.nonConformityReason = QString::fromUtf8(
            m_random.pick({"Comorbidités contre-indiquant le traitement standard",
                           "Choix de la patiente après information", "Âge physiologique et état général"}));
    }
    if (m_random.chance(7)) {
        f.framework.trialProposed = true;
        f.framework.trialName = QString::fromLatin1(m_random.pick(kTrials));
    }
    if (m_random.chance(5))
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
    const validation::Check check = validation::checkFicheForSigning(fiche, fiche.coordinatorId);
    if (!check.ok()) {
        m_error = QCoreApplication::translate("Demo", "A demo fiche does not pass the signing check: %1")
                      .arg(check.text());
        return false;
    }
    fiche.markSigned(fiche.coordinatorId, m_now, snapshot);
    return true;
}

bool DemoBuilder::writePastCase(const Patient &patient, Committee committee, int sessionIndex, int caseIndex,
                                Tumour &tumour, std::vector<PastTreatment> &given) {
    DemoSession &session = m_sessions[std::size_t(sessionIndex)];
    Inscription inscription = makeInscription(patient, committee, session, caseIndex, tumour, given);
    inscription.agendaOrder = ++session.agendaCount;
    inscription.agendaState = inscription.intent == QLatin1String(kCaseRegistered) ? AgendaState::Registered
                                                                                   : AgendaState::Discussed;
    m_now = inscription.registeredAt;
    queue(inscription);
    ++m_counts.inscriptions;

    const Proposal proposal = makeProposal(m_random, committee, tumour, caseIndex, session.startsAt.date());
    Fiche fiche = makeFiche(inscription, session, proposal);
    const QDateTime signAt =
        session.endsAt.addDays(m_random.between(0, 8)).addSecs(m_random.between(0, 6 * 3600));
    ++m_counts.fiches;
    bool sign = signAt < m_reference && m_random.chance(95);
    m_now = signAt;
    if (sign && fiche.caseStatus == QLatin1String(kCaseDiscussed) && session.quorum != QuorumStatus::Met)
        sign = overrideQuorum(fiche, session);
    if (sign) {
        // Signed and amended as FicheRepository::sign and amend do, written once in their final state.
        if (!signFiche(fiche, caseSnapshot(patient, inscription)))
            return false;
        queue(fiche);
        ++m_counts.signedFiches;
        const QDateTime amendAt = signAt.addDays(m_random.between(2, 30));
        if (amendAt < m_reference && m_random.chance(4)) {
            m_now = amendAt;
            Fiche amended = fiche.nextVersion(QString::fromUtf8(m_random.pick(kAmendmentReasons)));
            amended.meta.id = m_ids.next();
            ++m_counts.fiches;
            ++m_counts.amendments;
            if (!amended.proposal.empty())
                amended.proposal.front().plannedStart = amended.proposal.front().plannedStart.addDays(7);
            amended.correspondents.push_back(
                someone(m_rcps[std::size_t(session.rcp)].centre, QStringLiteral("radiology")));
            if (m_random.chance(60) && amendAt.addDays(1) < m_reference) {
                m_now = amendAt.addDays(1);
                if (!signFiche(amended, caseSnapshot(patient, inscription)))
                    return false;
                ++m_counts.signedFiches;
            }
            queue(amended);
        }
    } else {
        fiche.status = m_random.chance(50) ? DocumentStatus::Completed : DocumentStatus::InProgress;
        m_now = session.endsAt;
        queue(fiche);
    }
    // What was proposed is carried out before the next case; surgery restages the tumour.
    std::vector<PastTreatment> done = carriedOut(proposal, m_reference.date());
    bool surgery = false, neoadjuvant = false;
    for (const PastTreatment &t : done) {
        if (t.type == QLatin1String("387713003"))
            surgery = true;
        else if (!surgery)
            neoadjuvant = true;
    }
    if (surgery)
        restage(m_random, tumour, neoadjuvant);
    given.insert(given.end(), done.begin(), done.end());
    return true;
}

void DemoBuilder::writeFutureCase(const Patient &patient, Committee committee, int sessionIndex,
                                  const Tumour &tumour, const std::vector<PastTreatment> &given) {
    DemoSession &session = m_sessions[std::size_t(sessionIndex)];
    Inscription inscription =
        makeInscription(patient, committee, session, int(given.empty() ? 0 : 1), tumour, given);
    inscription.agendaOrder = ++session.agendaCount;
    if (inscription.registeredAt > m_reference)
        inscription.registeredAt = m_reference.addSecs(-m_random.between(3600, 5 * 86400));
    m_now = inscription.registeredAt;
    queue(inscription);
    ++m_counts.inscriptions;
    if (!m_random.chance(40))
        return;
    // The presenter has started the fiche: a draft, sometimes with a first proposal already.
    Proposal proposal;
    if (m_random.chance(50))
        proposal = makeProposal(m_random, committee, tumour, given.empty() ? 0 : 1, session.startsAt.date());
    Fiche fiche = makeFiche(inscription, session, proposal);
    fiche.attendees.clear();
    fiche.framework = {};
    m_now = m_now.addSecs(m_random.between(600, 86400));
    if (m_now > m_reference)
        m_now = m_reference;
    queue(fiche);
    ++m_counts.fiches;
}

} // namespace concerto::demo
