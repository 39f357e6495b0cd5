// The patient identity check: required traits, INS, qualified identity, birth place.
#include "models/validation/patientcheck.h"
#include "models/validation/ins.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concerto::validation {

Check checkBirthPlaceCode(const QString &input) {
    const QString code = input.trimmed().toUpper();
    if (code.isEmpty())
        return Check::pass();
    static const QRegularExpression form(
        QStringLiteral(R"(^(?:(?!00|20|96|97|98|99)\d{2}\d{3}|2[AB]\d{3}|97[1-8]\d{2}|98\d{3}|99\d{3})$)"));
    if (form.match(code).hasMatch())
        return Check::pass();
    return Check::fail(QCoreApplication::translate(
                           "Validation", "\"%1\" is not the INSEE code of a birth place: five characters, "
                                         "the commune (e.g. 14118, 2A004, 97105) or 99 and the country "
                                         "for a birth abroad (e.g. 99134).")
                           .arg(input.trimmed()));
}

namespace {
void checkInsAgainstTraits(const Patient &p, const NirFields &nir, Check &result) {
    if (p.sex == Sex::Male && !nir.male())
        result.add(QCoreApplication::translate("Validation",
                                               "The INS is that of a woman, but the sex recorded is male."));
    if (p.sex == Sex::Female && nir.male())
        result.add(QCoreApplication::translate("Validation",
                                               "The INS is that of a man, but the sex recorded is female."));
    if (!p.birthDate.isValid())
        return;
    const QString born = p.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
    if (nir.year != p.birthDate.year() % 100)
        result.add(QCoreApplication::translate(
                       "Validation", "The INS gives a birth year ending in %1, but the birth date is %2.")
                       .arg(nir.year, 2, 10, QLatin1Char('0'))
                       .arg(born));
    else if (nir.monthKnown() && nir.month != p.birthDate.month())
        result.add(QCoreApplication::translate("Validation",
                                               "The INS gives a birth month of %1, but the birth date is %2.")
                       .arg(nir.month, 2, 10, QLatin1Char('0'))
                       .arg(born));
}
} // namespace

Check checkPatientIdentity(const Patient &p, const QDate &today) {
    Check result;
    if (p.birthName.trimmed().isEmpty())
        result.add(QCoreApplication::translate("Validation", "The birth name is missing."));
    if (p.firstGivenName().trimmed().isEmpty())
        result.add(QCoreApplication::translate("Validation", "The first birth given name is missing."));
    if (p.sex == Sex::Unknown)
        result.add(QCoreApplication::translate("Validation", "The sex is missing."));
    if (!p.birthDate.isValid())
        result.add(QCoreApplication::translate("Validation", "The birth date is missing."));
    else if (p.birthDate > today)
        result.add(QCoreApplication::translate("Validation", "The birth date is in the future."));

    if (!p.ins.trimmed().isEmpty()) {
        NirFields nir;
        const Check ins = checkIns(p.ins, &nir);
        result.add(ins);
        const QStringList kinds{QString::fromLatin1(kOidInsNir), QString::fromLatin1(kOidInsNia),
                                QString::fromLatin1(kOidInsTestNir)};
        if (!kinds.contains(p.insOid))
            result.add(QCoreApplication::translate(
                "Validation", "The kind of INS is unknown: it is a NIR, a NIA or a test NIR."));
        if (ins)
            checkInsAgainstTraits(p, nir, result);
    } else if (p.identityStatus == IdentityStatus::Qualified) {
        result.add(QCoreApplication::translate(
            "Validation", "A qualified identity needs its INS: record it, or lower the identity status."));
    }
    if (p.identityStatus == IdentityStatus::Qualified && p.birthPlaceCode.trimmed().isEmpty())
        result.add(QCoreApplication::translate(
            "Validation", "A qualified identity needs the INSEE code of the birth place."));
    result.add(checkBirthPlaceCode(p.birthPlaceCode));
    return result;
}

} // namespace concerto::validation
