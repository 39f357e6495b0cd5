// concerto-cli check-tnm TOPOGRAPHY TNM: the site, the edition and the stage group of a TNM, from the
// staging tables in models/staging. Works without a database. Exit 0 with a stage group on stdout; 1
// when the topography has no table, the TNM cannot be read, a category does not exist for the site or
// information is missing (the reason on stderr); 2 for a wrong command line.
#include "app/cli/command.h"
#include "models/staging/staging.h"
#include "models/validation/icdcodes.h"

#include <QCoreApplication>

namespace concerto::cli {

namespace {

// "a, b or c"
QString alternatives(const QStringList &items) {
    if (items.size() < 2)
        return items.join(QString());
    return QCoreApplication::translate("Cli", "%1 or %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

// "a, b and c"
QString together(const QStringList &items) {
    if (items.size() < 2)
        return items.join(QString());
    return QCoreApplication::translate("Cli", "%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

// The factors given as options, or the reason one is wrong.
QString readFactors(const QCommandLineParser &p, staging::StageFactors &factors) {
    if (p.isSet(QStringLiteral("psa"))) {
        bool ok = false;
        const double psa =
            p.value(QStringLiteral("psa")).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || psa < 0)
            return QCoreApplication::translate("Cli", "--psa wants a PSA in ng/mL (e.g. 7.5), not \"%1\".")
                .arg(p.value(QStringLiteral("psa")));
        factors.psa = psa;
    }
    if (p.isSet(QStringLiteral("grade-group"))) {
        bool ok = false;
        const int group = p.value(QStringLiteral("grade-group")).toInt(&ok);
        if (!ok || group < 1 || group > 5)
            return QCoreApplication::translate(
                       "Cli", "--grade-group wants an ISUP grade group from 1 to 5, not \"%1\".")
                .arg(p.value(QStringLiteral("grade-group")));
        factors.gradeGroup = group;
    }
    if (p.isSet(QStringLiteral("grade"))) {
        const QString grade = p.value(QStringLiteral("grade")).trimmed().toUpper();
        static const QStringList grades{QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"),
                                        QStringLiteral("GX")};
        if (!grades.contains(grade))
            return QCoreApplication::translate("Cli", "--grade wants G1, G2, G3 or GX, not \"%1\".")
                .arg(p.value(QStringLiteral("grade")));
        factors.grade = grade;
    }
    if (p.isSet(QStringLiteral("location"))) {
        const QString location = p.value(QStringLiteral("location")).trimmed();
        static const QStringList locations{QStringLiteral("upper"), QStringLiteral("middle"),
                                           QStringLiteral("lower"), QStringLiteral("X")};
        if (!locations.contains(location, Qt::CaseInsensitive))
            return QCoreApplication::translate("Cli",
                                               "--location wants upper, middle, lower or X, not \"%1\".")
                .arg(location);
        factors.location = location;
    }
    return {};
}

int checkTnm(Context &c) {
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 2) {
        c.err << QCoreApplication::translate(
                     "Cli",
                     "Give a topography and a TNM (quote a TNM with spaces): concerto-cli check-tnm C18.7 "
                     "\"cT4a cN2b cM0\"")
              << '\n';
        return UsageError;
    }
    staging::StageFactors factors;
    if (const QString error = readFactors(c.parser, factors); !error.isEmpty()) {
        c.err << error << '\n';
        return UsageError;
    }
    const QString topography = args.at(0).trimmed();
    const QString morphology = c.parser.value(QStringLiteral("morphology")).trimmed();
    if (const validation::Check check = validation::checkTopography(topography);
        !check || topography.isEmpty()) {
        c.err << (topography.isEmpty()
                      ? QCoreApplication::translate("Cli", "Give an ICD-10 topography, e.g. C18.7.")
                      : check.message())
              << '\n';
        return Failure;
    }
    if (const validation::Check check = validation::checkMorphology(morphology); !check) {
        c.err << check.message() << '\n';
        return Failure;
    }
    const staging::ParsedTnm parsed = staging::parseTnm(args.at(1));
    if (!parsed.ok()) {
        c.err << parsed.error << '\n';
        return Failure;
    }
    const staging::StageResult r = staging::stageOf(topography, morphology, parsed.tnm, factors);
    if (r.site) {
        c.out << r.site->label;
        if (!r.site->edition.isEmpty())
            c.out << QStringLiteral(" — ") << r.site->edition;
        c.out << '\n';
    }
    const QString written = staging::tnmText(parsed.tnm);
    switch (r.outcome) {
    case staging::StageOutcome::Staged:
        c.out << QCoreApplication::translate("Cli", "%1: Stage %2").arg(written, r.stage) << '\n';
        if (!r.possible.isEmpty())
            c.out << QCoreApplication::translate("Cli", "Stage %1 is %2: it depends on %3.")
                         .arg(r.stage, alternatives(r.possible), together(r.missing))
                  << '\n';
        return Success;
    case staging::StageOutcome::Missing:
        c.err << QCoreApplication::translate("Cli", "%1: no stage group without %2 (it may be %3).")
                     .arg(written, together(r.missing), alternatives(r.possible))
              << '\n';
        return Failure;
    case staging::StageOutcome::Refused:
    case staging::StageOutcome::NoTable:
    case staging::StageOutcome::NoGroup:
        for (const QString &reason : r.reasons)
            c.err << reason << '\n';
        return Failure;
    }
    return Failure;
}

} // namespace

std::vector<Command> clinicalCommands() {
    return {
        {"check-tnm",
         QT_TRANSLATE_NOOP("Cli",
                           "Give the stage group of a TNM for its site (UICC 8, FIGO), or say what is wrong "
                           "or missing."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(
                 QStringLiteral("TOPOGRAPHY"),
                 QCoreApplication::translate("Cli", "The ICD-10 topography, e.g. C18.7."));
             p.addPositionalArgument(QStringLiteral("TNM"),
                                     QCoreApplication::translate(
                                         "Cli", "The TNM, e.g. \"cT4a cN2b cM0\" or pT2N1M0 (quote it if it "
                                                "has spaces)."));
             p.addOption(
                 {QStringLiteral("morphology"),
                  QCoreApplication::translate("Cli", "The ICD-O-3 morphology, e.g. 8140/3 (oesophagus: "
                                                     "squamous or adenocarcinoma; lymphomas, melanoma)."),
                  QCoreApplication::translate("Cli", "CODE")});
             p.addOption({QStringLiteral("psa"),
                          QCoreApplication::translate("Cli", "Prostate: the PSA in ng/mL."),
                          QCoreApplication::translate("Cli", "X")});
             p.addOption({QStringLiteral("grade-group"),
                          QCoreApplication::translate("Cli", "Prostate: the ISUP grade group, 1 to 5."),
                          QCoreApplication::translate("Cli", "N")});
             p.addOption({QStringLiteral("grade"),
                          QCoreApplication::translate(
                              "Cli", "Oesophagus, pathological: the grade, G1, G2, G3 or GX."),
                          QCoreApplication::translate("Cli", "G")});
             p.addOption({QStringLiteral("location"),
                          QCoreApplication::translate(
                              "Cli", "Oesophagus, squamous, pathological: upper, middle, lower or X."),
                          QCoreApplication::translate("Cli", "WHERE")});
         },
         checkTnm, 2},
    };
}

} // namespace concerto::cli
