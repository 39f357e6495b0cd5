// The use cases of one open database, built once by the composition root (the desktop's controller, the
// command line) that opens the file: the directory, the patients, the agenda, the planning, the fiches
// the value sets and the indicators, each a service object, all acting for one user. The screens hold this
// object and never the store: every write they make goes through a service or an editing document built on
// it.
#pragma once

#include "models/domain/roles.h"
#include "models/store/database.h"
#include "models/store/syncstate.h"

#include <QObject>
#include <QUuid>
#include <memory>

namespace concerto {

class AgendaService;
class DatabaseUseLock;
class DecisionService;
class DirectoryLists;
class DirectoryService;
class FicheService;
class IndicatorService;
class SyncConflictService;
class MeetingService;
class NomenclatureService;
class PatientService;
class PlanningService;
class ReadWorker;

class Services final : public QObject {
    Q_OBJECT
public:
    // Opens an existing Concerto database (Database::open), or with `create` makes one there
    // (Database::create; its folder too with `createFolder`). Null, and `error` set, when refused.
    static std::unique_ptr<Services> open(const QString &path, bool create, QString *error,
                                          bool createFolder = false, bool *created = nullptr);
    // On a database the caller opened and keeps (the command line, the tests).
    explicit Services(Database &db, QObject *parent = nullptr);
    ~Services() override;
    Q_DISABLE_COPY_MOVE(Services)

    DirectoryService &directory() { return *m_directory; }
    PatientService &patients() { return *m_patients; }
    AgendaService &agenda() { return *m_agenda; }
    PlanningService &planning() { return *m_planning; }
    FicheService &fiches() { return *m_fiches; }
    MeetingService &meeting() { return *m_meeting; }
    DecisionService &decisions() { return *m_decisions; }
    NomenclatureService &nomenclature() { return *m_nomenclature; }
    IndicatorService &indicators() { return *m_indicators; }
    SyncConflictService &conflicts() { return *m_conflicts; }
    // The directory's lists the screens choose from, read off the window's thread and kept current.
    DirectoryLists &directoryLists() { return *m_directoryLists; }

    // The file: where it is, whether writes are refused (read-only, or altered since Concerto left it:
    // `alterations` says what changed, one sentence each).
    QString path() const;
    bool isReadOnly() const;
    QStringList alterations() const;
    // Who acts: recorded in every audit row, draft and updated_by (Actor::recordedName), and checked by
    // every service before it writes (services/rights.h). The machine's administrator until set.
    const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor);
    // Whether the acting user may do `action`: the screens hide what it may not.
    bool may(Action action) const { return m_actor.may(action); }
    // "Now" as the store records it (the one clock, replaced in tests).
    QDateTime now() const;
    // Changes waiting to be sent to the regional server.
    StoreRead<int> pendingChanges() const;
    // Where this file stands with the regional server: its server, last sync, pending changes and open
    // conflicts (kept in the file itself).
    StoreRead<SyncState> syncState() const;

    // How long a write waits for another program's write to end before it is refused with a message to
    // try again (the store's default is 10 s; the desktop waits less, so that its window never freezes
    // for long).
    void setWriteWait(int milliseconds);

    // Tells other Concerto processes that this one has the file open; true when another one already
    // has it (`otherProcess` is then its process id).
    bool markInUse(qint64 *otherProcess = nullptr);

    // For the item models and editing documents built on these services, never for the screens.
    Database &store() const { return m_db; }

Q_SIGNALS:
    // After each commit, whoever wrote: what changed (entity is the record's table name).
    void recordsChanged(const QString &entity, const QList<QUuid> &ids, concerto::ChangeKind kind);

private:
    Services(std::unique_ptr<Database> owned, QObject *parent);

    std::unique_ptr<Database> m_owned;
    Database &m_db;
    Actor m_actor; // the services hold a reference to it
    std::unique_ptr<DatabaseUseLock> m_useLock;
    std::unique_ptr<ReadWorker> m_reader; // the screens' reads that must not hold the window up
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<PatientService> m_patients;
    std::unique_ptr<AgendaService> m_agenda;
    std::unique_ptr<PlanningService> m_planning;
    std::unique_ptr<FicheService> m_fiches;
    std::unique_ptr<MeetingService> m_meeting;
    std::unique_ptr<DecisionService> m_decisions;
    std::unique_ptr<NomenclatureService> m_nomenclature;
    std::unique_ptr<IndicatorService> m_indicators;
    std::unique_ptr<SyncConflictService> m_conflicts;
    std::unique_ptr<DirectoryLists> m_directoryLists;
};

} // namespace concerto
