// Stage tables of the urological sites, UICC TNM 8th edition (2017): prostate (the prognostic groups,
// which read the PSA and the ISUP grade group), kidney and urinary bladder.
#include "models/staging/sitetable.h"

namespace concerto::staging::detail {

namespace {

// Prostate. pT2 has no subcategory in the 8th edition: it is grouped as cT1–cT2a are (I or IIA by the
// PSA), as the AJCC table writes it ("cT1a–c, cT2a, pT2").
QString prostate(const Combo &c) {
    if (in(c.m, {"M1"}))
        return QStringLiteral("IVB");
    if (c.n == "N1")
        return QStringLiteral("IVA");
    if (c.t == "T0")
        return {};
    if (c.gradeGroup == 5)
        return QStringLiteral("IIIC");
    if (in(c.t, {"T3", "T4"}))
        return QStringLiteral("IIIB");
    // T1 and T2, grade groups 1–4
    if (c.psa == ">=20")
        return QStringLiteral("IIIA");
    if (c.gradeGroup == 2)
        return QStringLiteral("IIB");
    if (c.gradeGroup == 3 || c.gradeGroup == 4)
        return QStringLiteral("IIC");
    const bool small = in(c.t, {"T1"}) || c.t == "T2a" || (c.t == "T2" && c.basis != Basis::Clinical);
    if (small && c.psa == "<10")
        return QStringLiteral("I");
    return QStringLiteral("IIA"); // T1–T2a with PSA 10–20, T2b–T2c with PSA below 20
}

QString kidney(const Combo &c) {
    if (c.m == "M1" || c.t == "T4")
        return QStringLiteral("IV");
    if (c.t == "T0")
        return {};
    if (c.n == "N1" || in(c.t, {"T3"}))
        return QStringLiteral("III");
    if (in(c.t, {"T1"}))
        return QStringLiteral("I");
    if (in(c.t, {"T2"}))
        return QStringLiteral("II");
    return {};
}

QString bladder(const Combo &c) {
    if (c.m == "M1b")
        return QStringLiteral("IVB");
    if (c.m == "M1a" || c.t == "T4b")
        return QStringLiteral("IVA");
    if (c.t == "Ta")
        return c.n == "N0" ? QStringLiteral("0a") : QString();
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0is") : QString();
    if (c.t == "T0")
        return {};
    if (is(c.n, {"N2", "N3"}))
        return QStringLiteral("IIIB");
    if (c.n == "N1")
        return QStringLiteral("IIIA");
    if (c.t == "T1")
        return QStringLiteral("I");
    if (in(c.t, {"T2"}))
        return QStringLiteral("II");
    if (in(c.t, {"T3"}) || c.t == "T4a")
        return QStringLiteral("IIIA");
    return {};
}

SiteInfo tnmSite(const char *id, const QString &label) {
    return {QLatin1String(id), label, QStringLiteral("UICC TNM"), uicc8(), true};
}

} // namespace

std::vector<SiteTable> urologyTables() {
    std::vector<SiteTable> tables;
    tables.push_back(
        {tnmSite("prostate", QStringLiteral("Prostate")),
         {list("T", {"X", "0", "1", "1a", "1b", "1c", "2", "2a", "2b", "2c", "3", "3a", "3b", "4"}),
          list("N", {"X", "0", "1"}), list("M", {"0", "1", "1a", "1b", "1c"})},
         {list("T", {"X", "2", "3", "3a", "3b", "4"}), list("N", {"X", "0", "1"}),
          list("M", {"0", "1", "1a", "1b", "1c"})},
         Psa | GradeGroup,
         false,
         prostate});
    tables.push_back({tnmSite("kidney", QStringLiteral("Rein")),
                      {list("T", {"X", "0", "1", "1a", "1b", "2", "2a", "2b", "3", "3a", "3b", "3c", "4"}),
                       list("N", {"X", "0", "1"}), list("M", {"0", "1"})},
                      {},
                      NoFactor,
                      false,
                      kidney});
    tables.push_back(
        {tnmSite("bladder", QStringLiteral("Vessie")),
         {list("T", {"X", "0", "a", "is", "1", "2", "2a", "2b", "3", "3a", "3b", "4", "4a", "4b"}),
          list("N", {"X", "0", "1", "2", "3"}), list("M", {"0", "1", "1a", "1b"})},
         {},
         NoFactor,
         false,
         bladder});
    return tables;
}

} // namespace concerto::staging::detail
