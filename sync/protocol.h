// The wire protocol shared by the client and the server (docs/sync-protocol.md): the protocol version and
// content type, a record as it travels (its bookkeeping and JSON body), a pushed mutation and the
// server's answer to it, the opaque pull cursor, and the links a record has to its parents (what the
// client's store checks at the end of a pulled batch, so the server sends a page's parents with it).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>
#include <utility>
#include <vector>

namespace concerto::sync {

inline constexpr int kProtocolVersion = 1;
inline QString contentType() {
    return QStringLiteral("application/json; charset=utf-8");
}
// The most mutations one push carries, and the most records one pull page carries.
inline constexpr int kMaxPushBatch = 1000;
inline constexpr int kMaxPullPage = 2000;

// One copy of a record on the wire.
struct WireRecord {
    QString entity; // organisation, professional, rcp, session, patient, inscription, fiche
    QUuid id;
    qint64 version = 0; // the server's; 0 for a copy the server never numbered
    QDateTime updatedAt;
    QString updatedBy;
    bool deleted = false;
    QByteArray body; // a compact JSON object: the record's fields, unknown keys included

    QJsonObject toJson() const;
    // Null `error` when the object is a record (entity, id and an object body at least).
    static WireRecord fromJson(const QJsonObject &o, QString *error);
};

// One change of the client's outbox, as pushed.
struct Mutation {
    QUuid mutationId;       // a replay of the same id is answered `duplicate`, never applied twice
    QString operation;      // insert, update, delete (the tombstone is in the record)
    qint64 baseVersion = 0; // the server version it was made on; 0 for a new record
    WireRecord record;

    QJsonObject toJson() const;
    static Mutation fromJson(const QJsonObject &o, QString *error);
};

enum class MutationStatus { Applied, Duplicate, Conflict, Rejected };
QString statusCode(MutationStatus status);
std::optional<MutationStatus> statusFromCode(const QString &code);

// The server's answer to one mutation.
struct MutationAnswer {
    QUuid mutationId;
    MutationStatus status = MutationStatus::Rejected;
    qint64 version = 0; // applied, duplicate: the version the mutation made
    QString reason;     // conflict, rejected: a short code (conflictreason or rejection) and words
    QString detail;
    std::optional<WireRecord> server; // conflict, and a rejected edit of a signed fiche: the server's copy

    QJsonObject toJson() const;
    static MutationAnswer fromJson(const QJsonObject &o, QString *error);
};

// Why a mutation is rejected (MutationAnswer::reason).
namespace rejection {
inline const char *const invalid = "invalid";              // the record fails the models' checks
inline const char *const forbidden = "forbidden";          // the user may not write it (role or organisation)
inline const char *const signedFiche = "signed-fiche";     // a signed fiche never changes: amend it
inline const char *const unknownRecord = "unknown-record"; // an edit of a record the server never had
} // namespace rejection

// The pull cursor: opaque to the client (it keeps and returns it as it is); empty is the start.
QString cursorText(qint64 seq);
// The sequence a cursor stands for; nullopt when the text is not a cursor of this server.
std::optional<qint64> cursorSeq(const QString &cursor);

// The fields of `entity` that name a parent record the client's store requires (its foreign keys), with
// the parent's table: session -> rcp, inscription -> session and patient, fiche -> inscription and patient.
const std::vector<std::pair<const char *, const char *>> &parentLinks(const QString &entity);

} // namespace concerto::sync
