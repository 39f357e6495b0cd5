// The sync endpoints: POST sync/push (a batch of mutations, one answer each), GET sync/pull (the change
// feed after a cursor; 304 when nothing changed), GET records/ENTITY/ID (one record, 403 when it is not
// the user's or not there, so that nothing of another 3C shows).
#include "server/api/api.h"

#include "models/store/syncbase.h"

#include <QJsonArray>

namespace concerto::server {

namespace {

HttpResponse unavailable() {
    return HttpResponse::error(503, QStringLiteral("unavailable"),
                               QStringLiteral("the database failed; try again"));
}

HttpResponse forbidden() {
    return HttpResponse::error(403, QStringLiteral("forbidden"),
                               QStringLiteral("this is not a record of your organisations"));
}

} // namespace

HttpResponse Api::push(const Principal &principal, const HttpRequest &request) {
    QJsonObject body;
    HttpResponse refusal;
    if (!parseBody(request, &body, &refusal))
        return refusal;
    const QJsonValue list = body.value(QStringLiteral("mutations"));
    if (!list.isArray())
        return HttpResponse::error(400, QStringLiteral("malformed-request"),
                                   QStringLiteral("the push needs a \"mutations\" array"));
    const QJsonArray array = list.toArray();
    if (array.size() > sync::kMaxPushBatch)
        return HttpResponse::error(413, QStringLiteral("too-many-mutations"),
                                   QStringLiteral("at most %1 mutations a push").arg(sync::kMaxPushBatch));
    std::vector<sync::Mutation> mutations;
    mutations.reserve(size_t(array.size()));
    for (int i = 0; i < array.size(); ++i) {
        QString error;
        if (!array.at(i).isObject())
            error = QStringLiteral("not a JSON object");
        else
            mutations.push_back(sync::Mutation::fromJson(array.at(i).toObject(), &error));
        if (!error.isEmpty())
            return HttpResponse::error(400, QStringLiteral("malformed-request"),
                                       QStringLiteral("mutation %1: %2").arg(i).arg(error));
    }
    const PushResult result =
        m_sync.push(principal, body.value(QStringLiteral("device_id")).toString().left(100), mutations,
                    clientOf(request));
    if (!result.ok)
        return unavailable();
    QJsonArray answers;
    for (const sync::MutationAnswer &answer : result.answers)
        answers.append(answer.toJson());
    return HttpResponse::json(200, {{QStringLiteral("results"), answers}});
}

HttpResponse Api::pull(const Principal &principal, const HttpRequest &request) {
    const auto after = sync::cursorSeq(request.query.value(QStringLiteral("cursor")));
    if (!after)
        return HttpResponse::error(400, QStringLiteral("bad-cursor"),
                                   QStringLiteral("the cursor is not one this server gave"));
    bool limitOk = true;
    int limit = sync::kMaxPullPage;
    if (request.query.contains(QStringLiteral("limit")))
        limit = request.query.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > sync::kMaxPullPage)
        return HttpResponse::error(400, QStringLiteral("bad-limit"),
                                   QStringLiteral("limit is from 1 to %1").arg(sync::kMaxPullPage));
    std::optional<QString> organisation;
    if (request.query.contains(QStringLiteral("organisation"))) {
        organisation = request.query.value(QStringLiteral("organisation"));
        if (!principal.sees(*organisation))
            return forbidden();
    }
    const PullPage page =
        m_sync.pull(principal, *after, limit, request.query.value(QStringLiteral("device")).left(100),
                    organisation, clientOf(request));
    if (!page.ok)
        return unavailable();
    const QByteArray etag = '"' + sync::cursorText(page.lastSeq).toLatin1() + '"';
    if (!page.changed) {
        HttpResponse response;
        response.status = 304;
        response.contentType.clear();
        response.headers.append({QByteArrayLiteral("ETag"), etag});
        return response;
    }
    QJsonArray records;
    for (const sync::WireRecord &record : page.records)
        records.append(record.toJson());
    HttpResponse response =
        HttpResponse::json(200, {{QStringLiteral("records"), records},
                                 {QStringLiteral("cursor"), sync::cursorText(page.lastSeq)},
                                 {QStringLiteral("more"), page.more}});
    response.headers.append({QByteArrayLiteral("ETag"), etag});
    return response;
}

HttpResponse Api::record(const Principal &principal, const HttpRequest &request) {
    const QString &path = request.path;
    const QStringList parts = path.mid(QStringLiteral("/api/v1/records/").size()).split(QLatin1Char('/'));
    const QUuid id = parts.size() == 2 ? QUuid::fromString(parts[1]) : QUuid();
    if (id.isNull() || !isSyncedTable(parts[0]))
        return HttpResponse::error(404, QStringLiteral("not-found"),
                                   QStringLiteral("no such kind of record"));
    std::optional<sync::WireRecord> found;
    if (!m_sync.read(principal, parts[0], id, &found, clientOf(request)))
        return unavailable();
    if (!found)
        return forbidden();
    return HttpResponse::json(200, found->toJson());
}

} // namespace concerto::server
