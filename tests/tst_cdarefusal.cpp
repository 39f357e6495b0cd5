// A fiche the national format cannot carry gives no document but the list of what is missing, one
// sentence each: an unsigned fiche, and a signed one without the identifiers, RPPS numbers, GP choice,
// tumour or codes the FRCP makes mandatory.
#include "reports/cda/cdaexport.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;

class TestCdaRefusal : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    reports::FicheContext context(bool sign, test::DocumentCase *out = nullptr) {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_files)), &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        const test::DocumentCase c = test::saveDocumentCase(*db, sign);
        if (out)
            *out = c;
        return READ(reports::loadFicheContext(*db, c.fiche.meta.id));
    }

    static bool mentions(const QStringList &missing, const QString &words) {
        for (const QString &line : missing)
            if (line.contains(words))
                return true;
        return false;
    }

private Q_SLOTS:
    void theCompleteFixtureIsExported() {
        const reports::CdaResult r = reports::exportCda(context(true));
        QVERIFY2(r.ok(), qPrintable(r.missing.join(QLatin1Char('\n'))));
        QVERIFY(r.missing.isEmpty());
    }

    void anUnsignedFicheIsRefused() {
        const reports::CdaResult r = reports::exportCda(context(false));
        QVERIFY(!r.ok());
        QVERIFY(r.xml.isEmpty());
        QCOMPARE(r.missing,
                 QStringList{QStringLiteral(
                     "The fiche is not signed: only a fiche validated by the coordinator is exported.")});
    }

    void missingMandatoryDataIsListed() {
        test::DocumentCase c;
        reports::FicheContext ctx = context(true, &c);
        ctx.rcp.nationalId.clear();
        ctx.centre.finess.clear();
        ctx.centre.nationalId.clear();
        ctx.network->nationalId.clear();
        ctx.professionals[c.requesterId].rpps.clear();
        ctx.professionals.erase(c.gpId);
        ctx.inscription.tumours.front().morphology.clear();
        ProposalLine line;
        line.treatmentType = QStringLiteral("not-a-code");
        ctx.fiche.proposal.push_back(line);
        ctx.fiche.caseStatus = QString::fromLatin1(kCaseRegistered);
        ctx.fiche.framework.guideline = {};
        const reports::CdaResult r = reports::exportCda(ctx);
        QVERIFY(r.xml.isEmpty());
        const QStringList expected = {
            QStringLiteral("The regional network \"Onco Nouvelle-Aquitaine\" has no national identifier."),
            QStringLiteral("The 3C \"3C du CHU de Poitiers\" has no national identifier."),
            QStringLiteral("The 3C \"3C du CHU de Poitiers\" has no FINESS number."),
            QStringLiteral("The committee \"%1\" has no national identifier.").arg(ctx.rcp.name),
            QStringLiteral(
                "Dr Paul GARNIER (author of the fiche, requesting physician, presenting physician, "
                "attendee) has no RPPS number in the directory."),
            QStringLiteral("A professional the fiche names (the patient's GP) is not in the directory."),
            QStringLiteral("Tumour 1 has no ICD-O-3 morphology."),
            QStringLiteral("Proposal line %1 has no national treatment type.").arg(ctx.fiche.proposal.size()),
            QStringLiteral("The case is registered without discussion but the fiche names no guideline."),
        };
        QCOMPARE(r.missing, expected);
    }

    void gpChoiceAndTumourAndNetworkAreRequired() {
        reports::FicheContext ctx = context(true);
        ctx.patient.generalPractitionerId = QUuid();
        ctx.patient.gpUnknown = false;
        ctx.inscription.tumours.clear();
        ctx.network.reset();
        const reports::CdaResult r = reports::exportCda(ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.missing.size(), 3);
        QVERIFY(mentions(r.missing, QStringLiteral("belongs to no regional network")));
        QVERIFY(mentions(r.missing, QStringLiteral("GP is not recorded")));
        QVERIFY(mentions(r.missing, QStringLiteral("no tumour")));
        // "Unknown" is a choice: the GP is no longer missing.
        ctx.patient.gpUnknown = true;
        QCOMPARE(reports::exportCda(ctx).missing.size(), 2);
    }

    // Every professional the document names needs an RPPS: one sentence each, with all their roles.
    void everyNamedProfessionalNeedsAnRpps() {
        test::DocumentCase c;
        reports::FicheContext ctx = context(true, &c);
        for (auto &[id, p] : ctx.professionals)
            p.rpps.clear();
        const reports::CdaResult r = reports::exportCda(ctx);
        QCOMPARE(
            r.missing,
            (QStringList{
                QStringLiteral("Dr Claire MOREAU (signing coordinator, coordinator, attendee) has no RPPS "
                               "number in the directory."),
                QStringLiteral("Dr Paul GARNIER (author of the fiche, requesting physician, presenting "
                               "physician, attendee) has no RPPS number in the directory."),
                QStringLiteral("Dr Jeanne BLANC (the patient's GP) has no RPPS number in the directory."),
                QStringLiteral("Dr Anne ROUX (attendee) has no RPPS number in the directory."),
                QStringLiteral("Dr Louis FABRE (attendee, correspondent) has no RPPS number in the "
                               "directory.")}));
    }
};

QTEST_GUILESS_MAIN(TestCdaRefusal)
#include "tst_cdarefusal.moc"
