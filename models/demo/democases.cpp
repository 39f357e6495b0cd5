// Demo patients and their cases: each patient is followed by one committee of a centre and has one to
// five past cases in that committee's sessions, each with its fiche, and maybe a case on an upcoming
// session. Age at diagnosis follows the registry figures of the site (demoages.h); some patients,
// diagnosed early in the history, come back months after their treatment for a relapse. The presenter
// is among the participants; a discussed case of a session without quorum is signed on the coordinator's
// override when the absent specialist gave a written opinion (named with its author), else postponed to
// the committee's next session as the meeting postpones (an incomplete file is postponed now and then);
// a trial is proposed only when one is open to the site, stage and age. The cases follow the patient's course
// (democlinical.h): each shows the disease as it stood on its meeting day. Cases are registered before their
// session's deadline (about one past case in a hundred just after it, marked late: planning/agenda.h). Most
// past fiches are signed; a few are corrected later, and the first version then held what the correction's
// reason names (the TNM, the side of the tumour, a correspondent, the start date), and some corrections are
// signed again. Every fiche signed here passes the signing check first (validation/fichecheck.h),
// with the case it freezes: a discussed case of a session without quorum is signed only with its
// coordinator's override.
#include "models/demo/demoages.h"
#include "models/demo/demobuilder.h"
#include "models/demo/demoidentity.h"
#include "models/demo/demoorgans.h"
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

// A trial open to patients of the region, by site, setting (0 any, 1 localised, 2 metastatic) and age.
struct DemoTrial {
    const char *name;
    std::initializer_list<const char *> sites; // topography prefixes
    int setting;
    int minAge;
    int maxAge;
};
const DemoTrial kTrials[] = {
    {"PRODIGE – côlon métastatique, première ligne", {"C18", "C19", "C20"}, 2, 18, 75},
    {"PRODIGE – côlon opéré, chimiothérapie adjuvante", {"C18"}, 1, 18, 75},
    {"GRECCAR – rectum localement avancé", {"C20"}, 1, 18, 80},
    {"FFCD – œsogastrique, traitement périopératoire", {"C15", "C16"}, 0, 18, 75},
    {"PRODIGE – pancréas", {"C25"}, 0, 18, 75},
    {"FFCD – carcinome hépatocellulaire", {"C22.0"}, 0, 18, 80},
    {"PRODIGE – voies biliaires", {"C22.1", "C23", "C24"}, 0, 18, 80},
    {"IFCT – poumon localisé, traitement périopératoire", {"C34"}, 1, 18, 75},
    {"IFCT – poumon métastatique, première ligne", {"C34"}, 2, 18, 80},
    {"UCBG – sein précoce, traitement adjuvant", {"C50"}, 1, 18, 70},
    {"UCBG – sein métastatique", {"C50"}, 2, 18, 80},
    {"GETUG – prostate localisée à haut risque", {"C61"}, 1, 45, 80},
    {"GETUG – prostate métastatique hormonosensible", {"C61"}, 2, 45, 85},
    {"GETUG – vessie", {"C67"}, 0, 18, 80},
    {"GETUG – rein", {"C64"}, 0, 18, 80},
    {"LYSA – lymphome B diffus de 18 à 80 ans", {"C83.3"}, 0, 18, 80},
    {"LYSA SENIOR – lymphome B diffus après 80 ans", {"C83.3"}, 0, 80, 120},
    {"LYSA – lymphome folliculaire", {"C82"}, 0, 18, 85},
    {"LYSA – lymphome de Hodgkin de 18 à 60 ans", {"C81"}, 0, 18, 60},
    {"IFM – myélome avant 66 ans, éligible à l'autogreffe", {"C90"}, 0, 18, 65},
    {"IFM – myélome du sujet âgé", {"C90"}, 0, 66, 90},
};

// A trial open to this patient (site, metastatic or not, age), or nothing when none is.
QString trialFor(const Inscription &c, int age) {
    const Tumour &t = c.tumours.front();
    const bool metastatic = c.clinical.progressionDistant || t.clinicalTnm.m.startsWith(QLatin1String("M1"));
    for (const DemoTrial &trial : kTrials) {
        bool site = false;
        for (const char *prefix : trial.sites)
            site |= t.topography.startsWith(QLatin1String(prefix));
        if (site && (trial.setting == 0 || (trial.setting == 2) == metastatic) && age >= trial.minAge &&
            age <= trial.maxAge)
            return QString::fromUtf8(trial.name);
    }
    return {};
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

} // namespace

bool DemoBuilder::writePatient(int number) {
    const Committee committee = Committee(m_random.weighted({27, 18, 25, 20, 10}));
    const int centre = m_random.weighted({30, 22, 14, 10, 8, 6, 5, 5}) % int(m_centres.size());
    Sex sex = m_random.chance(55) ? Sex::Male : Sex::Female;
    if (committee == Committee::Breast)
        sex = m_random.chance(99) ? Sex::Female : Sex::Male;
    else if (committee == Committee::Urology)
        sex = m_random.chance(85) ? Sex::Male : Sex::Female;
    // The site first, then an age at diagnosis from the registry figures of that site (demoages.h).
    const SiteProfile &site = pickSite(m_random, committee, sex);
    const int age = diagnosisAge(m_random, site.organ);

    const DemoRcp &rcp = m_rcps[std::size_t(rcpFor(centre, committee))];
    const std::vector<int> &past = rcp.pastSessions;
    const int wanted = 1 + m_random.weighted({25, 30, 25, 15, 5});
    // Most patients are seen for a recent diagnosis; some, diagnosed early in the history, come back for
    // a relapse months after their treatment (the boards that decided it are in the history too).
    int relapseRoom = 0;
    while (relapseRoom < int(past.size()) &&
           m_sessions[std::size_t(past[std::size_t(relapseRoom)])].startsAt < m_reference.addDays(-300))
        ++relapseRoom;
    const bool relapseCourse = relapseRoom > 0 && m_random.chance(12);
    std::vector<int> chosen;
    if (relapseCourse) {
        // The boards of the first treatment, four to ten weeks apart.
        int index = m_random.below(relapseRoom);
        while (int(chosen.size()) < std::min(wanted, 4) && index < int(past.size())) {
            const QDateTime at = m_sessions[std::size_t(past[std::size_t(index)])].startsAt;
            if (!chosen.empty() && at.addDays(200) > m_reference)
                break;
            chosen.push_back(past[std::size_t(index)]);
            const QDateTime next = at.addDays(m_random.between(28, 70));
            while (index < int(past.size()) &&
                   m_sessions[std::size_t(past[std::size_t(index)])].startsAt < next)
                ++index;
        }
    } else if (!past.empty()) {
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
    const QDate diagnosis = firstSeen.date().addDays(-m_random.between(14, 60));
    // Born so as to be `age` on the day of diagnosis.
    Patient patient =
        makePatient(m_random, diagnosis, sex, age, age,
                    QString::number(m_salt + quint64(number) + 1).rightJustified(9, QLatin1Char('0')));
    patient.meta.id = m_ids.next();
    const DemoCentre &home = m_centres[std::size_t(centre)];
    if (m_random.chance(93))
        patient.generalPractitionerId = m_random.pickFrom(home.generalPractitioners);
    else
        patient.gpUnknown = true;
    m_now = firstSeen.addDays(-m_random.between(13, 20));
    queue(patient);
    ++m_counts.patients;

    DemoCourse course = startCourse(m_random, site, diagnosis, sex, age);
    QDateTime previous;
    QDateTime busyUntil; // after a case postponed to a later session, the sessions before it are passed
    int caseIndex = 0;
    bool upcoming = false; // a case already waits on an upcoming session (postponed there)
    const auto write = [&](int sessionIndex, Committee board) {
        int held = sessionIndex;
        if (!writePastCase(patient, board, sessionIndex, caseIndex++, course, previous, &held))
            return false;
        previous = m_sessions[std::size_t(held)].endsAt;
        busyUntil = m_sessions[std::size_t(held)].startsAt.addDays(1);
        upcoming |= previous > m_reference;
        return true;
    };
    for (std::size_t i = 0; i < chosen.size() && !upcoming; ++i) {
        if (busyUntil.isValid() && m_sessions[std::size_t(chosen[i])].startsAt < busyUntil)
            continue;
        if (!write(chosen[i], supportive[i] ? Committee::Supportive : committee))
            return false;
    }
    if (relapseCourse && course.decided && !upcoming) {
        // Seen again three to ten months after the last treatment ended, for the relapse.
        course.relapseDue = true;
        QDate lastEnd;
        for (const PlannedStep &s : course.plan)
            lastEnd = lastEnd.isValid() ? std::max(lastEnd, s.end) : s.end;
        const QDate after = lastEnd.isValid() ? lastEnd : previous.date().addDays(30);
        const QDateTime target = QDateTime(after.addDays(m_random.between(100, 300)), QTime(0, 0), Qt::UTC);
        for (int s : past) {
            const QDateTime at = m_sessions[std::size_t(s)].startsAt;
            if (at < target || at < busyUntil)
                continue;
            if (!write(s, committee))
                return false;
            break;
        }
    }
    if (!upcoming && !rcp.futureSessions.empty() && m_random.chance(25)) {
        const int next =
            rcp.futureSessions[std::size_t(m_random.below(std::min(4, int(rcp.futureSessions.size()))))];
        writeFutureCase(patient, committee, next, caseIndex, course, previous);
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
    // Outside the guideline where the board departed from it for a frail patient, with the reason.
    if (f.caseStatus != QLatin1String(kCaseRegistered) && proposal.adapted && m_random.chance(70)) {
        f.framework.conform = false;
        f.framework.nonConformityReason =
            QStringLiteral("État général altéré (OMS %1) contre-indiquant le traitement de référence")
                .arg(inscription.clinical.whoStatus);
    }
    // A trial open to the patient's site, stage and age, when there is one.
    if (!proposal.lines.empty() && !proposal.adapted && rcp.committee != Committee::Supportive &&
        m_random.chance(9)) {
        f.framework.trialName = trialFor(inscription, validation::ageOn(patient.birthDate, f.meetingDate));
        f.framework.trialProposed = !f.framework.trialName.isEmpty();
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

std::optional<WrittenOpinion> DemoBuilder::writtenOpinion(const DemoSession &session) {
    // Only when one required group was missing: its specialist, absent, wrote an opinion on the case.
    if (session.missingGroups.size() != 1)
        return std::nullopt;
    const DemoRcp &rcp = m_rcps[std::size_t(session.rcp)];
    for (const SpecialtyGroup &group : rcp.record.quorum.requiredGroups) {
        if (group.label != session.missingGroups.front())
            continue;
        for (const QString &specialty : group.specialties) {
            const auto staff = m_centres[std::size_t(rcp.centre)].bySpecialty.find(specialty);
            if (staff == m_centres[std::size_t(rcp.centre)].bySpecialty.end())
                continue;
            // A specialist who was not there, other than the coordinator who overrides.
            std::vector<int> absent;
            for (int p : staff->second) {
                const QUuid id = m_professionals[std::size_t(p)].id;
                if (id != rcp.record.coordinatorId &&
                    std::none_of(session.attendees.begin(), session.attendees.end(),
                                 [&](const FicheAttendee &a) { return a.professionalId == id; }))
                    absent.push_back(p);
            }
            if (absent.empty())
                continue;
            const DemoProfessional &author = m_professionals[std::size_t(m_random.pickFrom(absent))];
            WrittenOpinion w;
            w.authorId = author.id;
            w.specialty = specialty;
            w.text =
                QString::fromUtf8(m_random.pick({"Dossier relu : accord avec la stratégie proposée.",
                                                 "Imagerie relue : pas d'argument contre la proposition.",
                                                 "Avis favorable à la proposition de la réunion."}));
            w.givenAt = session.startsAt.addSecs(-3600 * m_random.between(3, 40));
            return w;
        }
    }
    return std::nullopt;
}

void DemoBuilder::overrideQuorum(Fiche &fiche, const WrittenOpinion &opinion, const DemoSession &session) {
    const DemoRcp &rcp = m_rcps[std::size_t(session.rcp)];
    fiche.writtenOpinions = {opinion};
    fiche.quorumOverride.coordinatorId = fiche.coordinatorId;
    fiche.quorumOverride.reason =
        QStringLiteral("Avis écrit du Dr %1 (%2), absent, reçu avant la réunion")
            .arg(professionalName(opinion.authorId), session.missingGroups.front().toLower());
    fiche.quorumOverride.at = session.endsAt;
    Q_UNUSED(rcp)
}

bool DemoBuilder::signFiche(Fiche &fiche, const QJsonObject &snapshot) {
    const auto rcp =
        std::find_if(m_rcps.begin(), m_rcps.end(), [&](const DemoRcp &r) { return r.id == fiche.rcpId; });
    if (rcp == m_rcps.end()) {
        m_error = QCoreApplication::translate("Demo", "A demo fiche names no committee of the demo.");
        return false;
    }
    // Checked with the rest of its batch on the second thread (prepareBatch).
    fiche.markSigned(fiche.coordinatorId, m_now, snapshot);
    return true;
}

void DemoBuilder::choosePresenter(Inscription &inscription, const DemoSession &session) {
    if (session.attendees.empty())
        return;
    const auto present = [&](const QUuid &id) {
        return std::any_of(session.attendees.begin(), session.attendees.end(),
                           [&](const FicheAttendee &a) { return a.professionalId == id; });
    };
    if (present(inscription.presenterId))
        return;
    if (present(inscription.requesterId)) {
        inscription.presenterId = inscription.requesterId;
        return;
    }
    // A physician of the board who is there presents for the requester.
    std::vector<QUuid> counted;
    for (const FicheAttendee &a : session.attendees)
        if (a.countedForQuorum)
            counted.push_back(a.professionalId);
    inscription.presenterId =
        counted.empty() ? session.attendees.front().professionalId : m_random.pickFrom(counted);
}

int DemoBuilder::laterSession(const DemoSession &session) const {
    const DemoRcp &rcp = m_rcps[std::size_t(session.rcp)];
    const QDateTime earliest = session.startsAt.addDays(6);
    for (const std::vector<int> *list : {&rcp.pastSessions, &rcp.futureSessions})
        for (int s : *list)
            if (m_sessions[std::size_t(s)].startsAt >= earliest)
                return s;
    return -1;
}

bool DemoBuilder::writePastCase(const Patient &patient, Committee committee, int sessionIndex, int caseIndex,
                                DemoCourse &course, const QDateTime &previous, int *held) {
    DemoSession &session = m_sessions[std::size_t(sessionIndex)];
    *held = sessionIndex;
    const QDate meeting = toBoardTime(session.startsAt).date();
    const QDateTime registeredAt = registrationTime(session, previous);
    const DemoCourse before = course; // as it stands if the case is postponed
    const CaseContent content = nextCase(m_random, course, committee, patient, caseIndex, meeting, meeting);
    Inscription inscription = makeInscription(patient, committee, session, caseIndex, content, registeredAt);
    // A few hours late, still days before the meeting.
    if (m_counts.inscriptions % kLateEvery == kLateEvery / 2)
        inscription.registeredAt = session.deadline.addSecs(1800 * (1 + m_counts.inscriptions % 12));
    Session deadline;
    deadline.registrationDeadline = session.deadline;
    agenda::markLateIfAfterDeadline(inscription, deadline, inscription.registeredAt);
    inscription.agendaOrder = ++session.agendaCount;
    const bool discussed = inscription.intent != QLatin1String(kCaseRegistered);
    inscription.agendaState = discussed ? AgendaState::Discussed : AgendaState::Registered;
    choosePresenter(inscription, session);

    // Without quorum, the coordinator signs on the written opinion of the absent specialist, or the case
    // is postponed to the committee's next session; an incomplete file is postponed now and then.
    std::optional<WrittenOpinion> opinion;
    QString postponed;
    if (discussed && session.quorum != QuorumStatus::Met) {
        opinion = writtenOpinion(session);
        if (!opinion || m_random.chance(40)) {
            opinion.reset();
            postponed =
                session.missingGroups.isEmpty()
                    ? QStringLiteral("Quorum non atteint : spécialités présentes en nombre insuffisant")
                    : QStringLiteral("Quorum non atteint : %1 absent")
                          .arg(session.missingGroups.join(QStringLiteral(", ")).toLower());
        }
    } else if (discussed && m_random.chance(20) &&
               !validation::checkCompleteness(inscription, validation::ageOn(patient.birthDate, meeting),
                                              m_rcps[std::size_t(session.rcp)].record)
                    .complete()) {
        postponed = QStringLiteral("Dossier incomplet : compléments demandés au médecin demandeur");
    }
    const int later = postponed.isEmpty() ? -1 : laterSession(session);
    if (later >= 0) {
        // As the meeting postpones (DecisionService::postpone): the case stays in its session, postponed,
        // without a fiche, and is registered again in the later session.
        course = before;
        inscription.agendaState = AgendaState::Postponed;
        inscription.postponement.reason = postponed;
        inscription.postponement.toSessionId = m_sessions[std::size_t(later)].id;
        inscription.postponement.at = session.startsAt.addSecs(60 * m_random.between(10, 100));
        m_now = inscription.postponement.at;
        queue(inscription);
        ++m_counts.inscriptions;
        ++m_counts.postponed;
        if (m_sessions[std::size_t(later)].startsAt < m_reference)
            return writePastCase(patient, committee, later, caseIndex, course, inscription.postponement.at,
                                 held);
        writeFutureCase(patient, committee, later, caseIndex, course, inscription.postponement.at);
        *held = later;
        return true;
    }
    if (opinion)
        inscription.writtenOpinions = {*opinion};
    m_now = inscription.registeredAt;
    queue(inscription);
    ++m_counts.inscriptions;

    Fiche fiche = makeFiche(patient, inscription, session, content.proposal);
    if (opinion)
        overrideQuorum(fiche, *opinion, session);
    const QDateTime signAt =
        session.endsAt.addDays(m_random.between(0, 8)).addSecs(m_random.between(0, 6 * 3600));
    ++m_counts.fiches;
    const bool sign = signAt < m_reference && m_random.chance(95);
    m_now = signAt;
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
