// The local SQLite database: opens (and creates or upgrades) the file with WAL, synchronous=FULL and
// foreign keys on, and runs every write inside one `BEGIN IMMEDIATE` transaction (WriteTransaction).
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace concerto {

class Database final {
public:
    // Opens `path` (creating the file and its folder if needed) and upgrades its schema to the latest
    // version. Returns null and sets `error` when the file cannot be opened or upgraded.
    static std::unique_ptr<Database> open(const QString &path, QString *error = nullptr);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Who writes: recorded in every audit row and in updated_by.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // The clock (UTC) used for timestamps; tests replace it.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Local-only writes (demo data): while on, saves write the row and its audit row but no
    // change-journal row, so that what they write is never sent to the server.
    bool localOnly() const { return m_localOnly; }
    void setLocalOnly(bool on) { m_localOnly = on; }

    // The user's default database file, shared by the desktop app and concerto-cli.
    static QString defaultPath();

private:
    explicit Database(QString path, QString connectionName);
    friend class WriteTransaction;

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    std::function<QDateTime()> m_clock;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_localOnly = false;
};

// A write unit: BEGIN IMMEDIATE on the outermost one, nested ones join it. Rolls back unless commit()
// is called; a failed nested unit dooms the whole transaction.
class WriteTransaction final {
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
    bool m_done = false;
    QString m_error;
};

} // namespace concerto
