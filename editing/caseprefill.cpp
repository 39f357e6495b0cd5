// Pre-fill of a new case from the patient's last fiche or case (see caseprefill.h).
#include "editing/caseprefill.h"
#include "editing/jsonpath.h"

#include "models/domain/boardtime.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"

#include <QCoreApplication>
#include <QLocale>

namespace concerto::editing {

const QStringList &prefillPaths() {
    static const QStringList paths{QStringLiteral("tumours"),
                                   QStringLiteral("clinical/fromScreening"),
                                   QStringLiteral("clinical/screeningDate"),
                                   QStringLiteral("clinical/history"),
                                   QStringLiteral("clinical/comorbidities"),
                                   QStringLiteral("clinical/tests"),
                                   QStringLiteral("clinical/phase"),
                                   QStringLiteral("clinical/relapseDate"),
                                   QStringLiteral("clinical/treatments"),
                                   QStringLiteral("clinical/reports")};
    return paths;
}

bool Prefill::covers(const QString &path) const {
    for (const QString &p : paths)
        if (path == p || path.startsWith(p + QLatin1Char('/')))
            return true;
    return false;
}

QString Prefill::description() const {
    const QString day = QLocale().toString(date, QLocale::ShortFormat);
    if (source == Source::Fiche)
        return QCoreApplication::translate("CaseDocument", "Taken from the fiche of %1").arg(day);
    if (source == Source::Case)
        return QCoreApplication::translate("CaseDocument", "Taken from the case registered on %1").arg(day);
    return {};
}

QJsonObject Prefill::toJson() const {
    if (source == Source::None)
        return {};
    return {{QStringLiteral("source"),
             source == Source::Fiche ? QStringLiteral("fiche") : QStringLiteral("case")},
            {QStringLiteral("sourceId"), json::idText(sourceId)},
            {QStringLiteral("date"), json::dateText(date)},
            {QStringLiteral("paths"), QJsonArray::fromStringList(paths)}};
}

Prefill Prefill::fromJson(const QJsonObject &o) {
    Prefill p;
    const QString source = o.value(QLatin1String("source")).toString();
    p.source = source == QLatin1String("fiche")  ? Source::Fiche
               : source == QLatin1String("case") ? Source::Case
                                                 : Source::None;
    p.sourceId = QUuid::fromString(o.value(QLatin1String("sourceId")).toString());
    p.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
    for (const QJsonValue &v : o.value(QLatin1String("paths")).toArray())
        p.paths << v.toString();
    return p;
}

StoreRead<Prefill> prefillFromHistory(Database &db, Inscription &target) {
    const StoreRead<std::vector<Fiche>> fiches = FicheRepository(db).forPatient(target.patientId);
    if (!fiches.ok())
        return StoreRead<Prefill>::failure(fiches.error);
    const StoreRead<std::vector<Inscription>> cases = InscriptionRepository(db).forPatient(target.patientId);
    if (!cases.ok())
        return StoreRead<Prefill>::failure(cases.error);

    const Fiche *lastFiche = nullptr;
    for (const Fiche &f : *fiches)
        if (!f.meta.deleted && !f.caseSnapshot.isEmpty() &&
            (!lastFiche || f.meetingDate > lastFiche->meetingDate))
            lastFiche = &f;
    const Inscription *lastCase = nullptr;
    for (const Inscription &i : *cases)
        if (!i.meta.deleted && i.meta.id != target.meta.id &&
            (!lastCase || i.registeredAt > lastCase->registeredAt))
            lastCase = &i;

    Prefill prefill;
    QJsonObject source;
    if (lastFiche && (!lastCase || lastFiche->meetingDate >= toBoardTime(lastCase->registeredAt).date())) {
        prefill.source = Prefill::Source::Fiche;
        prefill.sourceId = lastFiche->meta.id;
        prefill.date = lastFiche->meetingDate;
        source = lastFiche->caseSnapshot;
    } else if (lastCase) {
        prefill.source = Prefill::Source::Case;
        prefill.sourceId = lastCase->meta.id;
        prefill.date = toBoardTime(lastCase->registeredAt).date();
        source = lastCase->toJson();
    } else {
        return StoreRead<Prefill>::success(prefill);
    }
    QJsonObject body = target.toJson();
    for (const QString &path : prefillPaths()) {
        const QJsonValue value = valueAt(source, path);
        const bool empty =
            value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()) ||
            (value.isArray() && value.toArray().isEmpty()) || (value.isBool() && !value.toBool());
        if (empty)
            continue;
        setValueAt(body, path, value);
        prefill.paths << path;
    }
    const RecordMeta meta = target.meta;
    target = Inscription::fromJson(body);
    target.meta = meta;
    if (prefill.paths.isEmpty())
        prefill.source = Prefill::Source::None;
    return StoreRead<Prefill>::success(prefill);
}

} // namespace concerto::editing
