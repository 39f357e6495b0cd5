// Synthetic identities: names drawn from the word lists, NIR keys from validation::nirKey, RPPS and
// FINESS keys from validation::luhnCheckDigit.
#include "models/demo/demoidentity.h"
#include "models/demo/demonames.h"
#include "models/validation/identifiers.h"

namespace concerto::demo {

QString utf8(const char *text) {
    return QString::fromUtf8(text);
}

QString familyName(DemoRandom &random) {
    return utf8(kFamilyNames[random.below(int(kFamilyNameCount))]);
}

QString givenName(DemoRandom &random, Sex sex) {
    return sex == Sex::Female ? utf8(kFemaleGivenNames[random.below(int(kFemaleGivenNameCount))])
                              : utf8(kMaleGivenNames[random.below(int(kMaleGivenNameCount))]);
}

QString makeNir(DemoRandom &random, Sex sex, const QDate &birthDate, const QString &birthPlaceCode) {
    const QString nir13 = QString(sex == Sex::Female ? QLatin1Char('2') : QLatin1Char('1')) +
                          QString::number(birthDate.year() % 100).rightJustified(2, QLatin1Char('0')) +
                          QString::number(birthDate.month()).rightJustified(2, QLatin1Char('0')) +
                          birthPlaceCode.left(5) +
                          QString::number(random.between(1, 999)).rightJustified(3, QLatin1Char('0'));
    return nir13 + QString::number(validation::nirKey(nir13)).rightJustified(2, QLatin1Char('0'));
}

QString makeRpps(DemoRandom &random) {
    const QString body = QStringLiteral("10") + random.digits(8);
    return body + QString::number(validation::luhnCheckDigit(body));
}

QString makeFiness(DemoRandom &random, const QString &departement) {
    const QString body = departement + random.digits(6);
    return body + QString::number(validation::luhnCheckDigit(body));
}

namespace {

QString birthPlace(DemoRandom &random) {
    if (random.chance(13))
        return utf8(kCountries[random.below(int(kCountryCount))].insee);
    return utf8(kBirthCommunes[random.below(int(kBirthCommuneCount))].insee);
}

QStringList givenNames(DemoRandom &random, Sex sex) {
    QStringList names{givenName(random, sex)};
    const int more = random.weighted({45, 40, 15});
    while (names.size() < 1 + more) {
        const QString next = givenName(random, sex);
        if (!names.contains(next))
            names << next;
    }
    return names;
}

IdentityStatus identityStatus(DemoRandom &random) {
    switch (random.weighted({76, 9, 8, 7})) {
    case 0:
        return IdentityStatus::Qualified;
    case 1:
        return IdentityStatus::Recovered;
    case 2:
        return IdentityStatus::Validated;
    default:
        return IdentityStatus::Provisional;
    }
}

QString phone(DemoRandom &random) {
    QString s = random.chance(60) ? QStringLiteral("06") : QStringLiteral("05");
    for (int i = 0; i < 4; ++i)
        s += QLatin1Char(' ') + random.digits(2);
    return s;
}

} // namespace

Patient makePatient(DemoRandom &random, const QDate &reference, Sex sex, int minAge, int maxAge,
                    const QString &ipp) {
    Patient p;
    p.sex = sex;
    p.birthName = familyName(random);
    p.birthGivenNames = givenNames(random, sex);
    const int age = random.between(minAge, maxAge);
    p.birthDate = reference.addYears(-age).addDays(-random.below(365));
    const int married = sex == Sex::Female ? 45 : 2;
    if (age >= 25 && random.chance(married)) {
        QString spouse = familyName(random);
        if (spouse != p.birthName)
            p.usedName = random.chance(15) ? p.birthName + QLatin1Char('-') + spouse : spouse;
    }
    if (p.birthGivenNames.size() > 1 && random.chance(8))
        p.usedGivenName = p.birthGivenNames.at(1);
    p.birthPlaceCode = birthPlace(random);
    p.identityStatus = identityStatus(random);
    // An INS is retrieved for recovered and qualified identities; validated and provisional ones
    // wait for the INSi service (their traits are checked, or not yet, against a document).
    const QString nir = makeNir(random, sex, p.birthDate, p.birthPlaceCode);
    if (p.identityStatus == IdentityStatus::Qualified || p.identityStatus == IdentityStatus::Recovered)
        p.ins = nir;
    // Synthetic people: the INS is marked with the OID of test NIRs, so it is never taken for a real one.
    p.insOid = QString::fromLatin1(kOidInsTestNir);
    p.ipp = ipp;
    const Commune &home = kRegionCommunes[random.below(int(kRegionCommuneCount))];
    p.address.line = QString::number(random.between(1, 180)) + QLatin1Char(' ') +
                     utf8(kStreets[random.below(int(kStreetCount))]);
    p.address.postalCode = utf8(home.postalCode);
    p.address.city = utf8(home.name);
    p.address.country = QStringLiteral("France");
    if (random.chance(85))
        p.phone = phone(random);
    return p;
}

} // namespace concerto::demo
