// What the services' write units share: a record read live (missing or deleted is an error in words), the
// case, session and committee read so with the same words everywhere, and a unit committed or its error
// returned.
#pragma once

#include "models/domain/inscription.h"
#include "models/domain/rcp.h"
#include "models/domain/session.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"

#include <QCoreApplication>
#include <optional>

namespace concerto {

inline StoreResult commitOrFail(WriteTransaction &unit) {
    return unit.commit() ? StoreResult::success() : StoreResult::failure(unit.error());
}

// The record `id` of `repo`, refused with `missing` (translated in `context`) when it does not exist or was
// deleted.
template <typename Record, typename Repo>
StoreRead<Record> live(const Repo &repo, const QUuid &id, const char *context, const char *missing) {
    const StoreRead<std::optional<Record>> found = repo.find(id);
    if (!found.ok())
        return StoreRead<Record>::failure(found.error);
    if (!found.value || found.value->meta.deleted)
        return StoreRead<Record>::failure(QCoreApplication::translate(context, missing));
    return StoreRead<Record>::success(*found.value);
}

StoreRead<Inscription> liveCase(Database &db, const QUuid &id);
StoreRead<Session> liveSession(Database &db, const QUuid &id);
StoreRead<Rcp> liveCommittee(Database &db, const QUuid &id);

} // namespace concerto
