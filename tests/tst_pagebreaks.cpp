// Where the printed documents break their pages, read back page by page with pdftotext: a long agenda
// (57 cases for a 120-minute session) never cuts a case's row between two pages, says that its cases do
// not fit the planned time, and gives each case its site and its time; a fiche never cuts a row of its
// tables nor leaves a heading alone at the foot of a page, for the longest fiche of a demo and for a
// fiche whose text grows line by line (so that every heading meets a page's foot once).
#include "models/demo/demogenerator.h"
#include "models/store/ficherepository.h"
#include "reports/fichepdf.h"
#include "reports/sessionpdf.h"
#include "tests/support/fichepdffixtures.h"
#include "tests/support/pdftext.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;
using reports::FicheContext;

namespace {

// The text of each page.
QStringList pagesOf(const QByteArray &pdf) {
    QStringList pages;
    const int count = test::pdfPageCountOf(pdf);
    for (int i = 1; i <= count; ++i)
        pages << test::pdfTextOf(pdf, i, i);
    return pages;
}

// The 0-based page whose text holds `word`, -1 when none does.
int pageWith(const QStringList &pages, const QString &word) {
    for (int i = 0; i < pages.size(); ++i)
        if (pages.at(i).contains(word))
            return i;
    return -1;
}

const QStringList kFicheHeadings{
    QStringLiteral("Identité du patient"),
    QStringLiteral("Intervenants"),
    QStringLiteral("Type de RCP et motif"),
    QStringLiteral("Mode de découverte"),
    QStringLiteral("Tumeur(s)"),
    QStringLiteral("Antécédents et comorbidités"),
    QStringLiteral("État général"),
    QStringLiteral("Résultats d'examens"),
    QStringLiteral("Phase de la maladie"),
    QStringLiteral("Traitements antérieurs et en cours"),
    QStringLiteral("Conclusions des comptes rendus"),
    QStringLiteral("Synthèse du dossier et question posée"),
    QStringLiteral("Statut du dossier et quorum"),
    QStringLiteral("Participants à la discussion"),
    QStringLiteral("Avis écrits comptés pour le quorum"),
    QStringLiteral("Proposition de la RCP"),
    QStringLiteral("Référentiel, conformité et essai clinique"),
    QStringLiteral("Commentaires du patient"),
    QStringLiteral("Validation du document"),
};

// The headings that are the last text of their page's body (before the footer line "… Page x/y"),
// as "heading (page n)".
QStringList headingsAtTheFoot(const QStringList &pages) {
    QStringList alone;
    for (int p = 0; p < pages.size(); ++p) {
        QStringList lines;
        for (const QString &line : pages.at(p).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        while (!lines.isEmpty() && lines.last().contains(QStringLiteral("Page %1/").arg(p + 1)))
            lines.removeLast();
        if (!lines.isEmpty() && kFicheHeadings.contains(lines.last()))
            alone << QStringLiteral("%1 (page %2)").arg(lines.last()).arg(p + 1);
    }
    return alone;
}

// A question of `words` words that ends with a mark of its own, to find its last line.
QString question(int words, const QString &end) {
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << QStringLiteral("discussion");
    return out.join(QLatin1Char(' ')) + QLatin1Char(' ') + end;
}

reports::SessionContext longSession(int cases, int minutes) {
    reports::SessionContext s;
    s.session.startsAt = QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC); // 17:00 in Paris
    s.session.durationMinutes = minutes;
    s.session.place = QStringLiteral("Salle 2");
    s.rcp.name = QStringLiteral("RCP sénologie");
    s.centre.name = QStringLiteral("3C Test");
    for (int i = 1; i <= cases; ++i) {
        reports::AgendaCase c;
        const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        c.patient.birthName = QStringLiteral("NOM") + n;
        c.patient.birthGivenNames = {QStringLiteral("Anne")};
        c.patient.sex = Sex::Female;
        c.patient.birthDate = QDate(1960, 1, 1).addDays(i);
        c.patient.ipp = QStringLiteral("IPP-") + n;
        Tumour t;
        t.topography = QStringLiteral("C50.2");
        t.morphology = QStringLiteral("8500/3");
        c.inscription.tumours.push_back(t);
        c.inscription.question = question(4 + (i * 7) % 23, QStringLiteral("FIN") + n);
        c.inscription.agendaOrder = i;
        s.toDiscuss.push_back(c);
    }
    return s;
}

} // namespace

class TestPageBreaks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Database> database() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("p%1.db").arg(++m_databases)), &error);
        if (!db)
            qFatal("%s", qPrintable(error));
        return db;
    }
    static void keep(const QByteArray &pdf, const QString &name) {
        if (!qEnvironmentVariableIsSet("CONCERTO_KEEP_PDF")) // to look at the pages (pdftoppm)
            return;
        QFile f(QStringLiteral("/tmp/%1.pdf").arg(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(pdf);
    }

private Q_SLOTS:
    void aLongAgendaKeepsEveryRowWhole() {
        const reports::SessionContext s = longSession(57, 120);
        const QByteArray pdf = reports::agendaPdf(s);
        keep(pdf, QStringLiteral("agenda-57"));
        const QStringList pages = pagesOf(pdf);
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
        for (int i = 1; i <= 57; ++i) {
            const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
            const int name = pageWith(pages, QStringLiteral("NOM") + n);
            const int ipp = pageWith(pages, QStringLiteral("IPP-") + n);
            const int end = pageWith(pages, QStringLiteral("FIN") + n);
            QVERIFY2(
                name >= 0 && name == ipp && name == end,
                qPrintable(QStringLiteral("case %1 on pages %2, %3, %4").arg(n).arg(name).arg(ipp).arg(end)));
        }
    }

    void theAgendaSaysWhenItsCasesDoNotFit() {
        const QString tooMany = test::simplified(test::pdfTextOf(reports::agendaPdf(longSession(57, 120))));
        QVERIFY2(tooMany.contains(QStringLiteral("Durée insuffisante : les 57 dossiers à discuter demandent "
                                                 "environ 171 minutes (3 minutes par dossier), la séance en "
                                                 "prévoit 120.")),
                 qPrintable(tooMany.left(1500)));
        const QString fits = test::simplified(test::pdfTextOf(reports::agendaPdf(longSession(30, 120))));
        QVERIFY2(!fits.contains(QStringLiteral("Durée insuffisante")), qPrintable(fits.left(1500)));
        // 30 cases share 120 minutes: 4 minutes each, from 17:00 (Paris) on.
        const QString first =
            test::simplified(test::pdfTextOf(reports::agendaPdf(longSession(30, 120)), 1, 1));
        QVERIFY2(first.contains(QStringLiteral("horaire")) && first.contains(QStringLiteral("Localisation")),
                 qPrintable(first));
        for (const QString &time :
             {QStringLiteral("17:00"), QStringLiteral("17:04"), QStringLiteral("17:08")})
            QVERIFY2(first.contains(time), qPrintable(time + QStringLiteral(" missing in: ") + first));
        QVERIFY2(first.contains(QStringLiteral("4,0 min")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("(C50.2)")), qPrintable(first));
    }

    void theLongestDemoFicheBreaksItsPagesWell() {
        auto db = database();
        demo::DemoOptions options;
        options.patients = 150;
        options.referenceDate = QDate(2026, 6, 1);
        QString error;
        QVERIFY2(demo::generateDemo(*db, options, nullptr, &error), qPrintable(error));
        const std::vector<Fiche> fiches = READ(FicheRepository(*db).all());
        QVERIFY(!fiches.empty());
        FicheContext longest;
        qsizetype longestHtml = -1;
        for (const Fiche &f : fiches) {
            if (!f.isSigned())
                continue;
            FicheContext c = READ(reports::loadFicheContext(*db, f));
            const qsizetype size = reports::ficheHtml(c).size();
            if (size > longestHtml) {
                longestHtml = size;
                longest = std::move(c);
            }
        }
        const QByteArray pdf = reports::fichePdf(longest);
        keep(pdf, QStringLiteral("longest-demo-fiche"));
        const QStringList pages = pagesOf(pdf);
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        QStringList alone = headingsAtTheFoot(pages);
        QVERIFY2(alone.isEmpty(), qPrintable(alone.join(QStringLiteral(", "))));
        // The same fiche with a summary longer by one line at a time, so that its headings come to the
        // foot of a page in turn.
        const QString summary = longest.inscription.clinical.summary;
        for (int lines = 1; lines <= 24; ++lines) {
            FicheContext c = longest;
            for (int l = 0; l < lines; ++l)
                c.inscription.clinical.summary += QStringLiteral("\nPrécision %1 sur le dossier.").arg(l + 1);
            for (const QString &heading : headingsAtTheFoot(pagesOf(reports::fichePdf(c))))
                alone << QStringLiteral("%1 with %2 more lines").arg(heading).arg(lines);
        }
        QVERIFY2(alone.isEmpty(), qPrintable(alone.join(QStringLiteral(", "))));
        QCOMPARE(longest.inscription.clinical.summary, summary);
    }

    void noHeadingAloneAtAPagesFootAndNoRowCut() {
        auto db = database();
        FicheContext base = test::documentContext(*db);
        test::makeLong(base);
        ClinicalContext &k = base.inscription.clinical;
        k.tests.clear();
        // Rows of one to six lines, each with a mark at its start and at its end.
        for (int i = 1; i <= 30; ++i) {
            const QString n = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
            k.tests.push_back({QDate(2026, 9, 1).addDays(i), QStringLiteral("EXAMEN") + n,
                               question(6 + (i * 11) % 60, QStringLiteral("RESULTAT") + n)});
        }
        QStringList alone, cut;
        // The summary grows a line at a time: each heading comes to a page's foot in one of them.
        for (int lines = 0; lines < 32; ++lines) {
            FicheContext c = base;
            QStringList summary;
            for (int l = 0; l < lines; ++l)
                summary << QStringLiteral("Ligne %1 de la synthèse du dossier.").arg(l + 1);
            c.inscription.clinical.summary = summary.join(QLatin1Char('\n'));
            const QByteArray pdf = reports::fichePdf(c);
            keep(pdf, QStringLiteral("fiche-%1").arg(lines));
            const QStringList pages = pagesOf(pdf);
            for (const QString &heading : headingsAtTheFoot(pages))
                alone << QStringLiteral("%1 with %2 lines").arg(heading).arg(lines);
            for (int i = 1; i <= 30; ++i) {
                const QString n = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
                if (pageWith(pages, QStringLiteral("EXAMEN") + n) !=
                    pageWith(pages, QStringLiteral("RESULTAT") + n))
                    cut << QStringLiteral("row %1 with %2 lines").arg(n).arg(lines);
            }
        }
        QVERIFY2(alone.isEmpty(), qPrintable(alone.join(QStringLiteral(", "))));
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestPageBreaks)
#include "tst_pagebreaks.moc"
