// One sync run: sign-in, push of the outbox, pull of the change feed.
#include "sync/syncengine.h"

#include "sync/valuesetsync.h"

#include "models/store/outbox.h"
#include "models/store/serverapply.h"
#include "models/store/syncconflicts.h"
#include "models/store/syncstate.h"
#include "sync/protocol.h"
#include "sync/synclog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace concerto::sync {

namespace {

QString key(const QString &entity, const QUuid &id) {
    return entity + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

RecordCopy copyOf(const WireRecord &r) {
    return {r.version, r.updatedAt, r.updatedBy, r.deleted, r.body};
}

QString failure(const ServerReply &reply, const char *what) {
    if (reply.status == 0)
        return QStringLiteral("%1: %2").arg(QLatin1String(what), reply.error);
    const QString reason = reply.json.value(QStringLiteral("reason")).toString();
    return QStringLiteral("%1: the server answered %2 %3")
        .arg(QLatin1String(what))
        .arg(reply.status)
        .arg(reason);
}

} // namespace

SyncEngine::SyncEngine(Database &db, ServerConnection &server, EngineOptions options)
    : m_db(db)
    , m_server(server)
    , m_options(std::move(options)) {}

SyncReport SyncEngine::run(bool signIn) {
    SyncReport report;
    if (!m_server.prepare(&report.error)) {
        report.tlsRefused = true;
        return report;
    }
    // Another server than the last one starts its pull from the start (a sync with nothing to do writes
    // nothing).
    const QString server = m_server.settings().server.toString();
    const StoreRead<SyncState> before = readSyncState(m_db);
    if (!before.ok()) {
        report.error = before.error;
        return report;
    }
    if (before->serverUrl != server)
        if (StoreResult r = setSyncServer(m_db, server); !r) {
            report.error = r.error;
            return report;
        }
    if (signIn && !m_server.signIn(&report.error)) {
        report.tlsRefused = report.error.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
                            report.error.contains(QLatin1String("certificate"), Qt::CaseInsensitive);
        noteFailure(&report);
        return report;
    }
    report.ok = push(&report) && pull(&report);
    if (report.ok) {
        const ValueSetReport sets = pullValueSets(m_db, m_server);
        report.valueSetsLoaded = sets.loaded;
        report.ok = sets.ok;
        report.error = sets.error;
    }
    if (!report.ok)
        noteFailure(&report);
    report.account = m_server.account();
    const StoreRead<SyncState> state = readSyncState(m_db);
    if (state.ok()) {
        report.pendingChanges = state->pendingChanges;
        report.openConflicts = state->openConflicts;
    } else if (report.ok) {
        report.ok = false;
        report.error = state.error;
    }
    return report;
}

void SyncEngine::noteFailure(SyncReport *report) const {
    report->httpStatus = m_server.lastStatus();
    report->retryAfterSeconds = m_server.lastRetryAfter();
    // 401 after the one refresh, or a refused password: a person must sign in again (423, an account
    // locked after failed sign-ins, waits for its Retry-After).
    report->signInNeeded = report->httpStatus == 401;
}

bool SyncEngine::push(SyncReport *report) {
    Outbox outbox(m_db);
    const StoreRead<std::vector<SyncConflict>> conflicts = openConflicts(m_db);
    if (!conflicts.ok()) {
        report->error = conflicts.error;
        return false;
    }
    // Records a person must first settle: their changes wait.
    QSet<QString> held;
    for (const SyncConflict &c : *conflicts) {
        held.insert(key(c.entity, c.recordId));
        held.insert(key(c.entity, c.localId));
    }
    const QString deviceId = [this] {
        const StoreRead<SyncState> state = readSyncState(m_db);
        return state.ok() ? state->deviceId : QString();
    }();
    qint64 afterSeq = 0;
    int batchSize = m_options.pushBatch;
    for (;;) {
        const qint64 batchStart = afterSeq;
        const StoreRead<std::vector<PendingMutation>> pending = outbox.pending(batchSize, afterSeq);
        if (!pending.ok()) {
            report->error = pending.error;
            return false;
        }
        if (pending->empty())
            return true;
        // One change per record a batch: the next of a record is sent once the first is confirmed (and
        // the later ones rebased on the version it made).
        std::vector<const PendingMutation *> batch;
        QSet<QString> inBatch;
        for (const PendingMutation &m : *pending) {
            const QString k = key(m.entity, m.recordId);
            if (inBatch.contains(k))
                break;
            afterSeq = m.seq;
            if (held.contains(k)) {
                ++report->held;
                continue;
            }
            inBatch.insert(k);
            batch.push_back(&m);
        }
        if (batch.empty())
            continue;
        QJsonArray mutations;
        for (const PendingMutation *m : batch)
            mutations.append(Mutation{
                m->mutationId,
                m->operation,
                m->baseVersion,
                {m->entity, m->recordId, m->record.version, m->record.updatedAt, m->record.updatedBy,
                 m->record.deleted,
                 m->record.body}}.toJson());
        QElapsedTimer timing;
        timing.start();
        const ServerReply reply = m_server.post(
            QStringLiteral("sync/push"), QJsonDocument(QJsonObject{{QStringLiteral("device_id"), deviceId},
                                                                   {QStringLiteral("mutations"), mutations}})
                                             .toJson(QJsonDocument::Compact));
        if (reply.status == 413 && batch.size() > 1) { // too large for the server: smaller batches
            batchSize = std::max(1, int(batch.size()) / 2);
            afterSeq = batchStart;
            continue;
        }
        if (reply.status != 200) {
            report->tlsRefused = reply.tlsRefused;
            report->error = failure(reply, "push");
            return false;
        }
        qCDebug(lcSync) << "push answered in" << timing.elapsed() << "ms";
        const QJsonArray answers = reply.json.value(QStringLiteral("results")).toArray();
        if (answers.size() != int(batch.size())) {
            report->error = QStringLiteral("push: the server answered %1 of %2 changes")
                                .arg(answers.size())
                                .arg(batch.size());
            return false;
        }
        // The confirmations of a batch kept in one transaction (one write to the disk, not one a change).
        WriteTransaction tx(m_db);
        if (!tx.isActive()) {
            report->error = tx.error();
            return false;
        }
        for (int i = 0; i < answers.size(); ++i) {
            const PendingMutation &m = *batch[size_t(i)];
            QString error;
            const MutationAnswer answer = MutationAnswer::fromJson(answers.at(i).toObject(), &error);
            if (error.isEmpty() && answer.mutationId != m.mutationId)
                error = QStringLiteral("answers out of order");
            if (!error.isEmpty()) {
                report->error = QStringLiteral("push: ") + error;
                return false;
            }
            StoreResult kept = StoreResult::success();
            switch (answer.status) {
            case MutationStatus::Applied:
            case MutationStatus::Duplicate:
                (answer.status == MutationStatus::Applied ? report->applied : report->duplicates) += 1;
                kept = outbox.confirm(m, answer.version);
                break;
            case MutationStatus::Conflict:
            case MutationStatus::Rejected:
                held.insert(key(m.entity, m.recordId));
                if (answer.status == MutationStatus::Conflict) {
                    ++report->pushConflicts;
                } else {
                    ++report->rejected;
                    report->refusals << QStringLiteral("%1 %2: %3: %4")
                                            .arg(m.entity, m.recordId.toString(QUuid::WithoutBraces),
                                                 answer.reason, answer.detail);
                }
                // Both copies kept for a person: the server's beside this one, which stays as it is.
                if (answer.server) {
                    SyncConflict c;
                    c.entity = m.entity;
                    c.reason = answer.reason;
                    c.foundAt = m_db.now();
                    c.server = copyOf(*answer.server);
                    c.recordId = answer.server->id; // a fiche holding the version: that one
                    c.localId = m.recordId;
                    c.local = m.record;
                    const StoreRead<std::optional<RecordCopy>> base = syncBase(m_db, m.entity, m.recordId);
                    if (!base.ok()) {
                        report->error = base.error;
                        return false;
                    }
                    c.base = *base;
                    kept = recordConflict(m_db, c);
                }
                break;
            }
            if (!kept) {
                report->error = kept.error;
                return false;
            }
        }
        if (!tx.commit()) {
            report->error = tx.error();
            return false;
        }
        qCDebug(lcSync) << "push confirmed at" << timing.elapsed() << "ms";
        if (m_options.batchAnswered)
            m_options.batchAnswered(int(batch.size()));
    }
}

bool SyncEngine::pull(SyncReport *report) {
    ServerApply apply(m_db);
    for (;;) {
        const StoreRead<SyncState> state = readSyncState(m_db);
        if (!state.ok()) {
            report->error = state.error;
            return false;
        }
        const ServerReply reply = m_server.get(
            QStringLiteral("sync/pull"), {{QStringLiteral("cursor"), state->cursor},
                                          {QStringLiteral("device"), state->deviceId},
                                          {QStringLiteral("limit"), QString::number(m_options.pullPage)}});
        if (reply.status == 304)
            return true;
        if (reply.status != 200) {
            report->tlsRefused = reply.tlsRefused;
            report->error = failure(reply, "pull");
            return false;
        }
        const QString cursor = reply.json.value(QStringLiteral("cursor")).toString();
        const QJsonArray records = reply.json.value(QStringLiteral("records")).toArray();
        if (cursor.isEmpty()) {
            report->error = QStringLiteral("pull: the server sent no cursor");
            return false;
        }
        std::vector<ServerRecord> batch;
        batch.reserve(size_t(records.size()));
        for (const QJsonValue &value : records) {
            QString error;
            const WireRecord r = WireRecord::fromJson(value.toObject(), &error);
            if (!error.isEmpty()) {
                report->error = QStringLiteral("pull: ") + error;
                return false;
            }
            batch.push_back({r.entity, r.id, r.version, r.updatedAt, r.updatedBy, r.deleted, r.body});
        }
        const ServerApplyResult result = apply.apply(batch, cursor);
        if (!result.result) {
            report->error = result.result.error;
            return false;
        }
        report->pulled += int(result.applied.size());
        report->unchanged += int(result.unchanged.size());
        report->pullConflicts += int(result.conflicted.size());
        ++report->pages;
        if (m_options.pageKept)
            m_options.pageKept(int(batch.size()), cursor);
        if (!reply.json.value(QStringLiteral("more")).toBool())
            return true;
    }
}

} // namespace concerto::sync
