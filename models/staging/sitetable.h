// Inside the staging tables: what one site's table is made of (its categories, the factors it reads
// beside T, N and M, and the function giving the stage group of one precise combination). The tables
// themselves live in one file per group of sites (digestive.cpp, thoracic.cpp…); stagegroup.cpp turns
// an incomplete TNM into every precise combination and asks the table for each.
#pragma once

#include "models/staging/staging.h"

#include <initializer_list>
#include <vector>

namespace concerto::staging::detail {

// Which stage table of the site applies: c (and yc, rc, no prefix), p (and rp), or yp.
enum class Basis { Clinical, Pathological, PostTherapy };

// What a table reads beside T, N and M.
enum Factor : unsigned {
    NoFactor = 0,
    Histology = 1,  // oesophagus: "squamous" or "adeno"
    Psa = 2,        // prostate: "<10", "10-20", ">=20"
    GradeGroup = 4, // prostate: 1–5
    Grade = 8,      // oesophagus, pathological: G1, G2, G3, GX
    Location = 16,  // oesophagus, squamous, pathological: upper, middle, lower, X
};

// One precise combination: leaf categories without prefix ("T4a", "N2b", "M1c") and every factor the
// table reads. Only tables with handlesX ever see an X category.
struct Combo {
    QString t, n, m;
    Basis basis = Basis::Clinical;
    QString histology;
    QString psa;
    int gradeGroup = 0;
    QString grade;
    QString location;
};

// True when the category is one of the families: "T1" holds T1, T1mi, T1a, T1b2…; "T4a" holds T4a.
bool in(const QString &category, std::initializer_list<const char *> families);
// True when the value is exactly one of the list.
bool is(const QString &value, std::initializer_list<const char *> values);

struct CategoryLists {
    QStringList t, n, m;
};

struct SiteTable {
    SiteInfo info;
    CategoryLists clinical;
    CategoryLists pathological; // p, yp and rp categories when they differ; empty lists: same as clinical
    unsigned factors = NoFactor;
    bool handlesX = false; // the group function is asked first with TX/NX as written (oesophagus ypT4a NX)
    // The group of one combination, or an empty text when the table gives none ("T0 N0 M0").
    QString (*group)(const Combo &) = nullptr;
};

// The tables by group of sites, each in its file.
std::vector<SiteTable> digestiveTables(); // colon-rectum, pancreas, stomach, oesophagus, liver, bile ducts
std::vector<SiteTable> thoracicTables();  // lung
std::vector<SiteTable> breastGynTables(); // breast, cervix, endometrium, ovary
std::vector<SiteTable> urologyTables();   // prostate, kidney, bladder
std::vector<SiteTable> headNeckTables();  // oral cavity, oropharynx p16-negative, larynx, hypopharynx
std::vector<SiteTable> skinTables();      // melanoma of the skin
std::vector<SiteInfo> haematologySites(); // lymphomas, myeloma, other haematological malignancies

// A stage group in parts: "IIIC1" is {"III", "C", "1"}, "0is" is {"0", "is", ""}; all empty when it is
// not a group (stagegroup.cpp).
struct GroupParts {
    QString roman, letter, digit;
};
GroupParts groupParts(const QString &group);

// One category as recorded ("cM0(i+)", "pT2(m)", "Tx"): its own prefix, the category in canonical case
// without what follows in brackets ("M0", "T2", "TX"), and that bracket ("(i+)").
struct WrittenCategory {
    QString prefix;
    QString category;
    QString suffix;
};
WrittenCategory readCategory(const QString &value); // tnmparse.cpp
Basis basisOf(const QString &prefix);

// What is wrong with an Ann Arbor / Lugano stage value, or an empty text (haematology.cpp).
QString lymphomaStageProblem(const QString &value, bool hodgkin);

// Every TNM table, in the order allSites() gives.
const std::vector<SiteTable> &siteTables();
// The table of a site, or nullptr (unknown site or a site without TNM).
const SiteTable *tableFor(const QString &siteId);

// The UICC 8 edition every TNM table here comes from.
QString uicc8();

// Category lists written compactly: list("T", {"X", "0", "is", "1", "1a"}) gives TX, T0, Tis, T1, T1a.
QStringList list(const char *letter, std::initializer_list<const char *> suffixes);

} // namespace concerto::staging::detail
