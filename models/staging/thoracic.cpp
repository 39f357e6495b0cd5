// Stage table of the lung, UICC TNM 8th edition (2017): non-small-cell and small-cell carcinomas and
// carcinoids share it.
#include "models/staging/sitetable.h"

namespace concerto::staging::detail {

namespace {

QString lung(const Combo &c) {
    if (is(c.m, {"M1a", "M1b"}))
        return QStringLiteral("IVA");
    if (c.m == "M1c")
        return QStringLiteral("IVB");
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T0")
        return {};
    const bool t1t2 = in(c.t, {"T1", "T2"});
    if (c.n == "N3")
        return t1t2 ? QStringLiteral("IIIB") : QStringLiteral("IIIC");
    if (c.n == "N2")
        return t1t2 ? QStringLiteral("IIIA") : QStringLiteral("IIIB");
    if (c.n == "N1")
        return t1t2 ? QStringLiteral("IIB") : QStringLiteral("IIIA"); // T3 and T4
    if (is(c.t, {"T1mi", "T1a"}))
        return QStringLiteral("IA1");
    if (c.t == "T1b")
        return QStringLiteral("IA2");
    if (c.t == "T1c")
        return QStringLiteral("IA3");
    if (c.t == "T2a")
        return QStringLiteral("IB");
    if (c.t == "T2b")
        return QStringLiteral("IIA");
    if (c.t == "T3")
        return QStringLiteral("IIB");
    if (c.t == "T4")
        return QStringLiteral("IIIA");
    return {};
}

} // namespace

std::vector<SiteTable> thoracicTables() {
    return {{{QStringLiteral("lung"), QStringLiteral("Poumon"), QStringLiteral("UICC TNM"), uicc8(), true},
             {list("T", {"X", "0", "is", "1mi", "1", "1a", "1b", "1c", "2", "2a", "2b", "3", "4"}),
              list("N", {"X", "0", "1", "2", "3"}), list("M", {"0", "1", "1a", "1b", "1c"})},
             {},
             NoFactor,
             false,
             lung}};
}

} // namespace concerto::staging::detail
