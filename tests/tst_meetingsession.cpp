// A whole meeting run from the keyboard alone, as the coordinator would: F9 starts it, Alt+3 and Space
// check the three members in, Alt+1 and Enter take up the first case; ten cases are decided (a treatment
// type by its first letter, Tab, the regimen, Ctrl+Enter), one is postponed (Ctrl+R, the reason, Enter),
// then Ctrl+Shift+S signs the decided fiches. The key events of each standard decision are counted, from
// the case shown to the next case taken up: 15 or fewer. Then what the file holds is checked: ten fiches
// completed and signed with the quorum met and the attendees counted, the postponed case in the later
// session with its reason, and the presentation window (F5) showing the current case's patient and no other.
#include "models/domain/clock.h"
#include "models/itemmodels/agendamodel.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "services/agendaservice.h"
#include "services/decisionservice.h"
#include "services/services.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/meetingfixtures.h"
#include "tests/support/fixtures.h"
#include "translations/language.h"
#include "ui/meeting/attendancepanel.h"
#include "ui/meeting/casesummary.h"
#include "ui/meeting/decisionpanel.h"
#include "ui/meeting/meetingworkspace.h"
#include "ui/meeting/presentationwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>
#include <memory>

using namespace concerto;

namespace {

QDateTime g_now = QDateTime(QDate(2026, 11, 24), QTime(16, 5), Qt::UTC);

// Counts the key presses the application receives.
class KeyCounter final : public QObject {
public:
    int presses = 0;
    bool eventFilter(QObject *watched, QEvent *event) override {
        // One count per key: the event reaches several objects on its way (window, focus widget…).
        if (event->type() == QEvent::KeyPress && watched == QApplication::focusWidget())
            ++presses;
        return QObject::eventFilter(watched, event);
    }
};

// Runs `action` on the first modal window that `accepts`, as soon as it shows (polling: it shows inside
// the exec() the next key starts).
void whenModal(std::function<bool(QWidget *)> accepts, std::function<void(QWidget *)> action) {
    auto *poll = new QTimer;
    poll->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, tries, accepts, action] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && accepts(modal) && modal->isVisible()) {
            poll->stop();
            poll->deleteLater();
            action(modal);
        } else if (++*tries > 500) {
            poll->stop();
            poll->deleteLater();
            if (modal)
                modal->close(); // not the one awaited: the test fails on what follows, it does not hang
        }
    });
    poll->start();
}

const char *const kNames[] = {"Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
                              "Laurent", "Lefebvre", "Michel", "Garcia", "David"};

} // namespace

class TestMeetingSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::DocumentCase m_case;
    QUuid m_later;
    std::vector<QUuid> m_cases;

    QWidget *focus() { return QApplication::focusWidget(); }

private Q_SLOTS:
    void initTestCase() {
        test::prepareMeetingScreenTest(m_dir, g_now);
        m_db = Database::create(m_dir.filePath(QStringLiteral("session.db")));
        QVERIFY(m_db);
        m_case = test::saveDocumentCase(*m_db, false);
        // The fixture's own case is not on today's agenda: eleven new patients are.
        QVERIFY(FicheRepository(*m_db).remove(m_case.fiche.meta.id).ok);
        QVERIFY(InscriptionRepository(*m_db).remove(m_case.fiche.inscriptionId).ok);
        Session s = *SessionRepository(*m_db).find(m_case.fiche.sessionId).value;
        s.attendance.clear();
        s.durationMinutes = 120;
        QVERIFY(SessionRepository(*m_db).save(s).ok);
        Session later = test::sampleSession(s.rcpId);
        later.startsAt = s.startsAt.addDays(7);
        later.attendance.clear();
        QVERIFY(SessionRepository(*m_db).save(later).ok);
        m_later = later.meta.id;
        const Inscription model = [&] {
            Inscription i = test::sampleInscription(s.meta.id, {});
            i.requesterId = m_case.requesterId;
            i.presenterId = m_case.requesterId;
            return i;
        }();
        Services services(*m_db);
        for (const char *name : kNames) {
            Patient p = test::samplePatient();
            p.usedName.clear();
            p.birthName = QString::fromLatin1(name);
            p.ins.clear();
            p.identityStatus = IdentityStatus::Provisional;
            p.ipp = QStringLiteral("IPP-%1").arg(QLatin1String(name));
            QVERIFY(PatientRepository(*m_db).save(p).ok);
            Inscription i = model;
            i.patientId = p.meta.id;
            i.registeredAt = QDateTime();
            QVERIFY(services.agenda().registerCase(i, true).ok);
            m_cases.push_back(i.meta.id);
        }
    }
    void cleanupTestCase() {
        m_db.reset();
        clock::set({});
    }

    void aWholeMeetingFromTheKeyboard() {
        Services services(*m_db);
        Actor coordinator;
        coordinator.name = QStringLiteral("Dr Claire Moreau");
        coordinator.role = Role::Coordinator;
        coordinator.professionalId = m_case.coordinatorId;
        services.setActor(coordinator);
        MeetingWorkspace w(services);
        w.resize(1400, 850);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_COMPARE(w.agenda()->model()->rowCount(), 11);
        QTableWidget *table = w.attendance()->table();
        QTRY_COMPARE(table->rowCount(), 3);
        w.agenda()->setFocus(); // where the window puts the keyboard when the workspace opens
        KeyCounter counter;
        qApp->installEventFilter(&counter);

        // F9 starts the meeting; Alt+3, then Space and Down on each member.
        QTest::keyClick(focus(), Qt::Key_F9);
        QCOMPARE(SessionRepository(*m_db).find(m_case.fiche.sessionId).value->status,
                 SessionStatus::InProgress);
        QTest::keyClick(focus(), Qt::Key_3, Qt::AltModifier);
        QCOMPARE(focus(), static_cast<QWidget *>(table));
        table->selectRow(0);
        for (int r = 0; r < 3; ++r) {
            QTest::keyClick(focus(), Qt::Key_Space);
            QTest::keyClick(focus(), Qt::Key_Down);
        }
        QCOMPARE(w.attendance()->presentCount(), 3);

        // Alt+1 and Enter: the first case is taken up, the keyboard in its first field.
        QTest::keyClick(focus(), Qt::Key_1, Qt::AltModifier);
        QTest::keyClick(focus(), Qt::Key_Home);
        QTest::keyClick(focus(), Qt::Key_Return);
        QCOMPARE(w.currentCase(), m_cases[0]);
        QVERIFY(focus() && focus()->objectName() == QLatin1String("treatmentType"));
        QTRY_VERIFY(w.quorumBadge()->text().startsWith(QStringLiteral("Quorum met")));

        // F5: the presentation window shows this case's patient and nobody else's.
        QTest::keyClick(focus(), Qt::Key_F5);
        QVERIFY(w.presentation() && w.presentation()->isVisible());
        const QString shown = w.presentation()->summary()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("BERNARD")), qPrintable(shown));
        for (std::size_t n = 1; n < std::size(kNames); ++n)
            QVERIFY2(!shown.contains(QString::fromLatin1(kNames[n]).toUpper()), kNames[n]);
        w.presentation()->close();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_VERIFY(focus() && focus()->objectName() == QLatin1String("treatmentType"));

        std::vector<int> keysPerDecision;
        for (int n = 0; n < 11; ++n) {
            const QUuid shownCase = w.currentCase();
            QCOMPARE(shownCase, m_cases[std::size_t(n)]);
            if (n == 5) {
                // Ctrl+R: the postponement dialog, its reason typed, Enter.
                whenModal([](QWidget *m) { return m->objectName() == QLatin1String("postponeDialog"); },
                          [](QWidget *dialog) {
                              // The dialog puts the keyboard in the reason.
                              QWidget *reason = dialog->focusWidget();
                              if (!reason || reason->objectName() != QLatin1String("postponeReason")) {
                                  dialog->close(); // the test fails below, it does not hang
                                  return;
                              }
                              QTest::keyClicks(reason, QStringLiteral("IRM en attente"));
                              QTest::keyClick(reason, Qt::Key_Return);
                          });
                QTest::keyClick(focus(), Qt::Key_R, Qt::ControlModifier);
                QCOMPARE(InscriptionRepository(*m_db).find(shownCase).value->agendaState,
                         AgendaState::Postponed);
                // The window manager gives the keyboard back to the window when the dialog closes; the
                // offscreen platform needs telling.
                w.activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(&w));
                QTRY_VERIFY(focus() && focus()->objectName() == QLatin1String("treatmentType"));
                continue;
            }
            const int before = counter.presses;
            QTest::keyClick(focus(), Qt::Key_C); // "Chemotherapy", the first type starting with C
            QTest::keyClick(focus(), Qt::Key_Tab);
            QVERIFY2(focus() && focus()->objectName() == QLatin1String("details"),
                     focus() ? qPrintable(focus()->objectName() + QLatin1Char(' ') + focus()->metaObject()->className()) : "no focus");
            QTest::keyClicks(focus(), QStringLiteral("FOLFOX"));
            QTest::keyClick(focus(), Qt::Key_Return, Qt::ControlModifier);
            keysPerDecision.push_back(counter.presses - before);
            const Fiche decided = *services.decisions().openFiche(shownCase).value;
            QCOMPARE(decided.proposal.size(), std::size_t(1));
            QCOMPARE(decided.proposal[0].treatmentType, QStringLiteral("C15632"));
            QCOMPARE(decided.proposal[0].details, QStringLiteral("FOLFOX"));
            QCOMPARE(decided.status, DocumentStatus::Completed);
        }
        QCOMPARE(keysPerDecision.size(), std::size_t(10));
        for (int keys : keysPerDecision)
            QVERIFY2(keys <= 15, qPrintable(QStringLiteral("%1 keys for one decision").arg(keys)));
        qInfo("key events per standard decision: %d", keysPerDecision.front());

        // Ctrl+Shift+S: confirmed with Enter; the report closed with Enter.
        QString report;
        whenModal([](QWidget *m) { return m->objectName() != QLatin1String("signingReport"); },
                  [](QWidget *question) { QTest::keyClick(question, Qt::Key_Return); });
        whenModal([](QWidget *m) { return m->objectName() == QLatin1String("signingReport"); },
                  [&report](QWidget *box) {
                      report = qobject_cast<QMessageBox *>(box)->text();
                      QTest::keyClick(box, Qt::Key_Return);
                  });
        QTest::keyClick(focus(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(report.startsWith(QStringLiteral("10 fiches signed.")), qPrintable(report));
        qApp->removeEventFilter(&counter);

        int signedCount = 0;
        for (std::size_t n = 0; n < m_cases.size(); ++n) {
            const Inscription c = *InscriptionRepository(*m_db).find(m_cases[n]).value;
            const StoreRead<std::optional<Fiche>> latest = FicheRepository(*m_db).latestForCase(m_cases[n]);
            QVERIFY(latest.ok());
            if (n == 5) {
                QCOMPARE(c.postponement.toSessionId, m_later);
                QCOMPARE(c.postponement.reason, QStringLiteral("IRM en attente"));
                QVERIFY(!latest.value); // withdrawn
                continue;
            }
            QCOMPARE(c.agendaState, AgendaState::Discussed);
            QVERIFY(latest.value);
            const Fiche &f = *latest.value;
            QCOMPARE(f.versionNumber, 1);
            QVERIFY(f.isSigned());
            QCOMPARE(f.signerId, m_case.coordinatorId);
            QCOMPARE(f.quorum, QuorumStatus::Met);
            QCOMPARE(f.attendees.size(), std::size_t(3));
            ++signedCount;
        }
        QCOMPARE(signedCount, 10);
        const StoreRead<std::vector<Inscription>> later = services.agenda().cases(m_later);
        QVERIFY(later.ok());
        QCOMPARE(later->size(), std::size_t(1));
    }
};

QTEST_MAIN(TestMeetingSession)
#include "tst_meetingsession.moc"
