// The meeting workspace as a user works it, keyboard only: the session of the day is chosen, its
// permanent members listed "not arrived", Space checks each in and the quorum badge turns to met when the
// surgeon, the oncologist and the radiotherapist are there; the radiotherapist leaves (Space again) and the
// badge names the missing group; a guest without RPPS is added through the dialog; a read-only user sees
// no attendance button and Space changes nothing.
#include "models/domain/clock.h"
#include "models/itemmodels/agendamodel.h"
#include "models/store/repositories.h"
#include "services/services.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/meetingfixtures.h"
#include "translations/language.h"
#include "ui/meeting/attendancepanel.h"
#include "ui/meeting/guestdialog.h"
#include "ui/meeting/meetingworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace concerto;

namespace {
QDateTime g_now = QDateTime(QDate(2026, 11, 24), QTime(16, 5), Qt::UTC);

} // namespace

class TestMeetingWorkspace : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::DocumentCase m_case;

    int rowOf(QTableWidget *table, const QString &name) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text().contains(name, Qt::CaseInsensitive))
                return r;
        return -1;
    }

    static QString namesOf(QTableWidget *table) {
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r)
            names << table->item(r, 0)->text();
        return names.join(QStringLiteral(" | "));
    }

private Q_SLOTS:
    void initTestCase() {
        test::prepareMeetingScreenTest(m_dir, g_now);
        m_db = Database::create(m_dir.filePath(QStringLiteral("meeting.db")));
        QVERIFY(m_db);
        m_case = test::saveDocumentCase(*m_db, false);
        Session s = *SessionRepository(*m_db).find(m_case.fiche.sessionId).value;
        s.attendance.clear();
        s.videoLink = QStringLiteral("https://visio.example.org/rcp-digestive");
        QVERIFY(SessionRepository(*m_db).save(s).ok);
    }
    void cleanupTestCase() {
        m_db.reset();
        clock::set({});
    }

    void theKeyboardTakesTheAttendanceAndTheBadgeFollows() {
        Services services(*m_db);
        services.setActor(test::actorAs(Role::Secretary, {}));
        MeetingWorkspace w(services);
        w.resize(1300, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.sessionBox()->count(), 1);
        QCOMPARE(w.sessionBox()->currentData().toUuid(), m_case.fiche.sessionId);
        QTRY_COMPARE(w.agenda()->model()->rowCount(), 1);
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("videoLink"))->isEnabled());
        QTableWidget *table = w.attendance()->table();
        QTRY_COMPARE(table->rowCount(), 3);
        QTRY_VERIFY(!table->item(0, 0)->text().contains(QStringLiteral("Reading")));
        for (int r = 0; r < 3; ++r)
            QCOMPARE(table->item(r, 2)->text(), QStringLiteral("not arrived"));
        QTRY_VERIFY(w.quorumBadge()->text().startsWith(QStringLiteral("Quorum not met")));

        // Space on each member: checked in, in the room, at 17:05 board time.
        table->setFocus();
        table->selectRow(0);
        for (int r = 0; r < 3; ++r) {
            QTest::keyClick(table, Qt::Key_Space);
            QTest::keyClick(table, Qt::Key_Down);
        }
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(table->item(r, 2)->text(), QStringLiteral("in the room"));
            QCOMPARE(table->item(r, 3)->text(), QLocale().toString(QTime(17, 5), QLocale::ShortFormat));
        }
        QCOMPARE(w.attendance()->presentCount(), 3);
        QCOMPARE(w.quorumBadge()->text(), QStringLiteral("Quorum met"));

        // The radiotherapist leaves ten minutes later: the badge names the missing group.
        g_now = g_now.addSecs(600);
        const int radiotherapist = rowOf(table, QStringLiteral("Roux"));
        QVERIFY2(radiotherapist >= 0, qPrintable(namesOf(table)));
        table->selectRow(radiotherapist);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(radiotherapist, 2)->text(), QStringLiteral("left"));
        QVERIFY2(w.quorumBadge()->text().contains(QStringLiteral("Radiothérapeute missing")),
                 qPrintable(w.quorumBadge()->text()));

        // A radiotherapist without RPPS joins remotely: the quorum is met again.
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<GuestDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChildren<QRadioButton *>().at(1)->setChecked(true);
            dialog->findChild<QLineEdit *>(QStringLiteral("guestName"))
                ->setText(QStringLiteral("Dr Claire Petit"));
            auto *specialty = dialog->findChild<QComboBox *>(QStringLiteral("guestSpecialty"));
            specialty->setCurrentIndex(specialty->findData(QStringLiteral("SM45")));
            dialog->findChild<QLineEdit *>(QStringLiteral("guestOrganisation"))
                ->setText(QStringLiteral("CH de Sète"));
            dialog->findChild<QCheckBox *>()->setChecked(true);
            dialog->accept();
        });
        QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);
        const int guest = rowOf(table, QStringLiteral("Claire Petit"));
        QVERIFY(guest >= 0);
        QCOMPARE(table->item(guest, 2)->text(), QStringLiteral("remote"));
        QCOMPARE(w.quorumBadge()->text(), QStringLiteral("Quorum met"));
        const Session stored = *SessionRepository(*m_db).find(m_case.fiche.sessionId).value;
        QCOMPARE(stored.attendance.size(), std::size_t(4));
        QCOMPARE(stored.attendance.back().guestOrganisation, QStringLiteral("CH de Sète"));
    }

    void aReadOnlyUserChangesNothing() {
        Services services(*m_db);
        services.setActor(test::actorAs(Role::ReadOnly, {}));
        MeetingWorkspace w(services);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableWidget *table = w.attendance()->table();
        QTRY_VERIFY(table->rowCount() >= 3);
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("toggleAttendance"))->isVisible());
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("startMeeting"))->isVisible());
        const QString before = table->item(0, 2)->text();
        const auto version = SessionRepository(*m_db).find(m_case.fiche.sessionId).value->meta.updatedAt;
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->item(0, 2)->text(), before);
        QCOMPARE(SessionRepository(*m_db).find(m_case.fiche.sessionId).value->meta.updatedAt, version);
    }
};

QTEST_MAIN(TestMeetingWorkspace)
#include "tst_meetingworkspace.moc"
