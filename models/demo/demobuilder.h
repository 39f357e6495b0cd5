// The demo generator's working state (private to models/demo): the directory and sessions it has
// written, kept in memory so that patients and cases are made without reading the store back.
#pragma once

#include "models/demo/democlinical.h"
#include "models/demo/democommittees.h"
#include "models/demo/demogenerator.h"
#include "models/demo/demorandom.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"

#include <QTimeZone>
#include <map>
#include <optional>
#include <variant>

namespace concerto::demo {

struct DemoProfessional {
    QUuid id;
    QString specialty;
    int centre = 0;
    QString lastName;
};

struct DemoCentre {
    QUuid id;
    QString name;
    std::vector<QUuid> establishments;               // those it coordinates, its host establishment first
    std::map<QString, std::vector<int>> bySpecialty; // indexes into DemoBuilder::m_professionals
    std::vector<QUuid> generalPractitioners;
};

struct DemoRcp {
    QUuid id;
    Committee committee = Committee::Digestive;
    int centre = 0;
    Rcp record;
    std::vector<int> members; // indexes into m_professionals
    std::vector<int> pastSessions;
    std::vector<int> futureSessions;
};

struct DemoSession {
    QUuid id;
    int rcp = 0;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime deadline; // of registration
    QuorumStatus quorum = QuorumStatus::Unknown;
    QStringList missingGroups; // the required groups nobody covered, when the quorum was not met
    std::vector<FicheAttendee> attendees;
    int agendaCount = 0;
};

// A record of the patients' part, in writing order (a patient before its cases, a case before its fiches).
using BatchRecord = std::variant<Patient, Inscription, Fiche>;
struct PreparedBatchRecord {
    std::size_t kind = 0; // BatchRecord's index: which repository writes it
    PreparedRecord record;
};
struct PreparedBatch {
    std::vector<PreparedBatchRecord> records;
    QString error; // a fiche signed by the generator fails the signing check: nothing of the batch is written
};
// Turns a batch into its stored form, after running the signing check (validation/fichecheck.h, with
// its committee's quorum rule from `rules`) on every signed fiche of it; runs on any thread.
PreparedBatch prepareBatch(const std::vector<BatchRecord> &batch, const std::map<QUuid, QuorumRule> &rules);

class DemoBuilder final {
public:
    DemoBuilder(Database &db, const DemoOptions &options, quint64 salt);
    Q_DISABLE_COPY_MOVE(DemoBuilder)

    bool run(DemoCounts *counts, QString *error);

private:
    // demogenerator.cpp: the directory and the sessions.
    bool writeDirectory();
    bool writeSessions();
    bool writeSession(DemoRcp &rcp, const QDate &day, bool past);
    int centreCount() const;
    int pastWeeks() const;
    QUuid someone(int centre, const QString &specialty);
    // democases.cpp: patients, cases, fiches, queued in m_batch. False (m_error set) when a fiche the
    // generator signs does not pass the signing check, which is a fault of the generator.
    bool writePatient(int number);
    // A past case in session `sessionIndex`; `held` says where it was discussed in the end (a later
    // session when it was postponed).
    bool writePastCase(const Patient &patient, Committee committee, int sessionIndex, int caseIndex,
                       DemoCourse &course, const QDateTime &previous, int *held);
    void writeFutureCase(const Patient &patient, Committee committee, int sessionIndex, int caseIndex,
                         DemoCourse &course, const QDateTime &previous);
    // When a case is registered: before the session's deadline, after the patient's previous meeting
    // when there is room.
    QDateTime registrationTime(const DemoSession &session, const QDateTime &previous);
    Inscription makeInscription(const Patient &patient, Committee committee, const DemoSession &session,
                                int caseIndex, const CaseContent &content, const QDateTime &registeredAt);
    Fiche makeFiche(const Patient &patient, const Inscription &inscription, const DemoSession &session,
                    const Proposal &proposal);
    // A signed fiche that is corrected later: the first version as it was signed (holding what the
    // correction changes), and the correction, signed or not. False when a signature fails its check.
    bool writeAmendment(const Patient &patient, const Inscription &inscription, const DemoCourse &course,
                        const DemoSession &session, Fiche &fiche, const QDateTime &amendAt);
    // The presenter of a case discussed in a held session: a participant (the requester when present).
    void choosePresenter(Inscription &inscription, const DemoSession &session);
    // The committee's next session, a week later at least (past or upcoming); -1 when there is none.
    int laterSession(const DemoSession &session) const;
    // The written opinion of the absent specialist of a session without quorum (one group missing);
    // none when more is missing.
    std::optional<WrittenOpinion> writtenOpinion(const DemoSession &session);
    // A discussed case of a session without quorum signed on the written opinion: the coordinator's
    // override, naming the opinion's author.
    void overrideQuorum(Fiche &fiche, const WrittenOpinion &opinion, const DemoSession &session);
    QString professionalName(const QUuid &id) const;
    // Signs in memory as the fiche service does; the same check (validation/fichecheck.h) with the
    // committee's quorum rule runs on the batch's second thread, before anything of it is written
    // (prepareBatch).
    bool signFiche(Fiche &fiche, const QJsonObject &caseSnapshot);
    // demorun.cpp: the marks of a run in the audit log (started, completed).
    bool markRun(const QString &action);
    QUuid m_runId = QUuid::createUuid();
    WriteOptions writeOptions();
    bool check(const StoreResult &result);
    // demobatch.cpp: the patients' records go through a batch, serialised on a second thread while
    // the store writes the batch before (see run()).
    template <typename T>
    void queue(T record) {
        record.meta.updatedAt = m_now;
        m_batch.emplace_back(std::move(record));
    }
    bool writeBatch(std::vector<PreparedBatchRecord> &prepared);
    int rcpFor(int centre, Committee committee) const;

    Database &m_db;
    DemoOptions m_options;
    DemoRandom m_random;
    DemoIds m_ids;
    QDateTime m_now;       // the clock the store reads while the data is written
    QDateTime m_reference; // the reference instant: earlier sessions are past
    quint64 m_salt;
    QString m_error;
    DemoCounts m_counts;

    OrganisationRepository m_organisations;
    ProfessionalRepository m_professionalRepo;
    RcpRepository m_rcpRepo;
    SessionRepository m_sessionRepo;
    PatientRepository m_patientRepo;
    InscriptionRepository m_inscriptionRepo;
    FicheRepository m_ficheRepo;

    std::vector<DemoProfessional> m_professionals;
    std::vector<DemoCentre> m_centres;
    std::vector<DemoRcp> m_rcps;
    std::map<QUuid, QuorumRule> m_quorumRules; // each committee's, for the signing check
    std::vector<DemoSession> m_sessions;
    std::vector<BatchRecord> m_batch;
};

} // namespace concerto::demo
