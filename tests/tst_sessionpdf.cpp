// The session documents read back with pdftotext: the agenda (cases to discuss in agenda order, the
// registered case apart after them, typed text as typed), the attendance sheet (members and attendees
// once each, with their national specialty), the session's fiches rendered in parallel giving the same
// bytes as one by one, and the combined PDF with each document's own page numbering.
#include "reports/fichepdf.h"
#include "reports/sessionpdf.h"
#include "tests/support/pdftext.h"
#include "tests/support/sessionfixtures.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;

class TestSessionPdf : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::SessionCase m_case;
    reports::SessionContext m_session;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("session.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_case = test::saveSessionCase(*m_db);
        m_session = READ(reports::loadSessionContext(*m_db, m_case.sessionId));
    }

    void agendaListsRegisteredCasesApart() {
        QCOMPARE(int(m_session.toDiscuss.size()), 2);
        QCOMPARE(int(m_session.registered.size()), 1);
        const QString t = test::simplified(test::pdfTextOf(reports::agendaPdf(m_session)));
        const qsizetype title = t.indexOf(QStringLiteral("Ordre du jour"));
        const qsizetype discuss = t.indexOf(QStringLiteral("Dossiers à discuter (2)"));
        const qsizetype martin = t.indexOf(QStringLiteral("MARTIN Marie"));
        const qsizetype durand = t.indexOf(QStringLiteral("DURAND Paul"));
        const qsizetype apart = t.indexOf(QStringLiteral("Dossiers enregistrés sans discussion"));
        const qsizetype bernard = t.indexOf(QStringLiteral("BERNARD Lucie"));
        QVERIFY2(title >= 0 && discuss > title && martin > discuss && durand > martin && apart > durand &&
                     bernard > apart,
                 qPrintable(t));
        for (const QString &expected :
             {QStringLiteral("<b>Radiothérapie</b> & suite ?"), QStringLiteral("Chimiothérapie adjuvante ?"),
              QStringLiteral("Hormonothérapie selon le référentiel"), QStringLiteral("Dr Paul GARNIER"),
              QStringLiteral("né le "), QStringLiteral("IPP0002"), QStringLiteral("RCP digestive"),
              QStringLiteral("Séance du 24/11/2026 à 17:00, Salle 2"), QStringLiteral("Page 1/1")})
            QVERIFY2(t.contains(expected), qPrintable(expected + QStringLiteral(" missing in: ") + t));
    }

    void attendanceSheetNamesEachPersonOnce() {
        const QString t = test::simplified(test::pdfTextOf(reports::attendancePdf(m_session)));
        QVERIFY2(t.contains(QStringLiteral("Feuille d'émargement")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("Signature")));
        // The three permanent members, present, and Dr Fabre, who attended only.
        for (const QString &name : {QStringLiteral("Dr Claire MOREAU"), QStringLiteral("Dr Paul GARNIER"),
                                    QStringLiteral("Dr Anne ROUX"), QStringLiteral("Dr Louis FABRE")})
            QVERIFY2(t.count(name) == 1, qPrintable(name + QStringLiteral(" not once in: ") + t));
        for (const QString &specialty :
             {QStringLiteral("Chirurgie viscérale et digestive"),
              QStringLiteral("Oncologie, option médicale"), QStringLiteral("Radio-diagnostic")})
            QVERIFY2(t.contains(specialty), qPrintable(specialty + QStringLiteral(" missing in: ") + t));
        QVERIFY(t.contains(QStringLiteral("membre permanent")));
        QVERIFY(t.contains(QStringLiteral("participant à distance")) == false); // Dr Roux is a member
    }

    void fichesInParallelAreTheSameAsOneByOne() {
        const std::vector<reports::PrintableFiche> fiches =
            READ(reports::loadSessionFiches(*m_db, m_session));
        QCOMPARE(int(fiches.size()), 3);
        QCOMPARE(fiches[0].context.fiche.meta.id, m_case.first.fiche.meta.id);
        QCOMPARE(fiches[1].context.fiche.meta.id, m_case.secondFicheId);
        QCOMPARE(fiches[2].context.fiche.meta.id, m_case.registeredFicheId);
        std::atomic_int done{0};
        const std::vector<QByteArray> pdfs = reports::fichePdfs(fiches, [&] { ++done; });
        QCOMPARE(done.load(), 3);
        QCOMPARE(int(pdfs.size()), 3);
        const QStringList names{QStringLiteral("MARTIN Marie"), QStringLiteral("DURAND Paul"),
                                QStringLiteral("BERNARD Lucie")};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(pdfs[i] == reports::fichePdf(fiches[i].context, fiches[i].labels));
            QVERIFY(test::pdfTextOf(pdfs[i]).contains(names[i]));
        }
        QCOMPARE(reports::ficheFileName(1, fiches[1].context), QStringLiteral("02-DURAND-Paul-v1.pdf"));
        QCOMPARE(reports::ficheFileName(0, fiches[0].context), QStringLiteral("01-MARTIN-Marie-v1.pdf"));

        // Cancelled before it starts: nothing is rendered.
        std::atomic_bool cancel{true};
        for (const QByteArray &pdf : reports::fichePdfs(fiches, {}, &cancel))
            QVERIFY(pdf.isEmpty());
    }

    void combinedPdfNumbersEachDocumentAlone() {
        const std::vector<reports::PrintableFiche> fiches =
            READ(reports::loadSessionFiches(*m_db, m_session));
        const QByteArray all = reports::combinedSessionPdf(m_session, fiches);
        int expected = test::pdfPageCountOf(reports::agendaPdf(m_session)) +
                       test::pdfPageCountOf(reports::attendancePdf(m_session));
        for (const reports::PrintableFiche &f : fiches)
            expected += test::pdfPageCountOf(reports::fichePdf(f.context, f.labels));
        QCOMPARE(test::pdfPageCountOf(all), expected);
        const QString t = test::simplified(test::pdfTextOf(all));
        QCOMPARE(t.count(QStringLiteral("Page 1/")), 5);
        QVERIFY(t.indexOf(QStringLiteral("Ordre du jour")) <
                t.indexOf(QStringLiteral("Feuille d'émargement")));
        // The second page of the combined file is the attendance sheet's first.
        QVERIFY(test::pdfTextOf(all, 2, 2).contains(QStringLiteral("Feuille d'émargement")));
        QVERIFY(test::simplified(test::pdfTextOf(all, 3, 3)).contains(QStringLiteral("MARTIN Marie")));
    }

    void unknownSessionIsAnError() {
        const StoreRead<reports::SessionContext> none =
            reports::loadSessionContext(*m_db, QUuid::createUuid());
        QVERIFY(!none.ok());
        QVERIFY2(none.error.contains(QStringLiteral("does not exist")), qPrintable(none.error));
    }
};

QTEST_MAIN(TestSessionPdf)
#include "tst_sessionpdf.moc"
