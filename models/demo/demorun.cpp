// The marks of a demo run in the audit log: "demo-started" in its first transaction, "demo-completed"
// after its last, both under the run's id; a start without its completion is an interrupted demo.
#include "models/demo/demobuilder.h"
#include "models/domain/record.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace concerto::demo {

bool DemoBuilder::markRun(const QString &action) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, entity, record_id, action, changes)"
                             " VALUES (?, ?, 'demo', ?, ?, ?)"));
    const QJsonObject run{{QStringLiteral("patients"), m_options.patients},
                          {QStringLiteral("seed"), QString::number(m_options.seed)},
                          {QStringLiteral("date"), m_options.referenceDate.toString(Qt::ISODate)}};
    q.addBindValue(json::timeText(m_now));
    q.addBindValue(m_db.actor());
    q.addBindValue(json::idText(m_runId));
    q.addBindValue(action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(run).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    m_error = QCoreApplication::translate("Demo", "Cannot write to the database %1: %2")
                  .arg(m_db.path(), q.lastError().text());
    return false;
}

std::optional<int> interruptedDemos(Database &db, QString *error) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log s WHERE s.entity = 'demo' AND s.action ="
                               " 'demo-started' AND NOT EXISTS (SELECT 1 FROM audit_log c WHERE c.entity ="
                               " 'demo' AND c.record_id = s.record_id AND c.action = 'demo-completed')")) ||
        !q.next()) {
        if (error)
            *error = QCoreApplication::translate("Demo", "Cannot read the database %1: %2")
                         .arg(db.path(), q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toInt();
}

} // namespace concerto::demo
