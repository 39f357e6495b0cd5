// Files attached to a case (reports as PDF, images), kept in the local table attachment (schema 9) with
// their name, MIME type, size and SHA-256, the bytes beside them, so that the file stays with the case
// whatever happens to the original. Local to this computer: never journaled nor sent. A file larger than
// kMaxAttachmentBytes, or one that cannot be read, is refused with its reason and nothing is written.
#pragma once

#include "models/domain/roles.h"
#include "models/store/database.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace concerto::editing {

inline constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024; // 20 MiB

struct Attachment {
    QUuid id;
    QUuid inscriptionId;
    QString name; // the file name, without its folder
    QString mime; // e.g. application/pdf
    qint64 size = 0;
    QString sha256;    // lower-case hex
    QDateTime addedAt; // UTC
};

struct AttachmentAdded {
    bool ok = false;
    QString error; // in the user's language, names the file
    Attachment attachment;
};

class AttachmentStore final {
public:
    // Adds and removes as `actor` (who must be allowed to edit cases; the machine's administrator by
    // default), kept by reference: the case document's acting user.
    explicit AttachmentStore(Database &db);
    AttachmentStore(Database &db, const Actor &actor)
        : m_db(db)
        , m_actor(actor) {}

    AttachmentAdded add(const QUuid &inscriptionId, const QString &filePath);
    // Without the bytes, oldest first.
    StoreRead<std::vector<Attachment>> list(const QUuid &inscriptionId) const;
    StoreRead<QByteArray> bytes(const QUuid &attachmentId) const;
    StoreResult remove(const QUuid &attachmentId);
    // Every attachment of a case (a new case that is discarded).
    StoreResult removeAllOf(const QUuid &inscriptionId);

private:
    Database &m_db;
    const Actor &m_actor;
};

} // namespace concerto::editing
