// Stage tables of the digestive sites, UICC TNM 8th edition (2017): colon and rectum, pancreas
// (exocrine), stomach (clinical and pathological groups), oesophagus and oesophagogastric junction
// (clinical groups by histology, pathological groups with grade and location, post-neoadjuvant
// groups), liver (hepatocellular) and intrahepatic bile ducts.
#include "models/staging/sitetable.h"

namespace concerto::staging::detail {

namespace {

QString colonRectum(const Combo &c) {
    if (c.m == "M1a")
        return QStringLiteral("IVA");
    if (c.m == "M1b")
        return QStringLiteral("IVB");
    if (c.m == "M1c")
        return QStringLiteral("IVC");
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.n == "N0") {
        if (in(c.t, {"T1", "T2"}))
            return QStringLiteral("I");
        if (c.t == "T3")
            return QStringLiteral("IIA");
        if (c.t == "T4a")
            return QStringLiteral("IIB");
        if (c.t == "T4b")
            return QStringLiteral("IIC");
        return {};
    }
    if (in(c.n, {"N1"})) { // N1a, N1b, N1c
        if (in(c.t, {"T1", "T2"}))
            return QStringLiteral("IIIA");
        if (in(c.t, {"T3", "T4a"}))
            return QStringLiteral("IIIB");
        if (c.t == "T4b")
            return QStringLiteral("IIIC");
        return {};
    }
    if (c.n == "N2a") {
        if (c.t == "T1")
            return QStringLiteral("IIIA");
        if (in(c.t, {"T2", "T3"}))
            return QStringLiteral("IIIB");
        if (in(c.t, {"T4"}))
            return QStringLiteral("IIIC");
        return {};
    }
    if (c.n == "N2b") {
        if (in(c.t, {"T1", "T2"}))
            return QStringLiteral("IIIB");
        if (in(c.t, {"T3", "T4"}))
            return QStringLiteral("IIIC");
    }
    return {};
}

QString pancreas(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IV");
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T0")
        return {};
    if (c.n == "N2" || c.t == "T4")
        return QStringLiteral("III");
    if (c.n == "N1")
        return QStringLiteral("IIB");
    if (in(c.t, {"T1"}))
        return QStringLiteral("IA");
    if (c.t == "T2")
        return QStringLiteral("IB");
    if (c.t == "T3")
        return QStringLiteral("IIA");
    return {};
}

// Stomach, cTNM: its own groups since the 8th edition.
QString stomachClinical(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IVB");
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T4b")
        return QStringLiteral("IVA");
    const bool nodes = c.n != "N0";
    if (in(c.t, {"T1", "T2"}))
        return nodes ? QStringLiteral("IIA") : QStringLiteral("I");
    if (is(c.t, {"T3", "T4a"}))
        return nodes ? QStringLiteral("III") : QStringLiteral("IIB");
    return {};
}

// Stomach, pTNM (and ypTNM, which uses the same groups): rows T1, T2, T3, T4a, T4b; columns N0, N1,
// N2, N3a, N3b.
QString stomachPathological(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IV");
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    static const char *const grid[5][5] = {
        {"IA", "IB", "IIA", "IIB", "IIIB"},       // T1
        {"IB", "IIA", "IIB", "IIIA", "IIIB"},     // T2
        {"IIA", "IIB", "IIIA", "IIIB", "IIIC"},   // T3
        {"IIB", "IIIA", "IIIA", "IIIB", "IIIC"},  // T4a
        {"IIIA", "IIIB", "IIIB", "IIIC", "IIIC"}, // T4b
    };
    const int row = in(c.t, {"T1"}) ? 0
                    : c.t == "T2"   ? 1
                    : c.t == "T3"   ? 2
                    : c.t == "T4a"  ? 3
                    : c.t == "T4b"  ? 4
                                    : -1;
    const int column = c.n == "N0"    ? 0
                       : c.n == "N1"  ? 1
                       : c.n == "N2"  ? 2
                       : c.n == "N3a" ? 3
                       : c.n == "N3b" ? 4
                                      : -1;
    if (row < 0 || column < 0)
        return {};
    return QString::fromLatin1(grid[row][column]);
}

QString stomach(const Combo &c) {
    return c.basis == Basis::Clinical ? stomachClinical(c) : stomachPathological(c);
}

// Oesophagus, cTNM, squamous cell carcinoma.
QString oesophagusClinicalSquamous(const Combo &c) {
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T0")
        return {};
    if (in(c.t, {"T4"}) || c.n == "N3")
        return QStringLiteral("IVA");
    if (in(c.t, {"T1"}))
        return c.n == "N2" ? QStringLiteral("III") : QStringLiteral("I");
    if (c.t == "T2")
        return c.n == "N2" ? QStringLiteral("III") : QStringLiteral("II");
    if (c.t == "T3")
        return c.n == "N0" ? QStringLiteral("II") : QStringLiteral("III");
    return {};
}

// Oesophagus, cTNM, adenocarcinoma.
QString oesophagusClinicalAdeno(const Combo &c) {
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T0")
        return {};
    if (c.t == "T4b" || is(c.n, {"N2", "N3"}))
        return QStringLiteral("IVA");
    if (in(c.t, {"T1"}))
        return c.n == "N0" ? QStringLiteral("I") : QStringLiteral("IIA");
    if (c.t == "T2")
        return c.n == "N0" ? QStringLiteral("IIB") : QStringLiteral("III");
    if (is(c.t, {"T3", "T4a"}))
        return QStringLiteral("III");
    return {};
}

// Groups shared by both pathological tables once the node or T4 category decides.
QString oesophagusPathologicalAdvanced(const Combo &c) {
    if (c.t == "T4b" || c.n == "N3")
        return QStringLiteral("IVA");
    if (c.t == "T4a")
        return c.n == "N2" ? QStringLiteral("IVA") : QStringLiteral("IIIB");
    if (c.n == "N2")
        return in(c.t, {"T1"}) ? QStringLiteral("IIIA") : QStringLiteral("IIIB");
    if (c.n == "N1") {
        if (in(c.t, {"T1"}))
            return QStringLiteral("IIB");
        return c.t == "T2" ? QStringLiteral("IIIA") : QStringLiteral("IIIB");
    }
    return {};
}

// Oesophagus, pTNM, squamous cell carcinoma: N0 groups read the grade and, for T3, the location.
// T3 N0: lower third IIA whatever the grade; upper or middle third IIA for G1, IIB for G2–G3 and GX;
// location unknown (X) IIB.
QString oesophagusPathologicalSquamous(const Combo &c) {
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T0")
        return {};
    if (c.n != "N0")
        return oesophagusPathologicalAdvanced(c);
    if (c.t == "T1a")
        return is(c.grade, {"G1", "GX"}) ? QStringLiteral("IA") : QStringLiteral("IB");
    if (c.t == "T1b")
        return QStringLiteral("IB");
    if (c.t == "T2")
        return c.grade == "G1" ? QStringLiteral("IB") : QStringLiteral("IIA");
    if (c.t == "T3") {
        if (c.location == "lower")
            return QStringLiteral("IIA");
        if (c.location == "X")
            return QStringLiteral("IIB");
        return c.grade == "G1" ? QStringLiteral("IIA") : QStringLiteral("IIB");
    }
    return oesophagusPathologicalAdvanced(c);
}

// Oesophagus, pTNM, adenocarcinoma: N0 groups of T1–T2 read the grade.
QString oesophagusPathologicalAdeno(const Combo &c) {
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T0")
        return {};
    if (c.n != "N0")
        return oesophagusPathologicalAdvanced(c);
    if (c.t == "T1a") {
        if (is(c.grade, {"G1", "GX"}))
            return QStringLiteral("IA");
        return c.grade == "G2" ? QStringLiteral("IB") : QStringLiteral("IC");
    }
    if (c.t == "T1b")
        return c.grade == "G3" ? QStringLiteral("IC") : QStringLiteral("IB");
    if (c.t == "T2")
        return is(c.grade, {"G1", "G2"}) ? QStringLiteral("IC") : QStringLiteral("IIA");
    if (c.t == "T3")
        return QStringLiteral("IIB");
    return oesophagusPathologicalAdvanced(c);
}

// Oesophagus, ypTNM: the same groups for both histologies; ypT4a NX is IVA as the table says.
QString oesophagusPostTherapy(const Combo &c) {
    if (c.n == "N3" || c.t == "T4b")
        return QStringLiteral("IVA");
    if (c.t == "T4a")
        return c.n == "N0" ? QStringLiteral("IIIB") : QStringLiteral("IVA"); // N1, N2 and NX
    if (c.t == "TX" || c.n == "NX")
        return {};
    if (is(c.t, {"T0", "Tis", "T1", "T1a", "T1b", "T2"})) {
        if (c.n == "N0")
            return QStringLiteral("I");
        return c.n == "N1" ? QStringLiteral("IIIA") : QStringLiteral("IIIB");
    }
    if (c.t == "T3")
        return c.n == "N0" ? QStringLiteral("II") : QStringLiteral("IIIB");
    return {};
}

QString oesophagus(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IVB");
    if (c.basis == Basis::PostTherapy)
        return oesophagusPostTherapy(c);
    if (c.t == "TX" || c.n == "NX")
        return {}; // only the ypTNM table gives a group with an X category
    const bool squamous = c.histology == "squamous";
    if (c.basis == Basis::Clinical)
        return squamous ? oesophagusClinicalSquamous(c) : oesophagusClinicalAdeno(c);
    return squamous ? oesophagusPathologicalSquamous(c) : oesophagusPathologicalAdeno(c);
}

QString liver(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IVB");
    if (c.t == "T0")
        return {};
    if (c.n == "N1")
        return QStringLiteral("IVA");
    if (c.t == "T1a")
        return QStringLiteral("IA");
    if (c.t == "T1b")
        return QStringLiteral("IB");
    if (c.t == "T2")
        return QStringLiteral("II");
    if (c.t == "T3")
        return QStringLiteral("IIIA");
    if (c.t == "T4")
        return QStringLiteral("IIIB");
    return {};
}

QString intrahepaticBileDucts(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IV");
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T0")
        return {};
    if (c.n == "N1" || c.t == "T4")
        return QStringLiteral("IIIB");
    if (c.t == "T1a")
        return QStringLiteral("IA");
    if (c.t == "T1b")
        return QStringLiteral("IB");
    if (c.t == "T2")
        return QStringLiteral("II");
    if (c.t == "T3")
        return QStringLiteral("IIIA");
    return {};
}

SiteInfo tnmSite(const char *id, const QString &label) {
    return {QLatin1String(id), label, QStringLiteral("UICC TNM"), uicc8(), true};
}

} // namespace

std::vector<SiteTable> digestiveTables() {
    std::vector<SiteTable> tables;
    tables.push_back({tnmSite("colon-rectum", QStringLiteral("Côlon et rectum")),
                      {list("T", {"X", "0", "is", "1", "2", "3", "4", "4a", "4b"}),
                       list("N", {"X", "0", "1", "1a", "1b", "1c", "2", "2a", "2b"}),
                       list("M", {"0", "1", "1a", "1b", "1c"})},
                      {},
                      NoFactor,
                      false,
                      colonRectum});
    tables.push_back({tnmSite("pancreas", QStringLiteral("Pancréas exocrine")),
                      {list("T", {"X", "0", "is", "1", "1a", "1b", "1c", "2", "3", "4"}),
                       list("N", {"X", "0", "1", "2"}), list("M", {"0", "1"})},
                      {},
                      NoFactor,
                      false,
                      pancreas});
    tables.push_back({tnmSite("stomach", QStringLiteral("Estomac")),
                      {list("T", {"X", "0", "is", "1", "1a", "1b", "2", "3", "4", "4a", "4b"}),
                       list("N", {"X", "0", "1", "2", "3", "3a", "3b"}), list("M", {"0", "1"})},
                      {},
                      NoFactor,
                      false,
                      stomach});
    tables.push_back({tnmSite("oesophagus", QStringLiteral("Œsophage et jonction œso-gastrique")),
                      {list("T", {"X", "0", "is", "1", "1a", "1b", "2", "3", "4", "4a", "4b"}),
                       list("N", {"X", "0", "1", "2", "3"}), list("M", {"0", "1"})},
                      {},
                      Histology | Grade | Location,
                      true,
                      oesophagus});
    tables.push_back({tnmSite("liver", QStringLiteral("Foie (carcinome hépatocellulaire)")),
                      {list("T", {"X", "0", "1", "1a", "1b", "2", "3", "4"}), list("N", {"X", "0", "1"}),
                       list("M", {"0", "1"})},
                      {},
                      NoFactor,
                      false,
                      liver});
    tables.push_back({tnmSite("intrahepatic-bile-ducts", QStringLiteral("Voies biliaires intrahépatiques")),
                      {list("T", {"X", "0", "is", "1", "1a", "1b", "2", "3", "4"}),
                       list("N", {"X", "0", "1"}), list("M", {"0", "1"})},
                      {},
                      NoFactor,
                      false,
                      intrahepaticBileDucts});
    return tables;
}

} // namespace concerto::staging::detail
