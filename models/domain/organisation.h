// Organisations of the cancer network: the regional network (DSRC, "RRC" in the FRCP), its coordination
// centres (3C, the FRCP's "gestionnaire RCP") and the establishments where RCPs take place, with the
// national identifiers and the address the FRCP document header carries.
#pragma once

#include "models/domain/record.h"

namespace concerto {

enum class OrganisationKind { Establishment, CoordinationCentre, Network };

// Roots of the identifiers in a CDA: a structure is "1" + its FINESS under kOidStructure; the network and
// the 3C carry their national identifier under their own root (FRCP encompassingEncounter ids).
inline constexpr const char *kOidStructure = "1.2.250.1.71.4.2.2";
inline constexpr const char *kOidNetworkNationalId = "1.2.250.1.161.1.20.1.1";            // RRC
inline constexpr const char *kOidCoordinationCentreNationalId = "1.2.250.1.161.1.20.2.1"; // gestionnaire RCP

struct Organisation {
    RecordMeta meta;
    OrganisationKind kind = OrganisationKind::Establishment;
    QString name;
    // 9 digits with a Luhn key: the establishment's, or for a 3C the FINESS of the legal entity or host
    // establishment that carries it.
    QString finess;
    QString establishmentType; // TRE_R02 SecteurActivite code (nomenclature::establishmentTypes()), "SA01"
    QString nationalId;        // network and 3C: the national identifier ("5201", "520114"), digits
    QUuid parentId;            // 3C -> network, establishment -> 3C
    QString houseNumber;       // "4", "12 bis"
    QString streetName;        // "Rue Larrey"
    QString postalCode;        // 5 digits
    QString city;
    // The OID under which the establishment numbers its patients (the assigning authority of the IPP),
    // as registered with the ANS; empty when not known. The FRCP names the patient's IPP under it.
    QString patientIdOid;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    // The root of nationalId for this kind (network, 3C); empty for an establishment.
    QString nationalIdRoot() const;
    // The extension of the structure's id under kOidStructure: "1" + FINESS; empty without a FINESS.
    QString structureId() const;

    QJsonObject toJson() const;
    static Organisation fromJson(const QJsonObject &o);
    static QString kindCode(OrganisationKind kind);
};

} // namespace concerto
