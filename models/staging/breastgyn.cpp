// Stage tables of the breast and the gynaecological sites. Breast: UICC TNM 8th edition (2017), the
// anatomic stage groups (the prognostic groups with grade and receptors are AJCC only). Cervix: FIGO
// 2018, its T and N read as the classification aligned with it (T1b1 up to 2 cm, T1b2 over 2 up to 4
// cm, T1b3 over 4 cm; N1 pelvic nodes, N2 para-aortic nodes: IIIC1 and IIIC2 whatever the tumour).
// Endometrium: FIGO 2009 as UICC 8 gives it. Ovary, fallopian tube: FIGO 2014 as UICC 8 gives it.
#include "models/staging/sitetable.h"

namespace concerto::staging::detail {

namespace {

QString breast(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IV");
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (in(c.n, {"N3"}))
        return QStringLiteral("IIIC");
    if (in(c.t, {"T4"}))
        return QStringLiteral("IIIB");
    const bool t0t1 = c.t == "T0" || in(c.t, {"T1"}); // T1 includes T1mi
    if (in(c.n, {"N2"}))
        return QStringLiteral("IIIA");
    if (c.n == "N1mi") {
        if (t0t1)
            return QStringLiteral("IB");
        return c.t == "T2" ? QStringLiteral("IIB") : QStringLiteral("IIIA");
    }
    if (in(c.n, {"N1"})) {
        if (t0t1)
            return QStringLiteral("IIA");
        return c.t == "T2" ? QStringLiteral("IIB") : QStringLiteral("IIIA");
    }
    // N0
    if (c.t == "T0")
        return {};
    if (in(c.t, {"T1"}))
        return QStringLiteral("IA");
    return c.t == "T2" ? QStringLiteral("IIA") : QStringLiteral("IIB");
}

QString cervix(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IVB");
    if (c.t == "T4")
        return QStringLiteral("IVA");
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T0")
        return {};
    if (c.n == "N2")
        return QStringLiteral("IIIC2");
    if (c.n == "N1")
        return QStringLiteral("IIIC1");
    static const char *const byT[][2] = {{"T1a1", "IA1"}, {"T1a2", "IA2"},  {"T1b1", "IB1"},  {"T1b2", "IB2"},
                                         {"T1b3", "IB3"}, {"T2a1", "IIA1"}, {"T2a2", "IIA2"}, {"T2b", "IIB"},
                                         {"T3a", "IIIA"}, {"T3b", "IIIB"}};
    for (const auto &row : byT)
        if (c.t == row[0])
            return QString::fromLatin1(row[1]);
    return {};
}

QString endometrium(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IVB");
    if (c.t == "T4")
        return QStringLiteral("IVA");
    if (c.t == "T0")
        return {};
    if (c.n == "N2")
        return QStringLiteral("IIIC2");
    if (c.n == "N1")
        return QStringLiteral("IIIC1");
    if (c.t == "T1a")
        return QStringLiteral("IA");
    if (c.t == "T1b")
        return QStringLiteral("IB");
    if (c.t == "T2")
        return QStringLiteral("II");
    if (c.t == "T3a")
        return QStringLiteral("IIIA");
    if (c.t == "T3b")
        return QStringLiteral("IIIB");
    return {};
}

QString ovary(const Combo &c) {
    if (c.m == "M1a")
        return QStringLiteral("IVA");
    if (c.m == "M1b")
        return QStringLiteral("IVB");
    if (c.t == "T0")
        return {};
    if (c.t == "T3c")
        return QStringLiteral("IIIC");
    if (c.t == "T3b")
        return QStringLiteral("IIIB");
    if (c.t == "T3a")
        return QStringLiteral("IIIA2");
    if (in(c.n, {"N1"}))
        return QStringLiteral("IIIA1"); // T1 and T2 with retroperitoneal nodes only
    static const char *const byT[][2] = {{"T1a", "IA"},   {"T1b", "IB"},  {"T1c1", "IC1"}, {"T1c2", "IC2"},
                                         {"T1c3", "IC3"}, {"T2a", "IIA"}, {"T2b", "IIB"}};
    for (const auto &row : byT)
        if (c.t == row[0])
            return QString::fromLatin1(row[1]);
    return {};
}

SiteInfo site(const char *id, const QString &label, const char *system, const char *edition) {
    return {QLatin1String(id), label, QLatin1String(system), QLatin1String(edition), true};
}

} // namespace

std::vector<SiteTable> breastGynTables() {
    std::vector<SiteTable> tables;
    tables.push_back(
        {{QStringLiteral("breast"), QStringLiteral("Sein"), QStringLiteral("UICC TNM"), uicc8(), true},
         {list("T", {"X", "0", "is", "1mi", "1", "1a", "1b", "1c", "2", "3", "4", "4a", "4b", "4c", "4d"}),
          list("N", {"X", "0", "1mi", "1", "1a", "1b", "1c", "2", "2a", "2b", "3", "3a", "3b", "3c"}),
          list("M", {"0", "1"})},
         {},
         NoFactor,
         false,
         breast});
    tables.push_back({site("cervix", QStringLiteral("Col de l'utérus"), "FIGO", "FIGO 2018"),
                      {list("T", {"X",   "0", "is", "1",   "1a",  "1a1", "1a2", "1b", "1b1", "1b2",
                                  "1b3", "2", "2a", "2a1", "2a2", "2b",  "3",   "3a", "3b",  "4"}),
                       list("N", {"X", "0", "1", "2"}), list("M", {"0", "1"})},
                      {},
                      NoFactor,
                      false,
                      cervix});
    tables.push_back({site("endometrium", QStringLiteral("Endomètre (corps utérin)"), "FIGO", "FIGO 2009"),
                      {list("T", {"X", "0", "1", "1a", "1b", "2", "3", "3a", "3b", "4"}),
                       list("N", {"X", "0", "1", "2"}), list("M", {"0", "1"})},
                      {},
                      NoFactor,
                      false,
                      endometrium});
    tables.push_back({site("ovary", QStringLiteral("Ovaire et trompe"), "FIGO", "FIGO 2014"),
                      {list("T", {"X", "0", "1", "1a", "1b", "1c", "1c1", "1c2", "1c3", "2", "2a", "2b", "3",
                                  "3a", "3b", "3c"}),
                       list("N", {"X", "0", "1", "1a", "1b"}), list("M", {"0", "1", "1a", "1b"})},
                      {},
                      NoFactor,
                      false,
                      ovary});
    return tables;
}

} // namespace concerto::staging::detail
