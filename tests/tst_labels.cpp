// The words of the domain's codes (models/domain/labels.h): every code has its own word, never the raw
// code; identity, quorum, case and document status say what the built-in value sets say; the state of
// a fiche follows its signature and version; and every word has its French.
#include "models/domain/builtinsets.h"
#include "models/domain/labels.h"
#include "models/validation/completeness.h"
#include "reports/indicatorrows.h"
#include "reports/indicators.h"
#include "translations/language.h"

#include <QSet>
#include <QtTest>

using namespace concerto;

namespace {

Fiche ficheIn(DocumentStatus status, int version = 1, bool isSigned = false) {
    Fiche f;
    f.status = status;
    f.versionNumber = version;
    if (isSigned)
        f.markSigned(QUuid::createUuid(), QDateTime(QDate(2026, 11, 24), QTime(18, 5), Qt::UTC), {});
    return f;
}

// Every word of every kind, each kind a list in the order of its codes.
std::vector<QStringList> allWords() {
    QStringList sessions, identities, fiches, agenda, quorum, cases, documents;
    for (SessionStatus s :
         {SessionStatus::Planned, SessionStatus::InProgress, SessionStatus::Closed, SessionStatus::Cancelled})
        sessions << labels::sessionStatus(s);
    for (IdentityStatus s : {IdentityStatus::Provisional, IdentityStatus::Recovered,
                             IdentityStatus::Validated, IdentityStatus::Qualified})
        identities << labels::identityStatus(s);
    for (DocumentStatus s : {DocumentStatus::InProgress, DocumentStatus::Completed, DocumentStatus::Approved,
                             DocumentStatus::Closed})
        fiches << labels::ficheState(ficheIn(s));
    fiches << labels::ficheState(ficheIn(DocumentStatus::InProgress, 2))
           << labels::ficheState(ficheIn(DocumentStatus::Approved, 1, true));
    for (AgendaState s : {AgendaState::ToDiscuss, AgendaState::InProgress, AgendaState::Discussed,
                          AgendaState::Registered, AgendaState::Postponed})
        agenda << labels::agendaState(s);
    for (QuorumStatus s : {QuorumStatus::Unknown, QuorumStatus::Met, QuorumStatus::NotMet})
        quorum << labels::quorumStatus(s);
    cases << labels::caseStatus(QString::fromLatin1(kCaseRegistered))
          << labels::caseStatus(QString::fromLatin1(kCaseDiscussed));
    for (DocumentStatus s : {DocumentStatus::InProgress, DocumentStatus::Completed, DocumentStatus::Approved,
                             DocumentStatus::Closed})
        documents << labels::documentStatus(s);
    return {sessions, identities, fiches, agenda, quorum, cases, documents};
}

} // namespace

class TestLabels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCodeHasItsOwnWord() {
        for (const QStringList &kind : allWords()) {
            QSet<QString> distinct;
            for (const QString &word : kind) {
                QVERIFY2(!word.isEmpty(), qPrintable(kind.join(QLatin1String(", "))));
                distinct.insert(word);
            }
            QVERIFY2(distinct.size() == kind.size(), qPrintable(kind.join(QLatin1String(", "))));
        }
        for (const char *code : {"PROV", "RECUP", "VALI", "QUAL", "ORG-126", "ORG-133", "GEN-010", "ORG-128",
                                 "ORG-134", "385651009", "9571008"})
            for (const QStringList &kind : allWords())
                QVERIFY2(!kind.contains(QLatin1String(code)), code);
    }

    void valueSetsNameTheirCodes() {
        QCOMPARE(labels::identityStatus(IdentityStatus::Qualified), QStringLiteral("Qualified identity"));
        for (IdentityStatus s : {IdentityStatus::Provisional, IdentityStatus::Recovered,
                                 IdentityStatus::Validated, IdentityStatus::Qualified})
            QCOMPARE(labels::identityStatus(s),
                     nomenclature::identityStatuses().label(Patient::identityStatusCode(s)));
        QCOMPARE(labels::quorumStatus(QuorumStatus::NotMet), QStringLiteral("Quorum not met"));
        QCOMPARE(labels::caseStatus(QStringLiteral("ORG-134")), QStringLiteral("Discussed"));
        QCOMPARE(labels::documentStatus(DocumentStatus::Approved), QStringLiteral("Approved"));
        // A code this version does not know is shown as it is rather than as nothing.
        QCOMPARE(labels::caseStatus(QStringLiteral("ORG-999")), QStringLiteral("ORG-999"));
    }

    void ficheStateFollowsSignatureAndVersion() {
        QCOMPARE(labels::ficheState(ficheIn(DocumentStatus::InProgress)), QStringLiteral("Draft"));
        QCOMPARE(labels::ficheState(ficheIn(DocumentStatus::Completed)), QStringLiteral("To validate"));
        QCOMPARE(labels::ficheState(ficheIn(DocumentStatus::Completed, 2)),
                 QStringLiteral("Amendment draft"));
        QCOMPARE(labels::ficheState(ficheIn(DocumentStatus::Approved, 2, true)), QStringLiteral("Signed"));
    }

    void everyWordIsInFrench() {
        const std::vector<QStringList> english = allWords();
        QVERIFY(installTranslations(QStringLiteral("fr")));
        const std::vector<QStringList> french = allWords();
        const QString qualified = labels::identityStatus(IdentityStatus::Qualified);
        const QString draft = labels::ficheState(ficheIn(DocumentStatus::InProgress));
        const QString closed = labels::sessionStatus(SessionStatus::Closed);
        const QString toDiscuss = labels::agendaState(AgendaState::ToDiscuss);
        installTranslations(QStringLiteral("en"));
        QCOMPARE(qualified, QStringLiteral("Identité qualifiée"));
        QCOMPARE(draft, QStringLiteral("Brouillon"));
        QCOMPARE(closed, QStringLiteral("Clôturée"));
        QCOMPARE(toDiscuss, QStringLiteral("À discuter"));
        QCOMPARE(french.size(), english.size());
        for (std::size_t k = 0; k < english.size(); ++k)
            for (int i = 0; i < english[k].size(); ++i)
                QVERIFY2(french[k].at(i) != english[k].at(i), qPrintable(english[k].at(i)));
    }
    // Texts made outside any widget (indicators, completeness) are translated under the context the
    // code names: a context lupdate files differently leaves them in English.
    void headlessTextsAreInFrench() {
        auto texts = [] {
            QStringList all;
            for (const IndicatorRow &row : indicatorRows(Indicators{}))
                all << row.section << row.label;
            Rcp rcp;
            rcp.requiredCaseFields = defaultRequiredCaseFields();
            all << validation::checkCompleteness(Inscription{}, 80, rcp).sentences();
            return all;
        };
        const QStringList english = texts();
        QVERIFY(installTranslations(QStringLiteral("fr")));
        const QStringList french = texts();
        installTranslations(QStringLiteral("en"));
        QVERIFY(english.size() > 20);
        QCOMPARE(french.size(), english.size());
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(french.at(i) != english.at(i) || english.at(i).isEmpty(), qPrintable(english.at(i)));
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
