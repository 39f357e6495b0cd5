// A health professional of the directory: physician (RPPS), with the one specialty that counts for quorum.
// Profession and specialty are national codes (domain/specialtycodes.h): profession "G15_10"
// (Médecin), specialty "SM36" (Oncologie, option médicale), which the CDA writes as "G15_10/SM36".
#pragma once

#include "models/domain/record.h"
#include "models/domain/specialtycodes.h"

namespace concerto {

// A missing key reads as the member's initial value: a physician (G15_10).
struct Professional {
    RecordMeta meta;
    QString rpps; // 11 digits with a Luhn key
    QString lastName;
    QString firstName;
    QString profession = QString::fromLatin1(nomenclature::kProfessionPhysician); // TRE_G15 code
    // TRE_R38 code from the built-in specialty set (nomenclature::specialties()), or "other". The words of
    // older records ("medical-oncology") read as their national code ("SM36").
    QString specialty;
    QUuid establishmentId;
    QString email;
    QString phone;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QString displayName() const;
    QJsonObject toJson() const;
    static Professional fromJson(const QJsonObject &o);
};

} // namespace concerto
