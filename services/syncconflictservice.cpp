// The open conflicts read for the inbox, and settled through the store's conflict resolution.
#include "services/syncconflictservice.h"

#include "models/domain/patient.h"
#include "models/domain/session.h"
#include "models/store/conflictresolution.h"
#include "models/store/syncconflicts.h"
#include "services/rights.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace concerto {

namespace {

QJsonObject bodyOf(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

Action actionFor(const QString &entity) {
    if (entity == QLatin1String("patient"))
        return Action::EditIdentities;
    if (entity == QLatin1String("inscription"))
        return Action::EditCases;
    if (entity == QLatin1String("fiche"))
        return Action::RecordDecisions;
    if (entity == QLatin1String("session"))
        return Action::PlanSessions;
    return Action::EditDirectory;
}

QString reasonText(const QString &reason) {
    if (reason == QLatin1String(conflictreason::pendingChanges))
        return QCoreApplication::translate(
            "Services", "Changed on this computer and on the server since the last synchronisation");
    if (reason == QLatin1String(conflictreason::signedFiche))
        return QCoreApplication::translate("Services", "Signed here, and the server holds another text");
    if (reason == QLatin1String(conflictreason::versionTaken))
        return QCoreApplication::translate("Services", "Two amendments of the same version, made apart");
    if (reason == QLatin1String(conflictreason::sessionDayTaken))
        return QCoreApplication::translate("Services",
                                           "Another session of the committee is held that day here");
    return reason;
}

// What a person calls the record: a patient's names, a session's day, a committee's or centre's name.
QString recordText(const QString &entity, const QJsonObject &body) {
    auto text = [&body](const char *key) { return body.value(QLatin1String(key)).toString(); };
    if (entity == QLatin1String("patient"))
        return Patient::fromJson(body).displayName();
    if (entity == QLatin1String("session")) {
        const Session session = Session::fromJson(body);
        return session.startsAt.isValid() ? QLocale().toString(session.startsAt.date(), QLocale::LongFormat)
                                          : QString();
    }
    for (const char *key : {"name", "label", "lastName"})
        if (!text(key).isEmpty())
            return text(key);
    return {};
}

} // namespace

QString SyncConflictService::kindLabel(const QString &entity) {
    static const std::map<QString, const char *> kinds{
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("Services", "Organisation")},
        {QStringLiteral("professional"), QT_TRANSLATE_NOOP("Services", "Professional")},
        {QStringLiteral("rcp"), QT_TRANSLATE_NOOP("Services", "Committee")},
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("Services", "Session")},
        {QStringLiteral("patient"), QT_TRANSLATE_NOOP("Services", "Patient")},
        {QStringLiteral("inscription"), QT_TRANSLATE_NOOP("Services", "Case")},
        {QStringLiteral("fiche"), QT_TRANSLATE_NOOP("Services", "Fiche RCP")}};
    const auto it = kinds.find(entity);
    return it == kinds.end() ? entity : QCoreApplication::translate("Services", it->second);
}

QString SyncConflictService::fieldLabel(const QString &path) {
    // Words for the fields people change most; other parts of a path are shown as they are written.
    static const std::map<QString, const char *> words{
        {QStringLiteral("birthName"), QT_TRANSLATE_NOOP("Services", "Birth name")},
        {QStringLiteral("usedName"), QT_TRANSLATE_NOOP("Services", "Used name")},
        {QStringLiteral("givenNames"), QT_TRANSLATE_NOOP("Services", "Given names")},
        {QStringLiteral("birthDate"), QT_TRANSLATE_NOOP("Services", "Birth date")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("Services", "Sex")},
        {QStringLiteral("ins"), QT_TRANSLATE_NOOP("Services", "INS")},
        {QStringLiteral("ipp"), QT_TRANSLATE_NOOP("Services", "IPP")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Services", "Phone")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Services", "Status")},
        {QStringLiteral("proposal"), QT_TRANSLATE_NOOP("Services", "Proposal")},
        {QStringLiteral("question"), QT_TRANSLATE_NOOP("Services", "Question")},
        {QStringLiteral("tumour"), QT_TRANSLATE_NOOP("Services", "Tumour")},
        {QStringLiteral("topography"), QT_TRANSLATE_NOOP("Services", "Topography")},
        {QStringLiteral("morphology"), QT_TRANSLATE_NOOP("Services", "Morphology")},
        {QStringLiteral("history"), QT_TRANSLATE_NOOP("Services", "History")},
        {QStringLiteral("startsAt"), QT_TRANSLATE_NOOP("Services", "Start")},
        {QStringLiteral("room"), QT_TRANSLATE_NOOP("Services", "Room")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Services", "Name")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("Services", "Comment")}};
    QStringList parts;
    for (const QString &key : path.split(QLatin1Char('/'))) {
        const auto it = words.find(key);
        parts << (it == words.end() ? key : QCoreApplication::translate("Services", it->second));
    }
    return parts.join(QStringLiteral(" › "));
}

StoreRead<std::vector<ConflictView>> SyncConflictService::open() const {
    const StoreRead<std::vector<SyncConflict>> conflicts = openConflicts(m_db);
    if (!conflicts.ok())
        return StoreRead<std::vector<ConflictView>>::failure(conflicts.error);
    std::vector<ConflictView> views;
    for (const SyncConflict &c : *conflicts) {
        ConflictView v;
        v.seq = c.seq;
        v.entity = c.entity;
        v.kind = kindLabel(c.entity);
        v.theirs = bodyOf(c.server.body);
        const QJsonObject mine = bodyOf(c.local.body);
        v.record = recordText(c.entity, mine.isEmpty() ? v.theirs : mine);
        v.reason = reasonText(c.reason);
        v.foundAt = c.foundAt;
        v.serverBy = c.server.updatedBy;
        v.serverAt = c.server.updatedAt;
        v.serverDeleted = c.server.deleted;
        v.mineBy = c.local.updatedBy;
        v.mineAt = c.local.updatedAt;
        v.mineDeleted = c.local.deleted;
        v.hasBase = c.base.has_value();
        v.fieldByField = c.reason == QLatin1String(conflictreason::pendingChanges) && c.recordId == c.localId;
        v.fields = conflictFields(c.base ? std::optional<QJsonObject>(bodyOf(c.base->body)) : std::nullopt,
                                  v.theirs, mine);
        views.push_back(std::move(v));
    }
    return StoreRead<std::vector<ConflictView>>::success(std::move(views));
}

StoreRead<int> SyncConflictService::count() const {
    return openConflictCount(m_db);
}

StoreResult SyncConflictService::write(const ConflictView &conflict,
                                       const std::optional<QJsonObject> &merged) const {
    if (StoreResult may = allowed(m_actor, actionFor(conflict.entity)); !may)
        return may;
    return resolveConflict(m_db, conflict.seq, merged);
}

StoreResult SyncConflictService::settle(const ConflictView &conflict,
                                        const std::map<QString, ConflictSide> &choices) const {
    const std::optional<QJsonObject> merged = mergedBody(conflict.fields, conflict.theirs, choices);
    if (!merged)
        return StoreResult::failure(
            QCoreApplication::translate("Services", "Choose a side for every field changed on both sides."));
    return write(conflict, merged);
}

StoreResult SyncConflictService::keepServer(const ConflictView &conflict) const {
    return write(conflict,
                 conflict.serverDeleted ? std::nullopt : std::optional<QJsonObject>(conflict.theirs));
}

StoreResult SyncConflictService::keepMine(const ConflictView &conflict) const {
    if (conflict.mineDeleted)
        return write(conflict, std::nullopt);
    std::map<QString, ConflictSide> mine;
    for (const ConflictField &f : conflict.fields)
        mine[f.path] = ConflictSide::Mine;
    return write(conflict, mergedBody(conflict.fields, conflict.theirs, mine));
}

} // namespace concerto
