// Stage table of melanoma of the skin, UICC TNM 8th edition (2017): clinical groups (stage III is one
// group) and pathological groups (IIIA to IIID from the T and N subcategories).
#include "models/staging/sitetable.h"

namespace concerto::staging::detail {

namespace {

QString melanomaWithoutNodes(const Combo &c) {
    if (c.t == "Tis")
        return QStringLiteral("0");
    if (c.t == "T1a")
        return QStringLiteral("IA");
    if (c.t == "T1b")
        return c.basis == Basis::Clinical ? QStringLiteral("IB") : QStringLiteral("IA");
    if (c.t == "T2a")
        return QStringLiteral("IB");
    if (is(c.t, {"T2b", "T3a"}))
        return QStringLiteral("IIA");
    if (is(c.t, {"T3b", "T4a"}))
        return QStringLiteral("IIB");
    if (c.t == "T4b")
        return QStringLiteral("IIC");
    return {}; // T0 N0
}

// Pathological stage III: rows T0, T1a–T2a, T2b–T3a, T3b–T4a, T4b; columns N1a/N2a, N1b/N1c/N2b,
// N2c/N3a/N3b/N3c. T0 cannot go with an "a" node category (clinically occult, found with a known primary).
QString melanomaPathologicalNodes(const Combo &c) {
    if (c.t == "Tis")
        return {};
    const int column = is(c.n, {"N1a", "N2a"}) ? 0 : is(c.n, {"N1b", "N1c", "N2b"}) ? 1 : 2;
    if (c.t == "T0") {
        if (is(c.n, {"N1a", "N2a", "N3a"}))
            return {};
        return is(c.n, {"N1b", "N1c"}) ? QStringLiteral("IIIB") : QStringLiteral("IIIC");
    }
    if (is(c.t, {"T1a", "T1b", "T2a"}))
        return column == 0   ? QStringLiteral("IIIA")
               : column == 1 ? QStringLiteral("IIIB")
                             : QStringLiteral("IIIC");
    if (is(c.t, {"T2b", "T3a"}))
        return column == 2 ? QStringLiteral("IIIC") : QStringLiteral("IIIB");
    if (is(c.t, {"T3b", "T4a"}))
        return QStringLiteral("IIIC");
    if (c.t == "T4b")
        return in(c.n, {"N3"}) ? QStringLiteral("IIID") : QStringLiteral("IIIC");
    return {};
}

QString melanoma(const Combo &c) {
    if (in(c.m, {"M1"}))
        return QStringLiteral("IV");
    if (c.n == "N0")
        return melanomaWithoutNodes(c);
    if (c.basis == Basis::Clinical)
        return c.t == "Tis" ? QString() : QStringLiteral("III");
    return melanomaPathologicalNodes(c);
}

} // namespace

std::vector<SiteTable> skinTables() {
    return {{{QStringLiteral("melanoma"), QStringLiteral("Mélanome cutané"), QStringLiteral("UICC TNM"),
              uicc8(), true},
             {list("T", {"X", "0", "is", "1", "1a", "1b", "2", "2a", "2b", "3", "3a", "3b", "4", "4a", "4b"}),
              list("N", {"X", "0", "1", "1a", "1b", "1c", "2", "2a", "2b", "2c", "3", "3a", "3b", "3c"}),
              list("M", {"0", "1", "1a", "1b", "1c", "1d"})},
             {},
             NoFactor,
             false,
             melanoma}};
}

} // namespace concerto::staging::detail
