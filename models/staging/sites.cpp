// Which table stages a tumour: the ICD-10 topography and the ICD-O-3 morphology lead to a site (the
// morphology first: lymphomas, myeloma and melanoma have their own system wherever they sit), and the
// list of every site and of its categories.
#include "models/staging/sitetable.h"

#include <QRegularExpression>

namespace concerto::staging::detail {

bool in(const QString &category, std::initializer_list<const char *> families) {
    for (const char *family : families)
        if (category.startsWith(QLatin1String(family)))
            return true;
    return false;
}

bool is(const QString &value, std::initializer_list<const char *> values) {
    for (const char *v : values)
        if (value == QLatin1String(v))
            return true;
    return false;
}

QString uicc8() {
    return QStringLiteral("UICC 8 (2017)");
}

QStringList list(const char *letter, std::initializer_list<const char *> suffixes) {
    QStringList result;
    for (const char *suffix : suffixes)
        result << QLatin1String(letter) + QLatin1String(suffix);
    return result;
}

const std::vector<SiteTable> &siteTables() {
    static const std::vector<SiteTable> tables = [] {
        std::vector<SiteTable> all;
        for (auto group :
             {digestiveTables, thoracicTables, breastGynTables, urologyTables, headNeckTables, skinTables})
            for (SiteTable &table : group())
                all.push_back(std::move(table));
        return all;
    }();
    return tables;
}

const SiteTable *tableFor(const QString &siteId) {
    for (const SiteTable &table : siteTables())
        if (table.info.id == siteId)
            return &table;
    return nullptr;
}

} // namespace concerto::staging::detail

namespace concerto::staging {

using namespace detail;

namespace {

struct Topography {
    QChar letter;
    int number = -1;      // 18 in C18.7
    int subdivision = -1; // 7 in C18.7, -1 when not given
};

std::optional<Topography> readTopography(const QString &code) {
    static const QRegularExpression re(QStringLiteral(R"(^([CD])(\d{2})(?:\.?(\d{1,2}))?(?:\+\d)?$)"));
    const QRegularExpressionMatch m = re.match(code.trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    Topography t;
    t.letter = m.captured(1).at(0);
    t.number = m.captured(2).toInt();
    t.subdivision = m.captured(3).isEmpty() ? -1 : m.captured(3).left(1).toInt();
    return t;
}

// The 4-digit ICD-O-3 histology code of "8140/3", or -1.
int morphologyCode(const QString &morphology) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})(?:/\d)?$)"));
    const QRegularExpressionMatch m = re.match(morphology.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool between(int code, int low, int high) {
    return code >= low && code <= high;
}

std::optional<SiteInfo> haematologySite(const char *id) {
    for (const SiteInfo &site : haematologySites())
        if (site.id == QLatin1String(id))
            return site;
    return std::nullopt;
}

std::optional<SiteInfo> tableSite(const char *id) {
    if (const SiteTable *table = tableFor(QLatin1String(id)))
        return table->info;
    return std::nullopt;
}

// Morphologies that the carcinoma tables do not stage: soft tissue sarcomas and GIST, synovial, vascular
// and bone sarcomas, nerve sheath tumours, mesothelioma and germ cell tumours outside the ovary.
bool notACarcinoma(int code) {
    return between(code, 8800, 8936) || between(code, 8990, 8991) || between(code, 9040, 9055) ||
           between(code, 9120, 9260) || between(code, 9540, 9581);
}

// Well-differentiated neuroendocrine tumours of the digestive tract have their own tables.
bool digestiveNeuroendocrineTumour(int code) {
    return is(QString::number(code), {"8240", "8241", "8242", "8249"}) || between(code, 8150, 8158);
}

std::optional<SiteInfo> haematologyByMorphology(int code) {
    if (between(code, 9650, 9667))
        return haematologySite("hodgkin");
    if (between(code, 9590, 9729))
        return haematologySite("non-hodgkin");
    if (code == 9732)
        return haematologySite("myeloma");
    return haematologySite("haematological-other");
}

std::optional<SiteInfo> haematologyByTopography(const Topography &t) {
    if (t.number == 81)
        return haematologySite("hodgkin");
    if (between(t.number, 82, 86))
        return haematologySite("non-hodgkin");
    if (t.number == 90 && t.subdivision == 0)
        return haematologySite("myeloma");
    return haematologySite("haematological-other");
}

// In situ carcinomas (D00–D09) of the sites whose table has Tis.
std::optional<SiteInfo> inSituSite(const Topography &t) {
    const int n = t.number, s = t.subdivision;
    if (n == 0 && s == 1)
        return tableSite("oesophagus");
    if (n == 0 && s == 2)
        return tableSite("stomach");
    if (n == 1 && between(s, 0, 2))
        return tableSite("colon-rectum");
    if (n == 2 && s == 0)
        return tableSite("larynx");
    if (n == 2 && s == 2)
        return tableSite("lung");
    if (n == 3)
        return tableSite("melanoma");
    if (n == 5)
        return tableSite("breast");
    if (n == 6)
        return tableSite("cervix");
    if (n == 9 && s == 0)
        return tableSite("bladder");
    return std::nullopt;
}

std::optional<SiteInfo> solidSite(const Topography &t, int code) {
    const int n = t.number, s = t.subdivision;
    if (n == 15 || (n == 16 && s == 0)) // UICC: the oesophagogastric junction is staged as the oesophagus
        return tableSite("oesophagus");
    if (n == 16)
        return tableSite("stomach");
    if (n == 18 && s == 1) // the appendix has its own table
        return std::nullopt;
    if (between(n, 18, 20))
        return tableSite("colon-rectum");
    if (n == 22) {
        if (s == 0 || (s != 1 && between(code, 8170, 8175)))
            return tableSite("liver");
        if (s == 1 || between(code, 8160, 8161) || code == 8180)
            return tableSite("intrahepatic-bile-ducts");
        return std::nullopt;
    }
    if (n == 25)
        return tableSite("pancreas");
    if (n == 34)
        return tableSite("lung");
    if (n == 50)
        return tableSite("breast");
    if (n == 53)
        return tableSite("cervix");
    if (n == 54)
        return tableSite("endometrium");
    if (n == 56 || (n == 57 && s == 0))
        return tableSite("ovary");
    if (n == 61)
        return tableSite("prostate");
    if (n == 64)
        return tableSite("kidney");
    if (n == 67)
        return tableSite("bladder");
    // Head and neck: the inferior surface of the soft palate and the uvula (C05.1, C05.2) are
    // oropharynx, the anterior surface of the epiglottis (C10.1) is larynx.
    if (n == 10 && s == 1)
        return tableSite("larynx");
    if (n == 1 || n == 9 || n == 10 || (n == 5 && (s == 1 || s == 2)))
        return tableSite("oropharynx-p16-negative");
    if (n == 0 || between(n, 2, 6))
        return tableSite("oral-cavity");
    if (n == 32)
        return tableSite("larynx");
    if (n == 12 || n == 13)
        return tableSite("hypopharynx");
    return std::nullopt;
}

} // namespace

std::optional<SiteInfo> siteFor(const QString &topography, const QString &morphology) {
    const std::optional<Topography> t = readTopography(topography);
    const int code = morphologyCode(morphology);
    if (between(code, 9590, 9989))
        return haematologyByMorphology(code);
    if (!t)
        return std::nullopt;
    if (t->letter == QLatin1Char('C') && between(t->number, 81, 96))
        return haematologyByTopography(*t);
    const bool melanocytic = between(code, 8720, 8790);
    if (t->letter == QLatin1Char('C') && (t->number == 43 || (t->number == 44 && melanocytic)))
        return tableSite("melanoma");
    if (t->letter == QLatin1Char('D'))
        return between(t->number, 0, 9) ? inSituSite(*t) : std::nullopt;
    if (melanocytic || notACarcinoma(code))
        return std::nullopt;
    if (between(t->number, 15, 26) && digestiveNeuroendocrineTumour(code))
        return std::nullopt;
    return solidSite(*t, code);
}

const std::vector<SiteInfo> &allSites() {
    static const std::vector<SiteInfo> sites = [] {
        std::vector<SiteInfo> all;
        for (const SiteTable &table : siteTables())
            all.push_back(table.info);
        for (const SiteInfo &site : haematologySites())
            all.push_back(site);
        return all;
    }();
    return sites;
}

QStringList categories(const QString &siteId, validation::TnmCategory category, const QString &prefix) {
    const SiteTable *table = tableFor(siteId);
    if (!table)
        return {};
    const bool pathological = prefix.contains(QLatin1Char('p')) && !table->pathological.t.isEmpty();
    const CategoryLists &lists = pathological ? table->pathological : table->clinical;
    switch (category) {
    case validation::TnmCategory::T:
        return lists.t;
    case validation::TnmCategory::N:
        return lists.n;
    case validation::TnmCategory::M:
        return lists.m;
    }
    return {};
}

} // namespace concerto::staging
