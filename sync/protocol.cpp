// Records, mutations and answers to and from JSON; the cursor's text.
#include "sync/protocol.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace concerto::sync {

namespace {

QString idText(const QUuid &id) {
    return id.toString(QUuid::WithoutBraces);
}

QString timeText(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonValue &v) {
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

} // namespace

QJsonObject WireRecord::toJson() const {
    return {{QStringLiteral("entity"), entity},
            {QStringLiteral("id"), idText(id)},
            {QStringLiteral("version"), version},
            {QStringLiteral("updated_at"), timeText(updatedAt)},
            {QStringLiteral("updated_by"), updatedBy},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("body"), QJsonDocument::fromJson(body).object()}};
}

WireRecord WireRecord::fromJson(const QJsonObject &o, QString *error) {
    WireRecord r;
    r.entity = o.value(QStringLiteral("entity")).toString();
    r.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    r.version = o.value(QStringLiteral("version")).toInteger();
    r.updatedAt = timeOf(o.value(QStringLiteral("updated_at")));
    r.updatedBy = o.value(QStringLiteral("updated_by")).toString();
    r.deleted = o.value(QStringLiteral("deleted")).toBool();
    const QJsonValue body = o.value(QStringLiteral("body"));
    if (r.entity.isEmpty() || r.id.isNull())
        *error = QStringLiteral("a record needs its entity and id");
    else if (!body.isObject())
        *error = QStringLiteral("the record's body must be a JSON object");
    else if (r.version < 0)
        *error = QStringLiteral("a version is never negative");
    else
        r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject Mutation::toJson() const {
    QJsonObject o = record.toJson();
    o.remove(QStringLiteral("version"));
    o.insert(QStringLiteral("mutation_id"), idText(mutationId));
    o.insert(QStringLiteral("operation"), operation);
    o.insert(QStringLiteral("base_version"), baseVersion);
    return o;
}

Mutation Mutation::fromJson(const QJsonObject &o, QString *error) {
    Mutation m;
    m.mutationId = QUuid::fromString(o.value(QStringLiteral("mutation_id")).toString());
    m.operation = o.value(QStringLiteral("operation")).toString();
    m.baseVersion = o.value(QStringLiteral("base_version")).toInteger(-1);
    m.record = WireRecord::fromJson(o, error);
    if (!error->isEmpty())
        return m;
    if (m.mutationId.isNull())
        *error = QStringLiteral("a mutation needs its mutation_id");
    else if (m.baseVersion < 0)
        *error = QStringLiteral("a mutation needs its base_version (0 for a new record)");
    return m;
}

QString statusCode(MutationStatus status) {
    switch (status) {
    case MutationStatus::Applied:
        return QStringLiteral("applied");
    case MutationStatus::Duplicate:
        return QStringLiteral("duplicate");
    case MutationStatus::Conflict:
        return QStringLiteral("conflict");
    case MutationStatus::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

std::optional<MutationStatus> statusFromCode(const QString &code) {
    for (MutationStatus s : {MutationStatus::Applied, MutationStatus::Duplicate, MutationStatus::Conflict,
                             MutationStatus::Rejected})
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
}

QJsonObject MutationAnswer::toJson() const {
    QJsonObject o{{QStringLiteral("mutation_id"), idText(mutationId)},
                  {QStringLiteral("status"), statusCode(status)}};
    if (version > 0)
        o.insert(QStringLiteral("version"), version);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (server)
        o.insert(QStringLiteral("server"), server->toJson());
    return o;
}

MutationAnswer MutationAnswer::fromJson(const QJsonObject &o, QString *error) {
    MutationAnswer a;
    a.mutationId = QUuid::fromString(o.value(QStringLiteral("mutation_id")).toString());
    const auto status = statusFromCode(o.value(QStringLiteral("status")).toString());
    if (a.mutationId.isNull() || !status) {
        *error = QStringLiteral("an answer needs its mutation_id and a known status");
        return a;
    }
    a.status = *status;
    a.version = o.value(QStringLiteral("version")).toInteger();
    a.reason = o.value(QStringLiteral("reason")).toString();
    a.detail = o.value(QStringLiteral("detail")).toString();
    if (o.value(QStringLiteral("server")).isObject()) {
        a.server = WireRecord::fromJson(o.value(QStringLiteral("server")).toObject(), error);
        if (!error->isEmpty())
            return a;
    }
    if ((a.status == MutationStatus::Applied || a.status == MutationStatus::Duplicate) && a.version < 1)
        *error = QStringLiteral("an applied mutation's answer needs the version it made");
    return a;
}

QString cursorText(qint64 seq) {
    return QStringLiteral("c1.") + QString::fromLatin1(QByteArray::number(seq).toBase64(
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> cursorSeq(const QString &cursor) {
    if (cursor.isEmpty())
        return 0;
    if (!cursor.startsWith(QLatin1String("c1.")) || cursor.size() > 40)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.mid(3).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const qint64 seq = decoded ? decoded.decoded.toLongLong(&ok) : 0;
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

const std::vector<std::pair<const char *, const char *>> &parentLinks(const QString &entity) {
    static const std::vector<std::pair<const char *, const char *>> none;
    static const std::vector<std::pair<const char *, const char *>> session{{"rcpId", "rcp"}};
    static const std::vector<std::pair<const char *, const char *>> inscription{{"sessionId", "session"},
                                                                                {"patientId", "patient"}};
    static const std::vector<std::pair<const char *, const char *>> fiche{{"inscriptionId", "inscription"},
                                                                          {"patientId", "patient"}};
    if (entity == QLatin1String("session"))
        return session;
    if (entity == QLatin1String("inscription"))
        return inscription;
    if (entity == QLatin1String("fiche"))
        return fiche;
    return none;
}

} // namespace concerto::sync
