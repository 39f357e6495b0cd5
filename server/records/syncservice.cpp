// Push, pull and read of the synced records, with the rights of the principal.
#include "server/records/syncservice.h"

#include "models/domain/clock.h"
#include "models/domain/organisation.h"
#include "models/store/syncconflicts.h"
#include "server/records/recordcheck.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace concerto::server {

namespace {

using sync::MutationAnswer;
using sync::MutationStatus;

// The writes that may change a record of `entity` (any of them is enough).
std::vector<Action> writesOf(const QString &entity) {
    if (entity == QLatin1String("organisation") || entity == QLatin1String("professional") ||
        entity == QLatin1String("rcp"))
        return {Action::EditDirectory};
    if (entity == QLatin1String("session"))
        return {Action::PlanSessions, Action::TakeAttendance};
    if (entity == QLatin1String("patient"))
        return {Action::EditIdentities, Action::ImportPatients, Action::RegisterCases};
    if (entity == QLatin1String("inscription"))
        return {Action::RegisterCases, Action::EditCases, Action::TakeAttendance, Action::RecordDecisions};
    if (entity == QLatin1String("fiche"))
        return {Action::RecordDecisions, Action::SignFiches, Action::AmendFiches};
    return {};
}

bool mayWrite(const Principal &principal, const QString &entity) {
    for (Action action : writesOf(entity))
        if (principal.may(action))
            return true;
    return false;
}

bool seesAny(const Principal &principal, const QStringList &scopes) {
    for (const QString &scope : scopes)
        if (scope == kRegionScope || principal.sees(scope))
            return true;
    return false;
}

MutationAnswer rejected(const sync::Mutation &m, const char *reason, const QString &detail) {
    MutationAnswer a;
    a.mutationId = m.mutationId;
    a.status = MutationStatus::Rejected;
    a.reason = QLatin1String(reason);
    a.detail = detail;
    return a;
}

} // namespace

Visibility SyncService::visibilityOf(const Principal &principal) {
    return {principal.seesTheRegion(), principal.organisations};
}

bool SyncService::scopesFor(const Principal &principal, const sync::WireRecord &record, QStringList *scopes,
                            QString *why) {
    scopes->clear();
    const QString &e = record.entity;
    if (e == QLatin1String("organisation") || e == QLatin1String("professional")) {
        *scopes << kRegionScope;
        return true;
    }
    if (e == QLatin1String("patient")) {
        *scopes = principal.organisations;
        if (scopes->isEmpty())
            *scopes << kRegionScope;
        return true;
    }
    const RecordFacts facts = factsOf(record);
    if (e == QLatin1String("rcp")) {
        std::optional<StoredRecord> centre;
        if (!facts.organisationId.isNull() &&
            !m_store.find(QStringLiteral("organisation"), facts.organisationId, &centre))
            return false;
        QStringList codes{facts.organisationId.toString(QUuid::WithoutBraces)};
        if (centre)
            codes.prepend(
                concerto::Organisation::fromJson(QJsonDocument::fromJson(centre->copy.body).object())
                    .nationalId);
        for (const QString &code : codes) {
            bool exists = false;
            if (!code.isEmpty() && !m_store.organisationExists(code, &exists))
                return false;
            if (exists) {
                *scopes << code;
                return true;
            }
        }
        *why = QStringLiteral("the committee's 3C is not an organisation of this server (its national id, "
                              "or its id, must be the code of one: admin add-org)");
        return true;
    }
    if (facts.scopeFromId.isNull()) {
        *why = QStringLiteral("the record names no %1 to belong to").arg(facts.scopeFrom);
        return true;
    }
    std::optional<StoredRecord> from;
    if (!m_store.find(facts.scopeFrom, facts.scopeFromId, &from))
        return false;
    if (!from) {
        *why = QStringLiteral("its %1 is not on the server (push it first)").arg(facts.scopeFrom);
        return true;
    }
    return m_store.scopesOf(facts.scopeFrom, facts.scopeFromId, scopes);
}

bool SyncService::auditApplied(const Principal &principal, const QString &deviceId, const sync::Mutation &m,
                               const sync::WireRecord &written, const std::optional<StoredRecord> &before,
                               const QJsonObject &client) {
    AuditEvent event{QLatin1String(!written.deleted ? (before ? auditaction::update : auditaction::create)
                                                    : auditaction::remove),
                     principal.userId,
                     principal.name,
                     written.entity,
                     written.id.toString(QUuid::WithoutBraces),
                     written.version,
                     {}};
    const QJsonObject body = QJsonDocument::fromJson(written.body).object();
    QJsonObject &detail = event.detail;
    detail.insert(QStringLiteral("mutation"), m.mutationId.toString(QUuid::WithoutBraces));
    if (!deviceId.isEmpty())
        detail.insert(QStringLiteral("device"), deviceId);
    if (!client.isEmpty())
        detail.insert(QStringLiteral("client"), client);
    detail.insert(
        QStringLiteral("sha256"),
        QString::fromLatin1(QCryptographicHash::hash(written.body, QCryptographicHash::Sha256).toHex()));
    if (!before) {
        // A new record: the fields it was made with (its values are in the records).
        detail.insert(QStringLiteral("fields"), QJsonArray::fromStringList(body.keys()));
    } else {
        // An edit: each field changed, with its value before and after (as the desktop's audit keeps).
        const QJsonObject old = QJsonDocument::fromJson(before->copy.body).object();
        QJsonObject changes;
        for (auto it = body.begin(); it != body.end(); ++it)
            if (old.value(it.key()) != it.value())
                changes.insert(it.key(), QJsonArray{old.value(it.key()), it.value()});
        for (auto it = old.begin(); it != old.end(); ++it)
            if (!body.contains(it.key()))
                changes.insert(it.key(), QJsonArray{it.value(), QJsonValue()});
        detail.insert(QStringLiteral("base"), m.baseVersion);
        detail.insert(QStringLiteral("changes"), changes);
    }
    return m_store.audit(event);
}

bool SyncService::auditRefused(const Principal &principal, const QString &deviceId, const sync::Mutation &m,
                               const QString &why, const QJsonObject &client) {
    AuditEvent event{QLatin1String(auditaction::writeRefused),
                     principal.userId,
                     principal.name,
                     m.record.entity.left(40),
                     m.record.id.toString(QUuid::WithoutBraces),
                     m.baseVersion,
                     {{QStringLiteral("mutation"), m.mutationId.toString(QUuid::WithoutBraces)},
                      {QStringLiteral("reason"), why}}};
    if (!deviceId.isEmpty())
        event.detail.insert(QStringLiteral("device"), deviceId);
    if (!client.isEmpty())
        event.detail.insert(QStringLiteral("client"), client);
    return m_store.audit(event);
}

PushResult SyncService::push(const Principal &principal, const QString &deviceId,
                             const std::vector<sync::Mutation> &mutations, const QJsonObject &client) {
    PushResult result;
    result.ok = m_store.writeUnit(
        [&] {
            result.answers.clear();
            for (const sync::Mutation &mutation : mutations) {
                MutationAnswer answer;
                if (!applyOne(principal, deviceId, mutation, client, &answer))
                    return false;
                result.answers.push_back(std::move(answer));
            }
            return true;
        },
        &result.error);
    if (!result.ok)
        result.answers.clear();
    return result;
}

bool SyncService::applyOne(const Principal &principal, const QString &deviceId, const sync::Mutation &m,
                           const QJsonObject &client, MutationAnswer *answer) {
    std::optional<qint64> done;
    if (!m_store.appliedMutation(m.mutationId, &done))
        return false;
    if (done) {
        *answer = {m.mutationId, MutationStatus::Duplicate, *done, {}, {}, std::nullopt};
        return true;
    }
    sync::WireRecord record = m.record;
    if (!isSyncedTable(record.entity)) {
        *answer = rejected(m, sync::rejection::invalid,
                           QStringLiteral("records of kind %1 are not synced").arg(record.entity.left(40)));
        return true;
    }
    std::optional<StoredRecord> stored;
    if (!m_store.find(record.entity, record.id, &stored))
        return false;

    // Rights: the role must allow the write; the record, as stored and as sent, must be the user's.
    if (!mayWrite(principal, record.entity)) {
        *answer =
            rejected(m, sync::rejection::forbidden, QStringLiteral("your roles do not allow this write"));
        return auditRefused(principal, deviceId, m, answer->detail, client);
    }
    QStringList storedScopes;
    if (stored && !m_store.scopesOf(record.entity, record.id, &storedScopes))
        return false;
    if (stored && !seesAny(principal, storedScopes)) {
        *answer = rejected(m, sync::rejection::forbidden,
                           QStringLiteral("the record is not of your organisations"));
        return auditRefused(principal, deviceId, m, answer->detail, client);
    }
    QStringList scopes;
    QString why;
    if (!scopesFor(principal, record, &scopes, &why))
        return false;
    if (scopes.isEmpty()) {
        *answer = rejected(m, sync::rejection::invalid, why);
        return true;
    }
    if (!seesAny(principal, scopes)) {
        *answer = rejected(m, sync::rejection::forbidden,
                           QStringLiteral("the record is not of your organisations"));
        return auditRefused(principal, deviceId, m, answer->detail, client);
    }

    // A signed fiche never changes, whatever the base the edit was made on.
    if (stored && stored->copy.entity == QLatin1String("fiche") && factsOf(stored->copy).signedFiche) {
        *answer = rejected(
            m, sync::rejection::signedFiche,
            QStringLiteral("the fiche is signed: it cannot change, only be amended (a new version)"));
        answer->server = stored->copy;
        return true;
    }
    // Signing and amending are rights of their own (the coordinator's, roles.h).
    if (record.entity == QLatin1String("fiche")) {
        const bool signs = factsOf(record).signedFiche;
        const bool amends =
            !stored &&
            QJsonDocument::fromJson(record.body).object().value(QStringLiteral("versionNumber")).toInt(1) > 1;
        if ((signs && !principal.may(Action::SignFiches)) ||
            (amends && !principal.may(Action::AmendFiches))) {
            *answer = rejected(m, sync::rejection::forbidden,
                               signs ? QStringLiteral("your roles do not allow signing a fiche")
                                     : QStringLiteral("your roles do not allow amending a fiche"));
            return auditRefused(principal, deviceId, m, answer->detail, client);
        }
    }
    if (stored ? stored->copy.version != m.baseVersion : m.baseVersion != 0) {
        if (!stored) {
            *answer = rejected(m, sync::rejection::unknownRecord,
                               QStringLiteral("the server never had this record"));
            return true;
        }
        *answer = {m.mutationId,
                   MutationStatus::Conflict,
                   0,
                   QLatin1String(conflictreason::pendingChanges),
                   QStringLiteral("the record changed on the server since version %1").arg(m.baseVersion),
                   stored->copy};
        return true;
    }

    // The models' checks, with a fiche's committee as the server holds it.
    const RecordFacts facts = factsOf(record);
    std::optional<Rcp> committee;
    if (facts.signedFiche && !facts.rcpId.isNull()) {
        std::optional<StoredRecord> rcp;
        if (!m_store.find(QStringLiteral("rcp"), facts.rcpId, &rcp))
            return false;
        if (rcp)
            committee = Rcp::fromJson(QJsonDocument::fromJson(rcp->copy.body).object());
    }
    if (const QStringList faults = recordFaults(record, committee ? &*committee : nullptr, clock::today());
        !faults.isEmpty()) {
        *answer = rejected(m, sync::rejection::invalid, faults.join(QLatin1Char('\n')));
        return true;
    }
    if (!facts.uniqueKey.isEmpty()) {
        std::optional<StoredRecord> holder;
        if (!m_store.holderOf(record.entity, facts.uniqueKey, record.id, &holder))
            return false;
        if (holder) {
            *answer = {m.mutationId,
                       MutationStatus::Conflict,
                       0,
                       QLatin1String(conflictreason::versionTaken),
                       QStringLiteral("another fiche of the document holds this version number"),
                       holder->copy};
            return true;
        }
    }

    // Applied: the next version, the next place in the feed, its organisations, the mutation kept.
    StoredRecord next{record, 0, facts.uniqueKey, deviceId};
    next.copy.version = stored ? stored->copy.version + 1 : 1;
    if (!next.copy.updatedAt.isValid())
        next.copy.updatedAt = QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC);
    if (next.copy.updatedBy.isEmpty())
        next.copy.updatedBy = principal.name;
    // A case's patient is seen by the case's organisations too, and goes into their feed again first.
    if (!facts.patientId.isNull()) {
        bool newlySeen = false;
        for (const QString &scope : scopes) {
            bool added = false;
            if (!m_store.addScope(QStringLiteral("patient"), facts.patientId, scope, &added))
                return false;
            newlySeen = newlySeen || added;
        }
        if (newlySeen && !m_store.touch(QStringLiteral("patient"), facts.patientId))
            return false;
    }
    if (!m_store.put(next))
        return false;
    for (const QString &scope : scopes) {
        bool added = false;
        if (!m_store.addScope(record.entity, record.id, scope, &added))
            return false;
    }
    if (!m_store.rememberMutation(m.mutationId, record.entity, record.id, next.copy.version, deviceId,
                                  principal.userId, m_clock()) ||
        !auditApplied(principal, deviceId, m, next.copy, stored, client))
        return false;
    *answer = {m.mutationId, MutationStatus::Applied, next.copy.version, {}, {}, std::nullopt};
    return true;
}

PullPage SyncService::pull(const Principal &principal, qint64 afterSeq, int limit, const QString &device,
                           const std::optional<QString> &organisation, const QJsonObject &client) {
    PullPage page;
    Visibility visibility = visibilityOf(principal);
    if (organisation)
        visibility = {false, {*organisation}};
    std::vector<StoredRecord> rows;
    if (!m_store.feed(afterSeq, visibility, limit, &rows))
        return page;
    page.more = int(rows.size()) == limit;
    page.changed = !rows.empty();
    page.lastSeq = rows.empty() ? afterSeq : rows.back().seq;
    if (!device.isEmpty())
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&device](const StoredRecord &row) { return row.origin == device; }),
                   rows.end());
    // The client's store checks each record's parents at the end of a page: a parent changed after its
    // child comes later in the feed, so it is sent here too (and again at its own place).
    QSet<QString> inPage;
    for (const StoredRecord &row : rows)
        inPage.insert(row.copy.entity + row.copy.id.toString());
    std::vector<sync::WireRecord> parents;
    std::function<bool(const sync::WireRecord &)> addParentsOf = [&](const sync::WireRecord &record) {
        const auto &links = sync::parentLinks(record.entity);
        if (links.empty())
            return true;
        const QJsonObject body = QJsonDocument::fromJson(record.body).object();
        for (const auto &[key, entity] : links) {
            const QUuid id = QUuid::fromString(body.value(QLatin1String(key)).toString());
            const QString parentEntity = QLatin1String(entity);
            if (id.isNull() || inPage.contains(parentEntity + id.toString()))
                continue;
            std::optional<StoredRecord> parent;
            bool visible = false;
            if (!m_store.find(parentEntity, id, &parent))
                return false;
            if (!parent || parent->seq <= page.lastSeq)
                continue; // not on the server, or already sent (before the cursor or in this page)
            if (!m_store.isVisible(parentEntity, id, visibility, &visible))
                return false;
            if (!visible)
                continue;
            inPage.insert(parentEntity + id.toString());
            if (!addParentsOf(parent->copy))
                return false;
            parents.push_back(parent->copy);
        }
        return true;
    };
    for (const StoredRecord &row : rows)
        if (!addParentsOf(row.copy))
            return page;
    page.records = std::move(parents);
    for (StoredRecord &row : rows)
        page.records.push_back(std::move(row.copy));
    // The cases this page gives out, audited before it is answered.
    QJsonObject read;
    for (const sync::WireRecord &record : page.records)
        if (record.entity == QLatin1String("patient") || record.entity == QLatin1String("inscription") ||
            record.entity == QLatin1String("fiche")) {
            QJsonArray ids = read.value(record.entity).toArray();
            ids.append(record.id.toString(QUuid::WithoutBraces));
            read.insert(record.entity, ids);
        }
    if (!read.isEmpty()) {
        AuditEvent event{QLatin1String(auditaction::pull),
                         principal.userId,
                         principal.name,
                         {},
                         {},
                         0,
                         {{QStringLiteral("cursor"), afterSeq},
                          {QStringLiteral("to"), page.lastSeq},
                          {QStringLiteral("records"), int(page.records.size())},
                          {QStringLiteral("read"), read}}};
        if (!device.isEmpty())
            event.detail.insert(QStringLiteral("device"), device);
        if (organisation)
            event.detail.insert(QStringLiteral("organisation"), *organisation);
        if (!client.isEmpty())
            event.detail.insert(QStringLiteral("client"), client);
        if (!m_store.audit(event))
            return page;
    }
    page.ok = true;
    return page;
}

bool SyncService::read(const Principal &principal, const QString &entity, const QUuid &id,
                       std::optional<sync::WireRecord> *found, const QJsonObject &client) {
    QString ignored;
    return m_store.auditedRead(
        [&] {
            found->reset();
            bool visible = false;
            if (!m_store.isVisible(entity, id, visibilityOf(principal), &visible))
                return false;
            std::optional<StoredRecord> stored;
            if (visible && !m_store.find(entity, id, &stored))
                return false;
            if (stored)
                *found = stored->copy;
            AuditEvent event{QLatin1String(stored ? auditaction::read : auditaction::readRefused),
                             principal.userId,
                             principal.name,
                             entity,
                             id.toString(QUuid::WithoutBraces),
                             stored ? stored->copy.version : 0,
                             {}};
            if (!client.isEmpty())
                event.detail.insert(QStringLiteral("client"), client);
            return m_store.audit(event);
        },
        &ignored);
}

} // namespace concerto::server
