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
// A character as a message shows it: itself when printable, else its code point (U+0000).
QString shown(QChar c) {
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("\"%1\"").arg(c);
    return QStringLiteral("U+") +
           QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// The national identity rules for a name: letters (accented ones included), spaces, hyphens and
// apostrophes, beginning with a letter, at most kNameLength characters.
void checkName(const QString &name, const QString &what, Check &result) {
    if (name.isEmpty())
        return;
    if (name.size() > kNameLength) {
        result.add(QCoreApplication::translate("Validation", "%1: more than %2 characters.")
                       .arg(what)
                       .arg(kNameLength));
        return;
    }
    for (const QChar c : name) {
        const bool allowed = c.isLetter() || c.isMark() || c == QLatin1Char(' ') || c == QLatin1Char('-') ||
                             c == QLatin1Char('\'') || c == QChar(0x2019);
        if (!allowed) {
            result.add(QCoreApplication::translate("Validation",
                                                   "%1: holds %2, which a name cannot hold (only letters, "
                                                   "spaces, hyphens and apostrophes).")
                           .arg(what, shown(c)));
            return;
        }
    }
    if (!name.at(0).isLetter())
        result.add(QCoreApplication::translate("Validation", "%1: must begin with a letter.").arg(what));
}

// An IPP: letters, digits, '-', '_', '.', '/', beginning with a letter or a digit, at most kIppLength.
void checkIpp(const QString &ipp, Check &result) {
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_./-]*$"));
    if (ipp.isEmpty())
        return;
    if (ipp.size() > kIppLength)
        result.add(QCoreApplication::translate("Validation", "The IPP is longer than %1 characters.")
                       .arg(kIppLength));
    else if (!form.match(ipp).hasMatch())
        result.add(QCoreApplication::translate("Validation",
                                               "The IPP \"%1\" is not an IPP: letters, digits and - _ . /, "
                                               "beginning with a letter or a digit.")
                       .arg(ipp));
}
} // namespace

QDate earliestBirthDate() {
    return QDate(1900, 1, 1);
}

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
    else if (p.birthDate < earliestBirthDate())
        result.add(QCoreApplication::translate("Validation", "The birth date %1 is before %2: it cannot be "
                                                             "a living patient's.")
                       .arg(p.birthDate.toString(QStringLiteral("dd/MM/yyyy")),
                            earliestBirthDate().toString(QStringLiteral("dd/MM/yyyy"))));
    checkName(p.birthName.trimmed(), QCoreApplication::translate("Validation", "Birth name"), result);
    checkName(p.usedName.trimmed(), QCoreApplication::translate("Validation", "Used name"), result);
    const QString givenNames = p.birthGivenNames.join(QLatin1Char(' ')).trimmed();
    checkName(givenNames, QCoreApplication::translate("Validation", "Birth given names"), result);
    checkName(p.usedGivenName.trimmed(), QCoreApplication::translate("Validation", "Used given name"),
              result);
    checkIpp(p.ipp.trimmed(), result);

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
