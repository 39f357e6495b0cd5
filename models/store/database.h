// The local SQLite database: checks a file before writing anything to it (Concerto's application id,
// schema version, read-only, a schema altered outside Concerto), opens it with WAL, synchronous=FULL and
// foreign keys on, runs every write inside one `BEGIN IMMEDIATE` transaction (WriteTransaction, with its own
// options), and announces after each commit which records changed.
#pragma once

#include "models/store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <utility>

namespace concerto {

// "Concerto" in the file header (PRAGMA application_id): 0x436F6E63, the ASCII of "Conc".
inline constexpr qint32 kApplicationId = 0x436F6E63;

enum class ChangeKind { Inserted, Updated, Deleted };

// How one write transaction writes. Options of the outermost transaction apply to the nested ones.
struct WriteOptions {
    // Audited, but no change-journal (outbox) row: what is written is never sent to the server
    // (demo data).
    bool localOnly = false;
    // The time (UTC) recorded as updated_at and in the audit; the system clock when empty.
    std::function<QDateTime()> clock;
};

class Database final : public QObject {
    Q_OBJECT
public:
    // Opens an existing Concerto database and upgrades an older schema (whole or not at all). Nothing is
    // written to a file that is refused: a missing file or folder, an empty file, a SQLite file that is
    // not Concerto's, a file from a newer schema. A file marked read-only (no write permission bit) opens
    // read-only: reads work, writes are refused with a clear message. Returns null and sets `error` (in
    // the user's language) when the file is refused. A file whose schema was altered outside Concerto (a
    // trigger dropped, changed or added, a table or index missing: schemacheck.h), checked after any
    // upgrade, opens read-only too and nothing is written to it; alterations() says what was altered.
    static std::unique_ptr<Database> open(const QString &path, QString *error = nullptr);
    // What `init` and the desktop's first start do: creates a new database at `path` (its folder must
    // exist unless `createFolder`), or turns an empty file into one, or opens an existing Concerto
    // database like open(). `created` tells whether a new database was made.
    static std::unique_ptr<Database> create(const QString &path, QString *error = nullptr,
                                            bool createFolder = false, bool *created = nullptr);
    ~Database() override;
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // How the file's schema differs from what this version of Concerto makes, one sentence each in the
    // user's language (schemacheck.h); empty for a file as Concerto left it. Such a file is read-only.
    QStringList alterations() const { return m_alterations; }

    // Reads the whole file once (PRAGMA quick_check) and says whether every page holds together: the bulk
    // commands (demo data, value-set imports) run it before they write, so that they never add to a
    // damaged file. About a second per 100 MB.
    StoreResult checkWhole() const;

    // Who writes: recorded in every audit row and in updated_by.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // The time of the change being written: the clock of the current transaction's options, else the
    // database's clock (tests replace it), else the system clock (UTC).
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Whether the current transaction keeps its writes out of the outbox.
    bool localOnly() const { return m_depth > 0 && m_options.localOnly; }

    // The user's default database file, shared by the desktop app and concerto-cli.
    static QString defaultPath();

    // Called by the store for every row it writes inside the current transaction; announced after the
    // outermost commit, forgotten on rollback. Kept only while something is connected to recordsChanged.
    void recordChange(const QString &entity, const QUuid &id, ChangeKind kind);

Q_SIGNALS:
    // After the outermost commit: the records of `entity` (table name) that changed, one signal per
    // entity and kind of change, inserts first.
    void recordsChanged(const QString &entity, const QList<QUuid> &ids, concerto::ChangeKind kind);

private:
    explicit Database(QString path, QString connectionName);
    static std::unique_ptr<Database> openChecked(const QString &path, bool allowNew, QString *error,
                                                 bool *created);
    friend class WriteTransaction;
    void announce();

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    bool m_readOnly = false;
    QStringList m_alterations;
    std::function<QDateTime()> m_clock;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    WriteOptions m_options;
    // Changes of the open transaction: (entity, kind) -> ids in write order, without repeats.
    std::map<std::pair<QString, ChangeKind>, std::pair<QList<QUuid>, std::set<QUuid>>> m_pending;
};

// A write unit: BEGIN IMMEDIATE on the outermost one, nested ones join it (and its options). Rolls back
// unless commit() is called; a failed nested unit dooms the whole transaction.
class WriteTransaction final {
public:
    explicit WriteTransaction(Database &db, WriteOptions options = {});
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    // Why the transaction could not start or commit, in the user's language.
    QString error() const { return m_error; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_done = false;
    QString m_error;
};

} // namespace concerto
