// `concerto-server --demo`: on its first start, an empty server fills a demo region through its own write
// path. The project's demo generator (models/demo) writes its network into a throwaway desktop file; its
// 3C (and the network) become server organisations; every record (organisations, professionals,
// committees, sessions, patients, cases, fiches with their signed versions and amendments) is then pushed
// through the SyncService as a desktop's push would be, checked by the same rules, numbered version 1 and
// audited (actor "demo"); a patient belongs to the 3C of its cases. One demo account per role, all with
// kDemoPassword, lets a desktop sign in and pull them. Everything is written in one write transaction that
// first checks that the server holds nothing: a second start, or a second process starting at once on the
// same data, fills nothing (it waits for the first one's transaction, then finds the region there).
#pragma once

#include "server/db/serverdatabase.h"
#include "server/records/recordstore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace concerto::server {

// The demo accounts' password (printed at start and in the README: a demo server is not a real one).
inline const QString kDemoPassword = QStringLiteral("concerto-demo");

struct DemoAccount {
    QString name;
    QString role; // the role's code (models/domain/roles.h)
};
// One per role: demo-secretary, demo-physician, demo-coordinator, demo-3c-admin (of the first 3C),
// demo-network-admin (the region), demo-read-only.
const QList<DemoAccount> &demoAccounts();

struct DemoRegionOptions {
    int patients = 2000;
    QDate referenceDate; // the demo's "today"; null: today
};

struct DemoRegionResult {
    bool ok = false;
    bool filledNow = false; // false with ok: the server held data already, nothing written
    QString error;
    int organisations = 0; // server organisations (the 3C and the network)
    int records = 0;       // records pushed
    int patients = 0;
    QString firstCentre; // the 3C of the demo accounts (its code)
};

// Fills the empty server behind `database` and `records`. `clock`: Unix seconds, as the API's.
// `starting` is called once the server is found empty, before the (long) generation.
DemoRegionResult fillDemoRegion(const ServerDatabase &database, RecordStore &records,
                                const DemoRegionOptions &options, const std::function<qint64()> &clock,
                                const std::function<void()> &starting = {});

} // namespace concerto::server
