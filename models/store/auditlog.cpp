// Reads audit_log rows by record.
#include "models/store/auditlog.h"
#include "models/domain/record.h"
#include "models/store/storeerror.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace concerto {

StoreRead<std::vector<AuditEntry>> auditOf(Database &db, const QString &entity, const std::vector<QUuid> &ids) {
    using Read = StoreRead<std::vector<AuditEntry>>;
    std::vector<AuditEntry> out;
    if (ids.empty())
        return Read::success(out);
    QStringList marks;
    for (std::size_t i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, actor, record_id, action, changes FROM audit_log"
                             " WHERE entity = ? AND record_id IN (%1) ORDER BY seq")
                  .arg(marks.join(QLatin1Char(','))));
    q.addBindValue(entity);
    for (const QUuid &id : ids)
        q.addBindValue(json::idText(id));
    if (!q.exec())
        return Read::failure(readFailure("reading", QStringLiteral("audit_log"), q, db.path()));
    while (q.next()) {
        AuditEntry e;
        e.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        e.actor = q.value(1).toString();
        e.entity = entity;
        e.recordId = QUuid::fromString(q.value(2).toString());
        e.action = q.value(3).toString();
        e.changes = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        out.push_back(e);
    }
    return Read::success(out);
}

} // namespace concerto
