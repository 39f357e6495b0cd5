// The demo region: generated in a throwaway desktop file, then pushed through the server's own write path
// in one transaction.
#include "server/demo/demoregion.h"

#include "models/demo/demogenerator.h"
#include "models/domain/organisation.h"
#include "models/store/syncbase.h"
#include "server/auth/passwordhash.h"
#include "server/db/accounts.h"
#include "server/db/auditlog.h"
#include "server/records/recordcheck.h"
#include "server/records/syncservice.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <future>
#include <map>

namespace concerto::server {

namespace {

// Whether the server holds anything (records, organisations, accounts).
bool holdsData(QSqlDatabase &db, bool *holds) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM organisations)"
                               " + (SELECT count(*) FROM users)")) ||
        !q.next())
        return false;
    *holds = q.value(0).toLongLong() > 0;
    return true;
}

// What the generator made, as the server takes it.
struct DemoData {
    std::map<QString, std::vector<sync::WireRecord>> records; // by entity
    QList<Organisation> organisations;                        // the 3C (sorted by code) and the network
    QString firstCentre;
    QString network;
    QHash<QUuid, QStringList> patientCentres; // a patient's 3C, from its cases
    int count = 0;
};

// The code of a 3C on the server: its national id, else its id (as SyncService finds a committee's 3C).
QString codeOf(const concerto::Organisation &organisation) {
    return organisation.nationalId.isEmpty() ? organisation.meta.id.toString(QUuid::WithoutBraces)
                                             : organisation.nationalId;
}

bool generate(const DemoRegionOptions &options, DemoData *data, QString *error) {
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("no temporary folder for the demo data");
        return false;
    }
    auto db = Database::create(dir.filePath(QStringLiteral("demo.db")), error);
    if (!db)
        return false;
    demo::DemoOptions demoOptions;
    demoOptions.patients = options.patients;
    demoOptions.referenceDate = options.referenceDate;
    demo::DemoCounts counts;
    if (!demo::generateDemo(*db, demoOptions, &counts, error))
        return false;
    for (const QString &entity : syncedTables()) {
        std::vector<QUuid> ids;
        {
            QSqlQuery q(db->connection());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY rowid").arg(entity))) {
                *error = QStringLiteral("cannot read the demo's %1 records").arg(entity);
                return false;
            }
            while (q.next())
                ids.push_back(QUuid::fromString(q.value(0).toString()));
        }
        QSqlQuery prepared(db->connection());
        prepared.prepare(storedCopySql(entity));
        auto &list = data->records[entity];
        for (const QUuid &id : ids) {
            const auto copy = storedCopy(prepared, *db, entity, id);
            if (!copy.error.isEmpty() || !copy.value) {
                *error = QStringLiteral("cannot read the demo's %1 records").arg(entity);
                return false;
            }
            sync::WireRecord record;
            record.entity = entity;
            record.id = id;
            record.updatedAt = copy.value->updatedAt;
            record.updatedBy = copy.value->updatedBy;
            record.deleted = copy.value->deleted;
            record.body = copy.value->body;
            list.push_back(std::move(record));
            ++data->count;
        }
    }
    // The 3C and the network as server organisations; the patients' 3C through their cases.
    QHash<QUuid, QString> centreCodes;
    Organisation network;
    for (const sync::WireRecord &record : data->records[QStringLiteral("organisation")]) {
        const auto organisation =
            concerto::Organisation::fromJson(QJsonDocument::fromJson(record.body).object());
        if (organisation.kind == OrganisationKind::CoordinationCentre) {
            centreCodes.insert(record.id, codeOf(organisation));
            data->organisations.append({codeOf(organisation), organisation.name.left(200)});
        } else if (organisation.kind == OrganisationKind::Network && network.code.isEmpty()) {
            network = {codeOf(organisation), organisation.name.left(200)};
        }
    }
    if (data->organisations.isEmpty()) {
        *error = QStringLiteral("the demo made no coordination centre");
        return false;
    }
    std::sort(data->organisations.begin(), data->organisations.end(),
              [](const Organisation &a, const Organisation &b) { return a.code < b.code; });
    data->firstCentre = data->organisations.first().code;
    if (!network.code.isEmpty()) {
        data->network = network.code;
        data->organisations.append(network);
    }
    QHash<QUuid, QUuid> rcpCentre;
    for (const sync::WireRecord &record : data->records[QStringLiteral("rcp")])
        rcpCentre.insert(record.id, factsOf(record).organisationId);
    QHash<QUuid, QUuid> sessionRcp;
    for (const sync::WireRecord &record : data->records[QStringLiteral("session")])
        sessionRcp.insert(record.id, factsOf(record).scopeFromId);
    for (const sync::WireRecord &record : data->records[QStringLiteral("inscription")]) {
        const RecordFacts facts = factsOf(record);
        const QString code = centreCodes.value(rcpCentre.value(sessionRcp.value(facts.scopeFromId)));
        QStringList &centres = data->patientCentres[facts.patientId];
        if (!code.isEmpty() && !centres.contains(code))
            centres.append(code);
    }
    return true;
}

std::vector<sync::Mutation> mutationsOf(const std::vector<sync::WireRecord> &records) {
    std::vector<sync::Mutation> mutations;
    mutations.reserve(records.size());
    for (const sync::WireRecord &record : records) {
        sync::Mutation m;
        m.mutationId = QUuid::createUuid();
        m.operation = record.deleted ? QStringLiteral("delete") : QStringLiteral("insert");
        m.record = record;
        mutations.push_back(std::move(m));
    }
    return mutations;
}

} // namespace

const QList<DemoAccount> &demoAccounts() {
    static const QList<DemoAccount> accounts{
        {QStringLiteral("demo-secretary"), QStringLiteral("secretary")},
        {QStringLiteral("demo-physician"), QStringLiteral("physician")},
        {QStringLiteral("demo-coordinator"), QStringLiteral("coordinator")},
        {QStringLiteral("demo-3c-admin"), QStringLiteral("3c-admin")},
        {QStringLiteral("demo-network-admin"), QStringLiteral("network-admin")},
        {QStringLiteral("demo-read-only"), QStringLiteral("read-only")},
    };
    return accounts;
}

DemoRegionResult fillDemoRegion(const ServerDatabase &database, RecordStore &records,
                                const DemoRegionOptions &options, const std::function<qint64()> &clock,
                                const std::function<void()> &starting) {
    DemoRegionResult result;
    // A first look, so that a server with data does not even generate.
    {
        QSqlDatabase db = database.connection();
        bool holds = false;
        if (!holdsData(db, &holds)) {
            result.error = QStringLiteral("cannot read the server database");
            return result;
        }
        if (holds) {
            result.ok = true;
            return result;
        }
    }
    if (starting)
        starting();
    DemoData data;
    if (!generate(options, &data, &result.error))
        return result;
    // The accounts' hashes before the transaction (each takes a while), side by side.
    std::vector<std::future<QByteArray>> hashing;
    for (int i = 0; i < demoAccounts().size(); ++i)
        hashing.push_back(std::async(std::launch::async, [] { return hashPassword(kDemoPassword); }));
    std::vector<QByteArray> hashes;
    for (auto &hash : hashing)
        hashes.push_back(hash.get());

    QStringList codes;
    for (const Organisation &organisation : data.organisations)
        codes.append(organisation.code);
    Principal region{0, QStringLiteral("demo"), {}, codes};
    for (Role role : kAllRoles)
        region.roles.append(role);
    // Patients grouped by their 3C: pushed in the name of those 3C, so that only they see them.
    std::map<QString, std::pair<QStringList, std::vector<sync::WireRecord>>> patientsByCentres;
    for (const sync::WireRecord &patient : data.records[QStringLiteral("patient")]) {
        QStringList centres = data.patientCentres.value(patient.id);
        if (centres.isEmpty())
            centres.append(data.firstCentre);
        std::sort(centres.begin(), centres.end());
        auto &group = patientsByCentres[centres.join(QLatin1Char(' '))];
        group.first = centres;
        group.second.push_back(patient);
    }
    std::vector<std::pair<Principal, std::vector<sync::Mutation>>> pushes;
    for (const char *entity : {"organisation", "professional", "rcp", "session"})
        pushes.emplace_back(region, mutationsOf(data.records[QLatin1String(entity)]));
    for (const auto &[key, group] : patientsByCentres)
        pushes.emplace_back(
            Principal{0, QStringLiteral("demo"), {Role::Secretary, Role::Coordinator}, group.first},
            mutationsOf(group.second));
    for (const char *entity : {"inscription", "fiche"})
        pushes.emplace_back(region, mutationsOf(data.records[QLatin1String(entity)]));

    Accounts accounts(database);
    accounts.setActor(QStringLiteral("demo"));
    SyncService sync(records, clock);
    bool started = false;
    bool holds = false;
    const auto fill = [&](QSqlDatabase &db) {
        started = true;
        if (!holdsData(db, &holds))
            return false;
        if (holds)
            return true; // another process filled it meanwhile
        for (const Organisation &organisation : data.organisations)
            if (!accounts.addOrganisation(organisation, &result.error))
                return false;
        for (int i = 0; i < demoAccounts().size(); ++i) {
            const DemoAccount &account = demoAccounts()[i];
            const Role role = *roleFromCode(account.role);
            const QStringList organisations{
                role == Role::NetworkAdmin && !data.network.isEmpty() ? data.network : data.firstCentre};
            if (!accounts.addUser(account.name, hashes[size_t(i)], {role}, organisations, &result.error))
                return false;
        }
        for (const auto &[principal, mutations] : pushes) {
            for (size_t from = 0; from < mutations.size(); from += sync::kMaxPushBatch) {
                const std::vector<sync::Mutation> batch(
                    mutations.begin() + qint64(from),
                    mutations.begin() + qint64(std::min(mutations.size(), from + sync::kMaxPushBatch)));
                const PushResult pushed = sync.push(principal, QStringLiteral("demo"), batch);
                if (!pushed.ok) {
                    result.error = pushed.error;
                    return false;
                }
                for (size_t i = 0; i < pushed.answers.size(); ++i)
                    if (pushed.answers[i].status != sync::MutationStatus::Applied) {
                        result.error = QStringLiteral("the server refused a demo %1 (%2): %3")
                                           .arg(batch[i].record.entity, pushed.answers[i].reason,
                                                pushed.answers[i].detail);
                        return false;
                    }
                result.records += int(batch.size());
            }
        }
        QJsonArray names;
        for (const DemoAccount &account : demoAccounts())
            names.append(account.name);
        return AuditLog(database).append(
            {QLatin1String(auditaction::demoFilled),
             0,
             QStringLiteral("demo"),
             {},
             {},
             0,
             {{QStringLiteral("patients"), options.patients},
              {QStringLiteral("records"), result.records},
              {QStringLiteral("organisations"), QJsonArray::fromStringList(codes)},
              {QStringLiteral("accounts"), names}}},
            &result.error);
    };
    // Another process filling at once holds the write lock: wait for it (SQLite's wait is bounded).
    const QDeadlineTimer deadline(10 * 60 * 1000);
    for (;;) {
        started = false;
        result.records = 0;
        QString error;
        if (database.write(fill, &error))
            break;
        if (started || deadline.hasExpired()) {
            if (result.error.isEmpty())
                result.error = error;
            return result;
        }
        QThread::msleep(200);
    }
    result.ok = true;
    result.filledNow = !holds;
    if (result.filledNow) {
        result.organisations = int(data.organisations.size());
        result.patients = int(data.records[QStringLiteral("patient")].size());
        result.firstCentre = data.firstCentre;
    } else {
        result.records = 0;
    }
    return result;
}

} // namespace concerto::server
