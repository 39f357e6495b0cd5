// Stage tables of the head and neck, UICC TNM 8th edition (2017): lip and oral cavity, oropharynx
// (p16-negative table), larynx and hypopharynx share one set of groups. The p16 status is not recorded
// on the fiche: an oropharynx is staged as p16-negative, and its label says so.
#include "models/staging/sitetable.h"

namespace concerto::staging::detail {

namespace {

QString headNeck(const Combo &c) {
    if (c.m == "M1")
        return QStringLiteral("IVC");
    if (c.t == "Tis")
        return c.n == "N0" ? QStringLiteral("0") : QString();
    if (c.t == "T0")
        return {};
    if (c.t == "T4b" || in(c.n, {"N3"}))
        return QStringLiteral("IVB");
    if (c.t == "T4a" || in(c.n, {"N2"}))
        return QStringLiteral("IVA");
    if (c.n == "N1" || c.t == "T3")
        return QStringLiteral("III");
    if (in(c.t, {"T1"}))
        return QStringLiteral("I");
    if (c.t == "T2")
        return QStringLiteral("II");
    return {};
}

SiteTable table(const char *id, const QString &label, const QStringList &t) {
    return {{QLatin1String(id), label, QStringLiteral("UICC TNM"), uicc8(), true},
            {t, list("N", {"X", "0", "1", "2", "2a", "2b", "2c", "3", "3a", "3b"}), list("M", {"0", "1"})},
            {},
            NoFactor,
            false,
            headNeck};
}

} // namespace

std::vector<SiteTable> headNeckTables() {
    const QStringList t = list("T", {"X", "0", "is", "1", "2", "3", "4", "4a", "4b"});
    return {
        table("oral-cavity", QStringLiteral("Lèvre et cavité buccale"), t),
        table("oropharynx-p16-negative",
              QStringLiteral("Oropharynx, p16 négatif (statut p16 non renseigné : classé comme négatif)"), t),
        // T1a and T1b: glottis
        table("larynx", QStringLiteral("Larynx"),
              list("T", {"X", "0", "is", "1", "1a", "1b", "2", "3", "4", "4a", "4b"})),
        table("hypopharynx", QStringLiteral("Hypopharynx"), t),
    };
}

} // namespace concerto::staging::detail
