// The stage group of a TNM for its site. Each category is first checked against the site's list (a
// category that does not exist is refused with the list); then every precise combination the TNM still
// allows is asked of the site's table: a parent category (T4) stands for its subcategories (T4a, T4b),
// an unknown one (TX, or not given) for all, an unknown factor (PSA, grade…) for all its values. One
// group for all: staged. Several: what decides between them is missing; when they share a heading
// (IVA, IVB, IVC: IV) that heading is the group, less precise.
#include "models/staging/sitetable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <unordered_map>

namespace concerto::staging {

using namespace detail;

namespace detail {

// "IIIC1" -> {roman "III", letter "C", digit "1"}; "0is" -> {"0", "is", ""}.
GroupParts groupParts(const QString &group) {
    static const QRegularExpression re(QStringLiteral("^(0|IV|III|II|I)(is|a|[A-D])?([1-3])?$"));
    const QRegularExpressionMatch m = re.match(group);
    return {m.captured(1), m.captured(2), m.captured(3)};
}

} // namespace detail

namespace {

// One thing the combinations vary over: its values, and what to give to fix it.
struct Dimension {
    QStringList values;
    QString missing; // empty when known (one value)
};

// A category c has d as a subcategory when d is c followed by a letter a–d and an optional digit 1–3,
// or by a digit (T1a -> T1a1).
bool isSubcategory(const QString &c, const QString &d) {
    static const QRegularExpression rest(QStringLiteral("^(?:[a-d][1-3]?|[1-3])$"));
    return d.size() > c.size() && d.startsWith(c) && rest.match(d.mid(c.size())).hasMatch();
}

bool hasSubcategories(const QString &c, const QStringList &all) {
    return std::any_of(all.begin(), all.end(), [&](const QString &d) { return isSubcategory(c, d); });
}

// The precise categories a written one stands for: itself, its subcategories, or every category for
// an unknown one.
QStringList leaves(const QString &category, const QStringList &all) {
    QStringList result;
    const bool unknown = category.isEmpty() || category.endsWith(QLatin1Char('X'));
    for (const QString &d : all) {
        if (d.endsWith(QLatin1Char('X')) || hasSubcategories(d, all))
            continue;
        if (unknown || d == category || isSubcategory(category, d))
            result << d;
    }
    return result;
}

Dimension categoryDimension(const QString &written, const QStringList &all, char letter) {
    Dimension d;
    d.values = leaves(written, all);
    if (d.values.size() <= 1)
        return d;
    if (written.isEmpty() || written.endsWith(QLatin1Char('X')))
        d.missing = QCoreApplication::translate("Staging", "%1 category").arg(QLatin1Char(letter));
    else
        d.missing = QCoreApplication::translate("Staging", "%1 subcategory (%2)")
                        .arg(QLatin1Char(letter))
                        .arg(d.values.join(QStringLiteral(", ")));
    return d;
}

Dimension factorDimension(const QString &known, const QStringList &all, const QString &missing) {
    if (!known.isEmpty())
        return {{known}, {}};
    return {all, missing};
}

int romanRank(const QString &roman) {
    static const QStringList order{QStringLiteral("0"), QStringLiteral("I"), QStringLiteral("II"),
                                   QStringLiteral("III"), QStringLiteral("IV")};
    return int(order.indexOf(roman));
}

bool groupLess(const QString &a, const QString &b) {
    const GroupParts pa = groupParts(a), pb = groupParts(b);
    if (pa.roman != pb.roman)
        return romanRank(pa.roman) < romanRank(pb.roman);
    return a < b;
}

// The heading shared by every group ("IVA", "IVB" -> "IV"; "IIIC1", "IIIC2" -> "IIIC"), or empty.
QString sharedHeading(const QStringList &groups) {
    const GroupParts first = groupParts(groups.constFirst());
    if (first.roman.isEmpty())
        return {};
    bool sameLetter = true;
    for (const QString &g : groups) {
        const GroupParts p = groupParts(g);
        if (p.roman != first.roman)
            return {};
        sameLetter = sameLetter && p.letter == first.letter;
    }
    return sameLetter ? first.roman + first.letter : first.roman;
}

QString histologyOf(const QString &morphology) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4}))"));
    const QRegularExpressionMatch m = re.match(morphology.trimmed());
    if (!m.hasMatch())
        return {};
    const int code = m.captured(1).toInt();
    if ((code >= 8050 && code <= 8089) || code == 8560) // adenosquamous: staged as squamous
        return QStringLiteral("squamous");
    if ((code >= 8140 && code <= 8389) || (code >= 8440 && code <= 8551) || (code >= 8570 && code <= 8576))
        return QStringLiteral("adeno");
    return {};
}

QString psaBand(double psa) {
    return psa < 10.0 ? QStringLiteral("<10") : psa < 20.0 ? QStringLiteral("10-20") : QStringLiteral(">=20");
}

QString normalGrade(const QString &grade) {
    QString g = grade.trimmed().toUpper();
    if (!g.isEmpty() && !g.startsWith(QLatin1Char('G')))
        g.prepend(QLatin1Char('G'));
    return g;
}

QString normalLocation(const QString &location) {
    const QString l = location.trimmed().toLower();
    return l == QLatin1String("x") ? QStringLiteral("X") : l;
}

// The reasons the factors cannot be used, if any.
QStringList factorProblems(const StageFactors &f, unsigned factors) {
    QStringList problems;
    if ((factors & Psa) && f.psa && *f.psa < 0)
        problems
            << QCoreApplication::translate("Staging", "A PSA cannot be negative (%1 ng/mL).").arg(*f.psa);
    if ((factors & GradeGroup) && (f.gradeGroup < 0 || f.gradeGroup > 5))
        problems << QCoreApplication::translate("Staging", "The ISUP grade group goes from 1 to 5, not %1.")
                        .arg(f.gradeGroup);
    if ((factors & Grade) && !f.grade.trimmed().isEmpty() &&
        !is(normalGrade(f.grade), {"G1", "G2", "G3", "GX"}))
        problems << QCoreApplication::translate(
                        "Staging",
                        "\"%1\" is not a grade of the 8th edition: G1, G2, G3 or GX (G4 became G3).")
                        .arg(f.grade);
    if ((factors & Location) && !f.location.trimmed().isEmpty() &&
        !is(normalLocation(f.location), {"upper", "middle", "lower", "X"}))
        problems << QCoreApplication::translate(
                        "Staging", "\"%1\" is not a location: upper, middle or lower third, or X.")
                        .arg(f.location);
    return problems;
}

struct Evaluation {
    QStringList groups;  // the distinct groups, in order
    QStringList missing; // the dimensions that decide between them
};

// Every combination of the dimensions, asked of the table.
Evaluation evaluate(const SiteTable &table, const std::vector<Dimension> &dims, Basis basis) {
    // Combination number k holds value (k / stride[d]) % size[d] of dimension d.
    std::vector<size_t> size(dims.size()), stride(dims.size());
    size_t total = 1;
    for (size_t d = 0; d < dims.size(); ++d) {
        size[d] = size_t(dims[d].values.size());
        stride[d] = total;
        total *= size[d];
    }
    const auto at = [&](size_t k, size_t d) -> const QString & {
        return dims[d].values[qsizetype(k / stride[d] % size[d])];
    };
    std::vector<QString> results(total);
    Evaluation e;
    for (size_t k = 0; k < total; ++k) {
        Combo c;
        c.t = at(k, 0);
        c.n = at(k, 1);
        c.m = at(k, 2);
        c.basis = basis;
        c.histology = at(k, 3);
        c.psa = at(k, 4);
        c.gradeGroup = at(k, 5).toInt();
        c.grade = at(k, 6);
        c.location = at(k, 7);
        results[k] = table.group(c);
        if (!results[k].isEmpty() && !e.groups.contains(results[k]))
            e.groups << results[k];
    }
    std::sort(e.groups.begin(), e.groups.end(), groupLess);
    if (e.groups.size() < 2)
        return e;
    // A dimension decides when changing it alone changes the group: two combinations that differ only
    // there (the same number once its own part is taken out) give two groups.
    for (size_t d = 0; d < dims.size(); ++d) {
        if (size[d] < 2)
            continue;
        std::unordered_map<size_t, size_t> first; // the others' part -> the first combination with a group
        bool decides = false;
        for (size_t k = 0; k < total && !decides; ++k) {
            if (results[k].isEmpty())
                continue;
            const size_t others = k - (k / stride[d] % size[d]) * stride[d];
            const auto [it, inserted] = first.emplace(others, k);
            decides = !inserted && results[it->second] != results[k];
        }
        if (decides)
            e.missing << dims[d].missing;
    }
    if (e.missing.isEmpty())
        for (const Dimension &dim : dims)
            if (!dim.missing.isEmpty())
                e.missing << dim.missing;
    return e;
}

} // namespace

StageResult stageOf(const QString &topography, const QString &morphology, const TnmStaging &tnm,
                    const StageFactors &factors) {
    StageResult r;
    r.site = siteFor(topography, morphology);
    if (!r.site) {
        r.outcome = StageOutcome::NoTable;
        r.reasons << (morphology.trimmed().isEmpty()
                          ? QCoreApplication::translate("Staging",
                                                        "No staging table here covers topography %1.")
                                .arg(topography)
                          : QCoreApplication::translate(
                                "Staging", "No staging table here covers topography %1 with morphology %2.")
                                .arg(topography, morphology));
        return r;
    }
    const SiteInfo &site = *r.site;
    if (!site.usesTnm) {
        r.outcome = tnm.isEmpty() ? StageOutcome::NoTable : StageOutcome::Refused;
        r.reasons << (site.system.isEmpty()
                          ? QCoreApplication::translate("Staging", "T, N and M are not applicable to %1.")
                                .arg(site.label)
                          : QCoreApplication::translate(
                                "Staging", "T, N and M are not applicable to %1: it is staged with %2 (%3).")
                                .arg(site.label, site.system, site.edition));
        return r;
    }
    const SiteTable &table = *tableFor(site.id);
    const int edition = validation::tnmEditionNumber(tnm.edition);
    if (!tnm.edition.trimmed().isEmpty() && edition != 8) {
        r.outcome = StageOutcome::NoTable;
        r.reasons << QCoreApplication::translate(
                         "Staging", "The tables here are UICC 8 (2017): a TNM of %1 is not staged with them.")
                         .arg(tnm.edition);
        return r;
    }
    if (const validation::Check prefix = validation::checkTnmPrefix(tnm.prefix); !prefix)
        r.reasons << prefix.messages;
    // The written categories, checked against the site's lists.
    const QString *values[3] = {&tnm.t, &tnm.n, &tnm.m};
    const validation::TnmCategory kinds[3] = {validation::TnmCategory::T, validation::TnmCategory::N,
                                              validation::TnmCategory::M};
    const char letters[3] = {'T', 'N', 'M'};
    QString written[3];
    QString basisPrefix = tnm.prefix;
    for (int i = 0; i < 3 && basisPrefix.isEmpty(); ++i)
        basisPrefix = readCategory(*values[i]).prefix;
    const Basis basis = basisOf(basisPrefix);
    for (int i = 0; i < 3; ++i) {
        if (values[i]->trimmed().isEmpty())
            continue;
        if (const validation::Check form = validation::checkTnmComponent(kinds[i], *values[i], 8); !form) {
            r.reasons << form.messages;
            continue;
        }
        const WrittenCategory w = readCategory(*values[i]);
        const QString prefix = w.prefix.isEmpty() ? tnm.prefix : w.prefix;
        const QStringList allowed = categories(site.id, kinds[i], prefix);
        if (!allowed.contains(w.category)) {
            const bool own = prefix.contains(QLatin1Char('p')) && !table.pathological.t.isEmpty();
            QStringList shown = allowed;
            if (own)
                for (QString &a : shown)
                    a.prepend(QLatin1Char('p'));
            r.reasons << QCoreApplication::translate(
                             "Staging", "%1 does not exist for %2 (%3): the %4 categories are %5.")
                             .arg(prefix + w.category, site.label, site.edition,
                                  (own ? QStringLiteral("p") : QString()) + QLatin1Char(letters[i]),
                                  shown.join(QStringLiteral(", ")));
            continue;
        }
        written[i] = w.category;
    }
    r.reasons << factorProblems(factors, table.factors);
    if (!r.reasons.isEmpty()) {
        r.outcome = StageOutcome::Refused;
        return r;
    }
    // Every precise combination.
    const CategoryLists &lists =
        basis != Basis::Clinical && !table.pathological.t.isEmpty() ? table.pathological : table.clinical;
    std::vector<Dimension> dims{categoryDimension(written[0], lists.t, 'T'),
                                categoryDimension(written[1], lists.n, 'N'),
                                categoryDimension(written[2], lists.m, 'M')};
    const Dimension none{{QString()}, {}};
    dims.push_back(
        table.factors & Histology
            ? factorDimension(histologyOf(morphology), {QStringLiteral("squamous"), QStringLiteral("adeno")},
                              QCoreApplication::translate(
                                  "Staging", "histological type (squamous cell carcinoma or adenocarcinoma)"))
            : none);
    dims.push_back(table.factors & Psa ? factorDimension(factors.psa ? psaBand(*factors.psa) : QString(),
                                                         {QStringLiteral("<10"), QStringLiteral("10-20"),
                                                          QStringLiteral(">=20")},
                                                         QCoreApplication::translate("Staging", "PSA"))
                                       : none);
    dims.push_back(
        table.factors & GradeGroup
            ? factorDimension(factors.gradeGroup > 0 ? QString::number(factors.gradeGroup) : QString(),
                              {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                               QStringLiteral("4"), QStringLiteral("5")},
                              QCoreApplication::translate("Staging", "ISUP grade group"))
            : none);
    dims.push_back(table.factors & Grade
                       ? factorDimension(normalGrade(factors.grade),
                                         {QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"),
                                          QStringLiteral("GX")},
                                         QCoreApplication::translate("Staging", "grade (G1, G2, G3 or GX)"))
                       : none);
    dims.push_back(table.factors & Location
                       ? factorDimension(normalLocation(factors.location),
                                         {QStringLiteral("upper"), QStringLiteral("middle"),
                                          QStringLiteral("lower"), QStringLiteral("X")},
                                         QCoreApplication::translate(
                                             "Staging", "location (upper, middle or lower third)"))
                       : none);
    Evaluation e;
    bool done = false;
    if (table.handlesX && (written[0].endsWith(QLatin1Char('X')) || written[1].endsWith(QLatin1Char('X')))) {
        // Some tables give a group to an X category as written (ypT4a NX): ask them first.
        std::vector<Dimension> asWritten = dims;
        for (int i = 0; i < 2; ++i)
            if (written[i].endsWith(QLatin1Char('X')))
                asWritten[size_t(i)] = {{written[i]}, {}};
        Evaluation first = evaluate(table, asWritten, basis);
        if (!first.groups.isEmpty()) {
            e = first;
            done = true;
        }
    }
    if (!done)
        e = evaluate(table, dims, basis);
    if (e.groups.isEmpty()) {
        r.outcome = StageOutcome::NoGroup;
        r.reasons << QCoreApplication::translate("Staging", "%1 gives no stage group to %2 (%3).")
                         .arg(site.edition, tnmText(tnm), site.label);
        return r;
    }
    if (e.groups.size() == 1) {
        r.outcome = StageOutcome::Staged;
        r.stage = e.groups.constFirst();
        return r;
    }
    r.possible = e.groups;
    r.missing = e.missing;
    r.stage = sharedHeading(e.groups);
    r.outcome = r.stage.isEmpty() ? StageOutcome::Missing : StageOutcome::Staged;
    return r;
}

} // namespace concerto::staging
