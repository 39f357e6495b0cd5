// The composition of the use cases over one database.
#include "services/services.h"

#include "models/store/outbox.h"
#include "models/store/readworker.h"
#include "models/store/uselock.h"
#include "services/agendaservice.h"
#include "services/decisionservice.h"
#include "services/directorylists.h"
#include "services/directoryservice.h"
#include "services/ficheservice.h"
#include "services/indicatorservice.h"
#include "services/meetingservice.h"
#include "services/nomenclatureservice.h"
#include "services/patientservice.h"
#include "services/planningservice.h"
#include "services/rights.h"
#include "services/syncconflictservice.h"

#include <QSqlQuery>

namespace concerto {

std::unique_ptr<Services> Services::open(const QString &path, bool create, QString *error, bool createFolder,
                                         bool *created) {
    std::unique_ptr<Database> db =
        create ? Database::create(path, error, createFolder, created) : Database::open(path, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<Services>(new Services(std::move(db), nullptr));
}

Services::Services(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(machineAdministrator())
    , m_reader(std::make_unique<ReadWorker>(db.path()))
    , m_directory(std::make_unique<DirectoryService>(db, m_actor))
    , m_patients(std::make_unique<PatientService>(db, *m_reader, m_actor))
    , m_agenda(std::make_unique<AgendaService>(db, m_actor))
    , m_planning(std::make_unique<PlanningService>(db, m_actor))
    , m_fiches(std::make_unique<FicheService>(db, m_actor))
    , m_meeting(std::make_unique<MeetingService>(db, m_actor))
    , m_decisions(std::make_unique<DecisionService>(db, m_actor))
    , m_nomenclature(std::make_unique<NomenclatureService>(db, m_actor))
    , m_indicators(std::make_unique<IndicatorService>(db.path()))
    , m_conflicts(std::make_unique<SyncConflictService>(db, m_actor))
    , m_directoryLists(std::make_unique<DirectoryLists>(*m_reader)) {
    connect(&m_db, &Database::recordsChanged, this, &Services::recordsChanged);
    connect(&m_db, &Database::recordsChanged, m_directoryLists.get(), &DirectoryLists::onRecordsChanged);
}

Services::Services(std::unique_ptr<Database> owned, QObject *parent)
    : Services(*owned, parent) {
    m_owned = std::move(owned);
}

Services::~Services() {
    // The services go before the database they work on; the reader first, dropping its answers.
    m_reader.reset();
    m_directoryLists.reset();
    m_conflicts.reset();
    m_indicators.reset();
    m_nomenclature.reset();
    m_fiches.reset();
    m_planning.reset();
    m_agenda.reset();
    m_patients.reset();
    m_directory.reset();
    m_useLock.reset();
}

QString Services::path() const {
    return m_db.path();
}

bool Services::isReadOnly() const {
    return m_db.isReadOnly();
}

QStringList Services::alterations() const {
    return m_db.alterations();
}

void Services::setActor(const Actor &actor) {
    m_actor = actor;
    m_db.setActor(actor.recordedName());
}

QDateTime Services::now() const {
    return m_db.now();
}

StoreRead<int> Services::pendingChanges() const {
    return pendingChangeCount(m_db);
}

StoreRead<SyncState> Services::syncState() const {
    return readSyncState(m_db);
}

void Services::setWriteWait(int milliseconds) {
    // SQLite's own wait on a locked file, for this connection only.
    QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

bool Services::markInUse(qint64 *otherProcess) {
    if (!m_useLock)
        m_useLock = std::make_unique<DatabaseUseLock>(m_db.path());
    if (otherProcess)
        *otherProcess = m_useLock->otherPid();
    return m_useLock->heldElsewhere();
}

} // namespace concerto
