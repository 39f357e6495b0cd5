// The national validator, XPath queries and the demo fiches of every kind, for the CDA tests.
#include "tests/support/cdasupport.h"

#include "models/store/ficherepository.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QtTest>

namespace concerto::test {

QString validatorPath() {
    return QStringLiteral(CONCERTO_REFERENCE_DIR "/../../tools/validate-frcp");
}

bool validatorAvailable(QString *why) {
    if (!QFile::exists(validatorPath()))
        *why = QStringLiteral("the validator is not at %1").arg(validatorPath());
    else if (QStandardPaths::findExecutable(QStringLiteral("java")).isEmpty())
        *why = QStringLiteral("no Java runtime (default-jre-headless)");
    else if (!QFile::exists(QStringLiteral("/usr/share/java/Saxon-HE.jar")))
        *why = QStringLiteral("no Saxon HE (libsaxonhe-java)");
    else if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
        *why = QStringLiteral("no xmllint (libxml2-utils)");
    else
        return true;
    return false;
}

std::vector<Validation> validateFiles(const QStringList &files) {
    std::vector<Validation> results(std::size_t(files.size()));
    constexpr int kParallel = 2;
    for (int first = 0; first < files.size(); first += kParallel) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = first; i < std::min(first + kParallel, int(files.size())); ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(validatorPath(), {files.at(i)});
            running.push_back(std::move(p));
        }
        for (std::size_t k = 0; k < running.size(); ++k) {
            QProcess &p = *running[k];
            Validation &v = results[std::size_t(first) + k];
            if (!p.waitForFinished(180000)) {
                v.output = QStringLiteral("the validator did not finish: ") + p.errorString();
                p.kill();
                p.waitForFinished();
                continue;
            }
            v.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
            v.output = QString::fromUtf8(p.readAll());
        }
    }
    return results;
}

QString xpath(const QByteArray &xml, const QString &expression) {
    QByteArray plain = xml;
    plain.replace("xmlns=\"urn:hl7-org:v3\"", "");
    QProcess p;
    p.start(QStringLiteral("xmllint"),
            {QStringLiteral("--xpath"), QStringLiteral("string(%1)").arg(expression), QStringLiteral("-")});
    p.write(plain);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return QStringLiteral("<xmllint did not finish>");
    QString value = QString::fromUtf8(p.readAllStandardOutput());
    if (value.endsWith(QLatin1Char('\n')))
        value.chop(1); // xmllint ends its answer with a newline
    return value;
}

namespace {

// The kinds a fiche belongs to (a fiche may be of several).
QStringList kindsOf(const reports::FicheContext &c) {
    QStringList kinds;
    const Fiche &f = c.fiche;
    kinds << (c.rcp.nature == QLatin1String(kNatureTransversalRcp) ? QStringLiteral("transversal")
                                                                   : QStringLiteral("appareil"));
    if (f.versionNumber > 1)
        kinds << QStringLiteral("amended");
    if (c.inscription.tumours.size() > 1)
        kinds << QStringLiteral("several-tumours"); // none in the demo today
    for (const Tumour &t : c.inscription.tumours)
        if (t.tnmNotApplicable())
            kinds << QStringLiteral("haematological");
    if (!f.framework.conform)
        kinds << QStringLiteral("non-conform");
    if (f.framework.trialProposed)
        kinds << QStringLiteral("trial");
    if (f.caseStatus == QLatin1String(kCaseRegistered))
        kinds << QStringLiteral("registered");
    if (!f.quorumOverride.isEmpty())
        kinds << QStringLiteral("quorum-override");
    if (c.patient.generalPractitionerId.isNull())
        kinds << QStringLiteral("gp-unknown");
    if (!c.patient.mayShareIns())
        kinds << QStringLiteral("no-ins");
    return kinds;
}

} // namespace

std::vector<KindedFiche> demoFichesCoveringKinds(Database &db) {
    std::vector<KindedFiche> all, chosen;
    const StoreRead<std::vector<Fiche>> fiches = FicheRepository(db).all();
    if (!fiches.ok())
        return chosen;
    for (const Fiche &f : *fiches) {
        if (!f.isSigned())
            continue;
        const StoreRead<reports::FicheContext> c = reports::loadFicheContext(db, f);
        if (c.ok())
            all.push_back({kindsOf(*c), *c});
    }
    QSet<QString> covered;
    for (;;) {
        const KindedFiche *best = nullptr;
        int bestNew = 0;
        for (const KindedFiche &k : all) {
            int fresh = 0;
            for (const QString &kind : k.kinds)
                fresh += covered.contains(kind) ? 0 : 1;
            if (fresh > bestNew) {
                bestNew = fresh;
                best = &k;
            }
        }
        if (!best)
            return chosen;
        for (const QString &kind : best->kinds)
            covered.insert(kind);
        chosen.push_back(*best);
    }
}

} // namespace concerto::test
