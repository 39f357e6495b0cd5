// A patient's identity as identity vigilance (RNIV) defines it: the strict traits, the INS with the
// identity status that says whether it may be exchanged, and the local patient number (IPP).
#pragma once

#include "models/domain/record.h"

namespace concerto {

enum class IdentityStatus { Provisional, Recovered, Validated, Qualified }; // PROV RECUP VALI QUAL
enum class Sex { Unknown, Male, Female };

inline constexpr const char *kOidInsNir = "1.2.250.1.213.1.4.8";
inline constexpr const char *kOidInsNia = "1.2.250.1.213.1.4.9";
inline constexpr const char *kOidInsTestNir = "1.2.250.1.213.1.4.10";

struct Address {
    QString line;
    QString postalCode;
    QString city;
    QString country;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static Address fromJson(const QJsonObject &o);
};

// The patient's trusted person (personne de confiance), when the patient named one: name, phone, and
// how they are related to the patient as an HL7 RoleCode ("SPS" spouse, "SIS" sister, "FRND" friend…:
// relationshipLabel()). The FRCP header carries it as an informant.
struct TrustedPerson {
    QString familyName;
    QString givenName;
    QString relationship; // HL7 RoleCode (2.16.840.1.113883.5.111)
    QString phone;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    bool isEmpty() const { return familyName.trimmed().isEmpty(); }
    QJsonObject toJson() const;
    static TrustedPerson fromJson(const QJsonObject &o);
    // The French words of a relationship code ("SIS" -> "Soeur"), empty for a code not known.
    static QString relationshipLabel(const QString &code);
};

// A missing key reads as the member's initial value: unknown sex, provisional identity, INS-NIR OID.
struct Patient {
    RecordMeta meta;
    QString birthName;
    QStringList birthGivenNames; // all of them, in civil-status order
    QString usedName;
    QString usedGivenName;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString birthPlaceCode;                           // INSEE code: commune, or 99xxx for a country
    QString ins;                                      // NIR or NIA: 13 characters + 2-digit key
    QString insOid = QString::fromLatin1(kOidInsNir); // the INS-NIR OID unless the record says otherwise
    IdentityStatus identityStatus = IdentityStatus::Provisional;
    QString ipp; // local patient number
    Address address;
    QUuid generalPractitionerId; // null with gpUnknown = true when the GP is not known
    bool gpUnknown = false;
    QString phone;
    TrustedPerson trustedPerson{}; // empty when the patient named none
    // Set by an import that found an identity that may be the same person: the patient is kept apart
    // (never merged) and shown for review until a person says whether it is the same one. The reason
    // is a code of identity::DuplicateReason ("one-letter"…).
    QUuid possibleDuplicateOf;
    QString possibleDuplicateReason;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QString firstGivenName() const { return birthGivenNames.value(0); }
    // The INS may leave the local system only for a qualified identity.
    bool mayShareIns() const { return identityStatus == IdentityStatus::Qualified && !ins.isEmpty(); }
    QString displayName() const;
    bool awaitsDuplicateReview() const { return !possibleDuplicateOf.isNull(); }

    QJsonObject toJson() const;
    static Patient fromJson(const QJsonObject &o);
    static QString identityStatusCode(IdentityStatus s);
    static IdentityStatus identityStatusFromCode(const QString &code, bool *known = nullptr);
    static QString sexCode(Sex s);
    static Sex sexFromCode(const QString &code);
};

// The characters of an INS as typed, spaces (and non-breaking spaces) removed, upper case: how it is
// stored and searched.
QString normalizedIns(const QString &input);

} // namespace concerto
