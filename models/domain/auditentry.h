// One row of the audit log: who did what to a record and when, as the store appended it with the write
// (create, update, delete, pull…), with the fields it wrote or changed. What a fiche's history shows.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace concerto {

struct AuditEntry {
    QDateTime at;  // UTC
    QString actor; // as recorded: "Dr Anne Martin (RPPS 10000000012)"
    QString entity;
    QUuid recordId;
    QString action;      // create, update, delete, pull… as the store wrote it
    QJsonObject changes; // create: {"fields": [names]}; update: {field: [before, after]}
};

} // namespace concerto
