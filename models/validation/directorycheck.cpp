// The checks of the directory's records against what the national documents need.
#include "models/validation/directorycheck.h"
#include "models/domain/builtinsets.h"
#include "models/validation/identifiers.h"

#include <QCoreApplication>

namespace concerto::validation {

namespace {

// Street, postal code and city; `required` when the document needs the address.
void checkAddress(const Organisation &o, bool required, Check &check) {
    if (required && o.streetName.trimmed().isEmpty())
        check.add(QCoreApplication::translate("Validation", "The street of the address is missing."));
    if (required || !o.postalCode.trimmed().isEmpty())
        check.add(checkPostalCode(o.postalCode));
    if (required && o.city.trimmed().isEmpty())
        check.add(QCoreApplication::translate("Validation", "The city of the address is missing."));
}

} // namespace

Check checkOrganisation(const Organisation &o) {
    Check check;
    if (o.name.trimmed().isEmpty())
        check.add(QCoreApplication::translate("Validation", "The name of the organisation is missing."));
    switch (o.kind) {
    case OrganisationKind::Establishment:
        check.add(checkFiness(o.finess));
        if (o.establishmentType.isEmpty())
            check.add(QCoreApplication::translate(
                "Validation", "The type of the establishment (public, private, cancer centre…) is missing."));
        else if (!nomenclature::establishmentTypes().contains(o.establishmentType))
            check.add(QCoreApplication::translate(
                          "Validation",
                          "The establishment type %1 is not a national code (for example SA01, a public "
                          "establishment).")
                          .arg(o.establishmentType));
        checkAddress(o, true, check);
        break;
    case OrganisationKind::CoordinationCentre:
        check.add(checkFiness(o.finess));
        check.add(checkNationalIdentifier(
            o.nationalId, QCoreApplication::translate("Validation", "The national identifier of the 3C")));
        checkAddress(o, true, check);
        break;
    case OrganisationKind::Network:
        check.add(checkNationalIdentifier(
            o.nationalId,
            QCoreApplication::translate("Validation", "The national identifier of the network")));
        checkAddress(o, false, check);
        break;
    }
    return check;
}

Check checkProfessional(const Professional &p) {
    Check check;
    check.add(checkRpps(p.rpps));
    if (p.lastName.trimmed().isEmpty())
        check.add(QCoreApplication::translate("Validation", "The last name of the professional is missing."));
    if (p.profession.isEmpty())
        check.add(QCoreApplication::translate("Validation", "The profession is missing."));
    else if (p.profession == QLatin1String(nomenclature::kProfessionPhysician)) {
        if (p.specialty.isEmpty())
            check.add(
                QCoreApplication::translate("Validation", "The specialty of the physician is missing."));
        else if (!nomenclature::specialties().contains(p.specialty))
            check.add(QCoreApplication::translate(
                          "Validation",
                          "The specialty %1 is not a national code (for example SM36, medical oncology).")
                          .arg(p.specialty));
    }
    return check;
}

Check checkRcpDirectory(const Rcp &r) {
    Check check;
    if (r.name.trimmed().isEmpty())
        check.add(QCoreApplication::translate("Validation", "The name of the RCP is missing."));
    check.add(checkNationalIdentifier(
        r.nationalId, QCoreApplication::translate("Validation", "The national identifier of the RCP")));
    for (const SpecialtyGroup &group : r.quorum.requiredGroups)
        for (const QString &code : group.specialties)
            if (!nomenclature::specialties().contains(code))
                check.add(QCoreApplication::translate(
                              "Validation",
                              "The quorum group \"%1\" names %2, which is not a national specialty code.")
                              .arg(group.label, code));
    return check;
}

} // namespace concerto::validation
