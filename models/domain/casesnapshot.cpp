// Writes and reads the case frozen on a signed fiche.
#include "models/domain/casesnapshot.h"

#include <QJsonArray>

namespace concerto {

QJsonObject caseSnapshot(const Patient &p, const Inscription &i) {
    QJsonObject patient;
    json::put(patient, "birthName", p.birthName);
    json::put(patient, "usedName", p.usedName);
    json::put(patient, "birthGivenNames", p.birthGivenNames);
    json::put(patient, "usedGivenName", p.usedGivenName);
    json::put(patient, "sex", Patient::sexCode(p.sex));
    json::put(patient, "birthDate", p.birthDate);
    json::put(patient, "birthPlaceCode", p.birthPlaceCode);
    if (p.mayShareIns()) {
        json::put(patient, "ins", p.ins);
        json::put(patient, "insOid", p.insOid);
    }
    json::put(patient, "ipp", p.ipp);
    QJsonObject snapshot{{QStringLiteral("patient"), patient}};
    json::putList(snapshot, "tumours", i.tumours);
    json::put(snapshot, "clinical", i.clinical.toJson());
    json::put(snapshot, "question", i.question);
    return snapshot;
}

void applyCaseSnapshot(const QJsonObject &snapshot, Patient &patient, Inscription &inscription) {
    if (snapshot.isEmpty())
        return;
    const QJsonObject frozen = snapshot.value(QLatin1String("patient")).toObject();
    if (!frozen.isEmpty()) {
        json::Reader in(frozen);
        patient.birthName.clear();
        patient.usedName.clear();
        patient.birthGivenNames.clear();
        patient.usedGivenName.clear();
        patient.birthPlaceCode.clear();
        patient.ipp.clear();
        patient.ins.clear();
        in.get("birthName", patient.birthName);
        in.get("usedName", patient.usedName);
        in.get("birthGivenNames", patient.birthGivenNames);
        in.get("usedGivenName", patient.usedGivenName);
        QString sex;
        in.get("sex", sex);
        patient.sex = Patient::sexFromCode(sex);
        in.get("birthDate", patient.birthDate);
        in.get("birthPlaceCode", patient.birthPlaceCode);
        in.get("ipp", patient.ipp);
        in.get("ins", patient.ins);
        if (!patient.ins.isEmpty()) {
            patient.identityStatus = IdentityStatus::Qualified;
            in.get("insOid", patient.insOid);
        }
    }
    // The case: what the snapshot holds replaces the live record's; a part it does not hold stays.
    const Inscription frozenCase = Inscription::fromJson(snapshot);
    if (snapshot.contains(QLatin1String("tumours")))
        inscription.tumours = frozenCase.tumours;
    if (snapshot.contains(QLatin1String("clinical")))
        inscription.clinical = frozenCase.clinical;
    if (snapshot.contains(QLatin1String("question")))
        inscription.question = frozenCase.question;
}

} // namespace concerto
