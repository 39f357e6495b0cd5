// The stagings beside TNM on a fiche (name, version, value): FIGO for the cervix (2018), the
// endometrium (2009) and the ovary (2014); Ann Arbor / Lugano 2014 for lymphomas; R-ISS (and ISS) for
// myeloma. Each is checked against the tumour's site; a system these tables do not know passes.
#include "models/staging/sitetable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concerto::staging {

using namespace detail;

namespace {

enum class System { Figo, Lymphoma, Myeloma, Other };

System systemOf(const QString &name) {
    const QString n = name.trimmed().toLower();
    if (n.startsWith(QLatin1String("figo")))
        return System::Figo;
    if (n.contains(QLatin1String("ann arbor")) || n.contains(QLatin1String("lugano")) ||
        n.contains(QLatin1String("cotswolds")))
        return System::Lymphoma;
    if (n == QLatin1String("r-iss") || n == QLatin1String("riss") || n == QLatin1String("iss") ||
        n == QStringLiteral("iss révisé"))
        return System::Myeloma;
    return System::Other;
}

QStringList values(std::initializer_list<const char *> list) {
    QStringList result;
    for (const char *v : list)
        result << QLatin1String(v);
    return result;
}

// A listed value, or one of its headings (IB for IB1, III for IIIC1).
bool figoValueExists(const QString &value, const QStringList &listed) {
    static const QRegularExpression parts(QStringLiteral("^(IV|III|II|I)([A-C])?([1-3])?$"));
    for (const QString &v : listed) {
        if (v == value)
            return true;
        const QRegularExpressionMatch m = parts.match(v);
        if (m.hasMatch() && (value == m.captured(1) || value == m.captured(1) + m.captured(2)))
            return true;
    }
    return false;
}

validation::Check checkFigo(const SiteInfo &site, const OtherStaging &staging) {
    QString value = staging.value.trimmed().toUpper().remove(QLatin1Char(' '));
    if (site.id == QLatin1String("cervix")) // FIGO 2018: IIIC1r, IIIC2p say how the nodes were found
        value.remove(QRegularExpression(QStringLiteral("(?<=IIIC[12])[RP]$")));
    if (site.id == QLatin1String("ovary")) // FIGO 2014: IIIA1(i), IIIA1(ii) by the size of the node
        value.remove(QRegularExpression(QStringLiteral(R"((?<=IIIA1)\((I|II)\)$)")));
    QStringList problems;
    if (!figoValueExists(value, otherStagingValues(site.id)))
        problems << QCoreApplication::translate("Staging", "\"%1\" is not a %2 stage of %3: %4.")
                        .arg(staging.value, site.edition, site.label,
                             otherStagingValues(site.id).join(QStringLiteral(", ")));
    static const QRegularExpression year(QStringLiteral(R"((\d{4}))"));
    const QRegularExpressionMatch given = year.match(staging.version);
    const QString expected = year.match(site.edition).captured(1);
    if (given.hasMatch() && given.captured(1) != expected)
        problems << QCoreApplication::translate(
                        "Staging",
                        "%1 is staged with %2 here: a FIGO %3 stage cannot be checked; restage with FIGO %4.")
                        .arg(site.label, site.edition, given.captured(1), expected);
    validation::Check check;
    for (const QString &p : problems)
        check.add(p);
    return check;
}

bool gynaecologicalTopography(const QString &topography) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*C5[1-8])"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(topography).hasMatch();
}

} // namespace

QStringList otherStagingValues(const QString &siteId) {
    if (siteId == QLatin1String("cervix"))
        return values({"IA1", "IA2", "IB1", "IB2", "IB3", "IIA1", "IIA2", "IIB", "IIIA", "IIIB", "IIIC1",
                       "IIIC2", "IVA", "IVB"});
    if (siteId == QLatin1String("endometrium"))
        return values({"IA", "IB", "II", "IIIA", "IIIB", "IIIC1", "IIIC2", "IVA", "IVB"});
    if (siteId == QLatin1String("ovary"))
        return values(
            {"IA", "IB", "IC1", "IC2", "IC3", "IIA", "IIB", "IIIA1", "IIIA2", "IIIB", "IIIC", "IVA", "IVB"});
    if (siteId == QLatin1String("hodgkin"))
        return values({"IA", "IB", "IEA", "IEB", "IIA", "IIB", "IIEA", "IIEB", "IIIA", "IIIB", "IVA", "IVB"});
    if (siteId == QLatin1String("non-hodgkin"))
        return values({"I", "IE", "II", "IIE", "II bulky", "III", "IV"});
    if (siteId == QLatin1String("myeloma"))
        return values({"I", "II", "III"});
    return {};
}

validation::Check checkOtherStaging(const QString &topography, const QString &morphology,
                                    const OtherStaging &staging) {
    const QString name = staging.name.trimmed();
    const QString value = staging.value.trimmed();
    if (name.isEmpty() && value.isEmpty())
        return validation::Check::pass();
    if (name.isEmpty())
        return validation::Check::fail(
            QCoreApplication::translate("Staging",
                                        "Name the staging system of \"%1\" (FIGO, Ann Arbor, R-ISS…).")
                .arg(value));
    if (value.isEmpty())
        return validation::Check::fail(
            QCoreApplication::translate("Staging", "Give the %1 stage.").arg(name));
    const System system = systemOf(name);
    if (system == System::Other)
        return validation::Check::pass();
    const std::optional<SiteInfo> site = siteFor(topography, morphology);
    const QString where = site ? site->label : topography;
    switch (system) {
    case System::Figo:
        if (site && site->system == QLatin1String("FIGO"))
            return checkFigo(*site, staging);
        if ((!site || site->usesTnm) && gynaecologicalTopography(topography))
            return validation::Check::pass(); // vulva, vagina, placenta…: no FIGO table here
        return validation::Check::fail(
            QCoreApplication::translate(
                "Staging", "FIGO stages gynaecological cancers (cervix, endometrium, ovary…), not %1.")
                .arg(where));
    case System::Lymphoma: {
        const bool lymphoma =
            site && (site->id == QLatin1String("hodgkin") || site->id == QLatin1String("non-hodgkin"));
        if (!lymphoma && !morphology.trimmed().isEmpty())
            return validation::Check::fail(
                QCoreApplication::translate(
                    "Staging", "%1 stages lymphomas: this tumour is not one (%2, morphology %3).")
                    .arg(name, where, morphology));
        if (!lymphoma && site && !site->usesTnm)
            return validation::Check::fail(
                QCoreApplication::translate("Staging", "%1 stages lymphomas, not %2.").arg(name, where));
        // Without a morphology a lymphoma of an organ cannot be told from a carcinoma: the value is
        // checked as Hodgkin's, the widest.
        const bool hodgkin = !lymphoma || site->id == QLatin1String("hodgkin");
        const QString problem = lymphomaStageProblem(value, hodgkin);
        return problem.isEmpty() ? validation::Check::pass() : validation::Check::fail(problem);
    }
    case System::Myeloma:
        if (site && site->id != QLatin1String("myeloma"))
            return validation::Check::fail(
                QCoreApplication::translate("Staging", "%1 stages multiple myeloma, not %2.")
                    .arg(name, where));
        if (!otherStagingValues(QStringLiteral("myeloma")).contains(value.toUpper()))
            return validation::Check::fail(
                QCoreApplication::translate("Staging",
                                            "\"%1\" is not a %2 stage: there are three, I, II and III.")
                    .arg(value, name));
        return validation::Check::pass();
    case System::Other:
        break;
    }
    return validation::Check::pass();
}

} // namespace concerto::staging
