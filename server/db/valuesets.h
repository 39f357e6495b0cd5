// The national value sets (IHE SVS files, JDV_*.xml) the server keeps for the desktops: imported by an
// admin command after the SVS reader of models/nomenclature accepted them, listed for signed-in clients.
#pragma once

#include "server/db/serverdatabase.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace concerto::server {

struct StoredValueSet {
    QString oid;
    QString version;
    QString name;
    QDate revisionDate;
    QString source;
    int conceptCount = 0;
    QByteArray sha256; // hex, of the file's bytes
};

class ValueSets final {
public:
    explicit ValueSets(const ServerDatabase &database)
        : m_database(database) {}
    // Who an import is audited for (auditlog.h); "server" by default.
    void setActor(const QString &actor) { m_actor = actor; }

    // Reads and checks the file, then stores it, replacing the same set and version (importing a file
    // twice stores it once). False with `error` (naming the file and the fault) when nothing was stored.
    // The same bytes again (same set, version and SHA-256) change nothing, audit row included: `unchanged`
    // says so (scripts/run.sh imports the kit at every start of its demo server).
    bool import(const QString &path, StoredValueSet *imported, QString *error,
                bool *unchanged = nullptr) const;
    QList<StoredValueSet> list() const;
    // The file of one set and version, and its SHA-256 (hex); false if there is none.
    bool content(const QString &oid, const QString &version, QByteArray *content, QByteArray *sha256) const;

private:
    const ServerDatabase &m_database;
    QString m_actor = QStringLiteral("server");
};

} // namespace concerto::server
