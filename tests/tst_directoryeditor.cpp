// The directory editor as a 3C administrator uses it (offscreen widgets): a committee is created, its
// schedule (the last Thursday of the month) and quorum edited, saved, and read back from the store
// with what the form does not show kept; a fault is shown at its field and blocks the save; an RPPS
// with a wrong key is refused at the field, a right one saved.
#include "editing/committeedocument.h"
#include "models/store/repositories.h"
#include "models/validation/identifiers.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/directory/checklist.h"
#include "ui/directory/committeeeditor.h"
#include "ui/directory/committeespanel.h"
#include "ui/directory/professionalspanel.h"
#include "ui/directory/quorumeditor.h"
#include "ui/directory/scheduleeditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QtTest>

using namespace concerto;

namespace {
template <typename W>
W *child(QObject *parent, const char *name) {
    W *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void type(QWidget *parent, const char *field, const QString &text) {
    QLineEdit *line = child<QLineEdit>(parent, field);
    line->clear();
    // QTest types ASCII only: other texts are pasted whole.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(line, text);
    else
        line->insert(text);
}

void choose(QWidget *parent, const char *combo, const QVariant &value) {
    QComboBox *box = child<QComboBox>(parent, combo);
    box->setCurrentIndex(box->findData(value));
}

// An 11-digit RPPS with its Luhn key.
QString rpps(const QString &ten) {
    return ten + QString::number(validation::luhnCheckDigit(ten));
}
} // namespace

class TestDirectoryEditor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

private Q_SLOTS:
    void initTestCase() {
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void init() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("d%1.db").arg(++m_n)));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void createEditSaveAndReadBack() {
        Professional surgeon;
        surgeon.rpps = rpps(QStringLiteral("1000000001"));
        surgeon.lastName = QStringLiteral("Martin");
        surgeon.specialty = QStringLiteral("SM14");
        QVERIFY(ProfessionalRepository(*m_db).save(surgeon).ok);
        Organisation hospital;
        hospital.kind = OrganisationKind::Establishment;
        hospital.name = QStringLiteral("CHU de Lyon");
        QVERIFY(OrganisationRepository(*m_db).save(hospital).ok);

        CommitteesPanel panel(test::servicesOf(*m_db));
        panel.setDiscardConfirmation([] { return true; });
        QTest::mouseClick(child<QPushButton>(&panel, "newCommittee"), Qt::LeftButton);
        CommitteeEditor *editor = panel.editor();
        type(editor, "committeeName", QStringLiteral("RCP thoracique"));
        type(editor, "committeeNationalId", QStringLiteral("310042"));
        choose(editor, "nature", QString::fromLatin1(kNatureOrganRcp));
        choose(editor, "hostEstablishment", hospital.meta.id);
        // No value set imported: the appareil is a free code, the organs a list of codes.
        child<QComboBox>(editor, "appareil")->setEditText(QStringLiteral("THO"));
        QVERIFY(child<QLineEdit>(editor, "organCodes")->isVisibleTo(editor));
        type(editor, "organCodes", QStringLiteral("POUMON, PLEVRE"));
        child<QCheckBox>(editor, "recours")->setChecked(true);
        editor->memberList()->setTicked(surgeon.meta.id.toString(QUuid::WithoutBraces), true);

        // Schedule: the last Thursday of the month at 18:30, registrations three days before.
        ScheduleEditor *schedule = editor->scheduleEditor();
        choose(schedule, "weekday", 4);
        choose(schedule, "recurrence", int(ScheduleEditor::MonthlyNth));
        choose(schedule, "weekOfMonth", 5);
        child<QTimeEdit>(schedule, "startTime")->setTime(QTime(18, 30));
        type(schedule, "place", QStringLiteral("Salle Laënnec"));
        type(schedule, "videoLink", QStringLiteral("https://visio.example.fr/tho"));
        child<QSpinBox>(schedule, "registrationDays")->setValue(3);
        QVERIFY(child<QLabel>(schedule, "nextMeetings")->text().contains(QStringLiteral("Thu")));

        // Quorum: a minimum above what the groups can give is said at its field and blocks the save.
        QuorumEditor *quorum = editor->quorumEditor();
        child<QSpinBox>(quorum, "quorumMinimum")->setValue(2);
        quorum->addGroup(QStringLiteral("Chirurgien thoracique"));
        quorum->setSpecialtyTicked(QStringLiteral("SM14"), true);
        QLabel *minimum = child<QLabel>(quorum, "quorumMinimumMessage");
        QVERIFY(minimum->isVisibleTo(quorum));
        QVERIFY2(minimum->text().contains(QStringLiteral("can give only 1")), qPrintable(minimum->text()));
        QString error;
        QVERIFY(!panel.save(&error));
        QCOMPARE(READ(RcpRepository(*m_db).count()), 0);
        quorum->addGroup(QStringLiteral("Pneumologue"));
        quorum->setSpecialtyTicked(QStringLiteral("SM41"), true);
        QVERIFY(!minimum->isVisibleTo(quorum));

        editor->addGuideline(QStringLiteral("Référentiel AURA poumon"), QStringLiteral("2025"),
                             QStringLiteral("15/01/2025"));
        editor->caseFieldList()->setTicked(QStringLiteral("clinical-tnm"), false);

        QVERIFY2(panel.save(&error), qPrintable(error));
        QCOMPARE(panel.list()->count(), 1);
        const std::vector<Rcp> all = READ(RcpRepository(*m_db).all());
        QCOMPARE(all.size(), std::size_t(1));
        const Rcp &r = all.front();
        QCOMPARE(r.name, QStringLiteral("RCP thoracique"));
        QCOMPARE(r.nationalId, QStringLiteral("310042"));
        QCOMPARE(r.hostEstablishmentId, hospital.meta.id);
        QCOMPARE(r.appareil, QStringLiteral("THO"));
        QCOMPARE(r.organs, (QStringList{QStringLiteral("POUMON"), QStringLiteral("PLEVRE")}));
        QVERIFY(r.recours);
        QCOMPARE(r.permanentMembers, std::vector<QUuid>{surgeon.meta.id});
        QCOMPARE(r.schedule.weekday, 4);
        QCOMPARE(r.schedule.weekOfMonth, 5);
        QCOMPARE(r.schedule.start, QTime(18, 30));
        QCOMPARE(r.schedule.place, QStringLiteral("Salle Laënnec"));
        QCOMPARE(r.schedule.videoLink, QStringLiteral("https://visio.example.fr/tho"));
        QCOMPARE(r.schedule.registrationDays, 3);
        QCOMPARE(r.quorum.minimumSpecialties, 2);
        QCOMPARE(r.quorum.requiredGroups.size(), std::size_t(2));
        QCOMPARE(r.quorum.requiredGroups[0].label, QStringLiteral("Chirurgien thoracique"));
        QCOMPARE(r.quorum.requiredGroups[0].specialties, QStringList{QStringLiteral("SM14")});
        QCOMPARE(r.quorum.requiredGroups[1].specialties, QStringList{QStringLiteral("SM41")});
        QCOMPARE(r.guidelines.size(), std::size_t(1));
        QCOMPARE(r.guidelines[0].date, QDate(2025, 1, 15));
        QVERIFY(!r.requiredCaseFields.contains(QStringLiteral("clinical-tnm")));
        QVERIFY(r.requiredCaseFields.contains(QStringLiteral("question")));
    }

    void editingKeepsWhatTheFormDoesNotShow() {
        Rcp stored;
        stored.name = QStringLiteral("RCP digestive");
        stored.nationalId = QStringLiteral("1234");
        stored.appareil = QStringLiteral("DIG");
        stored.schedule.everyWeeks = 2;
        stored.schedule.firstMeeting = QDate(2026, 1, 6);
        stored.hostEstablishmentId = QUuid::createUuid(); // not in this directory (yet)
        stored.quorum.requiredGroups = {
            {QStringLiteral("Chirurgien"), {QStringLiteral("SM14")}},
            {QStringLiteral("Oncologue"), {QStringLiteral("SM36"), QStringLiteral("XX1")}}};
        stored.quorum.minimumSpecialties = 2;
        stored.requiredCaseFields = {QStringLiteral("question"), QStringLiteral("future-field")};
        QVERIFY(RcpRepository(*m_db).save(stored).ok);

        CommitteesPanel panel(test::servicesOf(*m_db));
        CommitteeEditor *editor = panel.editor();
        QCOMPARE(child<QLineEdit>(editor, "committeeName")->text(), QStringLiteral("RCP digestive"));
        QCOMPARE(child<QComboBox>(editor->scheduleEditor(), "recurrence")->currentData().toInt(),
                 int(ScheduleEditor::EveryNWeeks));
        // A code that is not national is kept (and said wrong) rather than dropped.
        QVERIFY(!editor->validate());
        editor->quorumEditor()->groupList()->setCurrentRow(1);
        editor->quorumEditor()->setSpecialtyTicked(QStringLiteral("XX1"), false);
        QVERIFY(editor->validate());
        type(editor->scheduleEditor(), "place", QStringLiteral("Salle 4"));
        QVERIFY(editor->isDirty());
        QString error;
        QVERIFY2(panel.save(&error), qPrintable(error));
        const Rcp after = *READ(RcpRepository(*m_db).find(stored.meta.id));
        QCOMPARE(after.schedule.place, QStringLiteral("Salle 4"));
        QCOMPARE(after.schedule.everyWeeks, 2);
        QCOMPARE(after.schedule.firstMeeting, QDate(2026, 1, 6));
        QCOMPARE(after.hostEstablishmentId, stored.hostEstablishmentId);
        // Untouched, the list keeps its stored order.
        QCOMPARE(after.requiredCaseFields,
                 (QStringList{QStringLiteral("question"), QStringLiteral("future-field")}));
        QCOMPARE(after.quorum.requiredGroups[1].specialties, QStringList{QStringLiteral("SM36")});
    }

    void anEditIsUndoneAndADraftComesBackAtTheNextOpen() {
        Rcp stored;
        stored.name = QStringLiteral("RCP digestive");
        stored.schedule.place = QStringLiteral("Salle 2");
        QVERIFY(RcpRepository(*m_db).save(stored).ok);
        {
            CommitteesPanel panel(test::servicesOf(*m_db));
            CommitteeEditor *editor = panel.editor();
            auto *place = child<QLineEdit>(editor->scheduleEditor(), "place");
            QCOMPARE(place->text(), QStringLiteral("Salle 2"));
            QVERIFY(!editor->isDirty());
            type(editor->scheduleEditor(), "place", QStringLiteral("Salle 7"));
            QVERIFY(editor->isDirty());
            // Ctrl+Z of the editor undoes the edit in the document and in the field.
            QAction *undo = nullptr;
            for (QAction *a : editor->actions())
                if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                    undo = a;
            QVERIFY(undo);
            undo->trigger();
            QCOMPARE(place->text(), QStringLiteral("Salle 2"));
            QVERIFY(!editor->isDirty());
            type(editor->scheduleEditor(), "place", QStringLiteral("Salle 9"));
            QVERIFY(editor->document()->flushDraft());
        } // closed without saving: the draft stays
        QCOMPARE(READ(RcpRepository(*m_db).find(stored.meta.id))->schedule.place, QStringLiteral("Salle 2"));
        CommitteesPanel again(test::servicesOf(*m_db));
        QCOMPARE(child<QLineEdit>(again.editor()->scheduleEditor(), "place")->text(),
                 QStringLiteral("Salle 9"));
        QVERIFY(again.editor()->isDirty());
    }

    void emptyNameIsSaidAtTheField() {
        CommitteesPanel panel(test::servicesOf(*m_db));
        CommitteeEditor *editor = panel.editor();
        type(editor, "committeeName", QStringLiteral("x"));
        type(editor, "committeeName", QString());
        QLabel *message = child<QLabel>(editor, "committeeNameMessage");
        QVERIFY(message->isVisibleTo(editor));
        QVERIFY(message->text().contains(QStringLiteral("name")));
        QVERIFY(!panel.save());
    }

    void badRppsIsRefusedAtTheField() {
        ProfessionalsPanel panel(test::servicesOf(*m_db));
        const QString good = rpps(QStringLiteral("1001234567"));
        QString bad = good;
        bad[10] = QChar(u'0' + (good.at(10).digitValue() + 1) % 10);
        QLabel *message = child<QLabel>(&panel, "rppsMessage");
        type(&panel, "rpps", bad.left(6));
        QVERIFY(!message->isVisibleTo(&panel)); // still being typed
        type(&panel, "rpps", bad);
        QVERIFY(message->isVisibleTo(&panel));
        QVERIFY2(message->text().contains(QStringLiteral("RPPS")), qPrintable(message->text()));
        type(&panel, "lastName", QStringLiteral("Durand"));
        choose(&panel, "specialty", QStringLiteral("SM36"));
        QVERIFY(!panel.save());
        QCOMPARE(READ(ProfessionalRepository(*m_db).count()), 0);

        type(&panel, "rpps", good);
        QVERIFY(!message->isVisibleTo(&panel));
        QString error;
        QVERIFY2(panel.save(&error), qPrintable(error));
        const std::optional<Professional> saved = READ(ProfessionalRepository(*m_db).findByRpps(good));
        QVERIFY(saved);
        QCOMPARE(saved->lastName, QStringLiteral("Durand"));
        QCOMPARE(saved->specialty, QStringLiteral("SM36"));
        QCOMPARE(panel.list()->count(), 1);

        // Reading the list again (the workspace is shown again) keeps what the form shows.
        Organisation hospital;
        hospital.name = QStringLiteral("CHU de Nîmes");
        QVERIFY(OrganisationRepository(*m_db).save(hospital).ok);
        panel.reload();
        choose(&panel, "establishment", hospital.meta.id);
        panel.reload();
        QCOMPARE(panel.professional().establishmentId, hospital.meta.id);
        QVERIFY(panel.save(&error));
        QCOMPARE(READ(ProfessionalRepository(*m_db).findByRpps(good))->establishmentId, hospital.meta.id);

        // The same RPPS a second time is refused.
        panel.newProfessional();
        type(&panel, "rpps", good);
        type(&panel, "lastName", QStringLiteral("Autre"));
        choose(&panel, "specialty", QStringLiteral("SM14"));
        QVERIFY(!panel.save(&error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QCOMPARE(READ(ProfessionalRepository(*m_db).count()), 1);
    }
};

QTEST_MAIN(TestDirectoryEditor)
#include "tst_directoryeditor.moc"
