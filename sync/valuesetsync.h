// The national value sets from the regional server (`GET nomenclatures`, `GET nomenclatures/OID/VERSION`,
// served from what `concerto-server admin import-nomenclature` imported): each set and version the local
// file does not hold yet is downloaded, its SHA-256 checked against the list's (and the ETag's), read by
// the desktop's own SVS reader and stored through the store's NomenclatureRepository, which makes it the
// active version of its set. Older versions first, so that the newest ends active. A set already loaded
// (the same OID and version, from the server or from a file) is not downloaded again. Part of each sync
// run (SyncEngine), after the records.
#pragma once

#include "models/store/database.h"
#include "sync/serverconnection.h"

#include <QStringList>

namespace concerto::sync {

struct ValueSetReport {
    bool ok = false;
    QString error; // the first fault (nothing after it is loaded)
    int loaded = 0;
    int alreadyHere = 0;
};

ValueSetReport pullValueSets(Database &db, ServerConnection &server);

} // namespace concerto::sync
