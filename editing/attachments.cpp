// Files attached to a case, in the local table attachment (see attachments.h).
#include "editing/attachments.h"

#include "models/domain/record.h"
#include "models/store/storeerror.h"
#include "services/rights.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concerto::editing {

namespace {

QString failure(const QSqlQuery &q, const char *what, const Database &db) {
    logStoreError(what, QStringLiteral("attachment"), q.lastError());
    return storeErrorMessage(q.lastError(), db.path());
}

} // namespace

AttachmentStore::AttachmentStore(Database &db)
    : AttachmentStore(db, machineAdministrator()) {}

AttachmentAdded AttachmentStore::add(const QUuid &inscriptionId, const QString &filePath) {
    AttachmentAdded result;
    if (const StoreResult may = allowed(m_actor, Action::EditCases); !may) {
        result.error = may.error;
        return result;
    }
    const QFileInfo info(filePath);
    const QString shown = QDir::toNativeSeparators(filePath);
    if (!info.exists() || !info.isFile()) {
        result.error =
            QCoreApplication::translate("Attachments", "%1 cannot be attached: there is no such file.")
                .arg(shown);
        return result;
    }
    const QLocale locale;
    if (info.size() > kMaxAttachmentBytes) {
        result.error = QCoreApplication::translate(
                           "Attachments",
                           "%1 cannot be attached: it is %2, larger than the %3 a case may hold per file.")
                           .arg(shown, locale.formattedDataSize(info.size()),
                                locale.formattedDataSize(kMaxAttachmentBytes));
        return result;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("Attachments", "%1 cannot be attached: %2")
                           .arg(shown, file.errorString());
        return result;
    }
    const QByteArray bytes = file.read(kMaxAttachmentBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = QCoreApplication::translate("Attachments", "%1 cannot be attached: %2")
                           .arg(shown, file.errorString());
        return result;
    }
    if (bytes.size() > kMaxAttachmentBytes) { // grew since it was looked at
        result.error =
            QCoreApplication::translate(
                "Attachments", "%1 cannot be attached: it is larger than the %2 a case may hold per file.")
                .arg(shown, locale.formattedDataSize(kMaxAttachmentBytes));
        return result;
    }
    Attachment &a = result.attachment;
    a.id = QUuid::createUuid();
    a.inscriptionId = inscriptionId;
    a.name = info.fileName();
    a.mime = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), bytes).name();
    a.size = bytes.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    a.addedAt = m_db.now();

    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        result.error = tx.error();
        return result;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO attachment (id, inscription_id, name, mime, size, sha256, bytes, added_at)"
        " VALUES (?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : QVariantList{json::idText(a.id), json::idText(a.inscriptionId), a.name, a.mime,
                                          a.size, a.sha256, bytes, json::timeText(a.addedAt)})
        q.addBindValue(v);
    if (!q.exec()) {
        result.error = failure(q, "adding to", m_db);
        return result;
    }
    if (!tx.commit()) {
        result.error = tx.error();
        return result;
    }
    result.ok = true;
    return result;
}

StoreRead<std::vector<Attachment>> AttachmentStore::list(const QUuid &inscriptionId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, inscription_id, name, mime, size, sha256, added_at FROM attachment"
                             " WHERE inscription_id = ? ORDER BY added_at, id"));
    q.addBindValue(json::idText(inscriptionId));
    if (!q.exec())
        return StoreRead<std::vector<Attachment>>::failure(failure(q, "reading", m_db));
    std::vector<Attachment> all;
    while (q.next()) {
        Attachment a;
        a.id = QUuid::fromString(q.value(0).toString());
        a.inscriptionId = QUuid::fromString(q.value(1).toString());
        a.name = q.value(2).toString();
        a.mime = q.value(3).toString();
        a.size = q.value(4).toLongLong();
        a.sha256 = q.value(5).toString();
        a.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        all.push_back(a);
    }
    return StoreRead<std::vector<Attachment>>::success(std::move(all));
}

StoreRead<QByteArray> AttachmentStore::bytes(const QUuid &attachmentId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bytes FROM attachment WHERE id = ?"));
    q.addBindValue(json::idText(attachmentId));
    if (!q.exec())
        return StoreRead<QByteArray>::failure(failure(q, "reading", m_db));
    if (!q.next())
        return StoreRead<QByteArray>::failure(
            QCoreApplication::translate("Attachments", "The attachment no longer exists."));
    return StoreRead<QByteArray>::success(q.value(0).toByteArray());
}

namespace {
StoreResult deleteWhere(Database &db, const QString &where, const QUuid &id) {
    WriteTransaction tx(db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM attachment WHERE ") + where);
    q.addBindValue(json::idText(id));
    if (!q.exec())
        return StoreResult::failure(failure(q, "removing from", db));
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}
} // namespace

StoreResult AttachmentStore::remove(const QUuid &attachmentId) {
    if (const StoreResult may = allowed(m_actor, Action::EditCases); !may)
        return may;
    return deleteWhere(m_db, QStringLiteral("id = ?"), attachmentId);
}

StoreResult AttachmentStore::removeAllOf(const QUuid &inscriptionId) {
    return deleteWhere(m_db, QStringLiteral("inscription_id = ?"), inscriptionId);
}

} // namespace concerto::editing
