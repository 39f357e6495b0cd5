// The desktop opening a database written in clear (before Concerto encrypted its files): encrypted once,
// in place, every record kept and the window saying so; when it cannot be (the copy's place taken), the
// file opens as it was, in clear, and the window says why.
#include "models/store/database.h"
#include "models/store/migrations.h"
#include "tests/support/fixtures.h"
#include "translations/language.h"
#include "ui/desktopcontroller.h"
#include "ui/mainwindow.h"
#include "ui/profile/userprofiles.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace concerto;

namespace {

const QByteArray kSqliteHeader("SQLite format 3\0", 16);
const QByteArray kIns("255081416802538"); // the sample patient's INS

QByteArray bytesOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("missing");
}

// A Concerto database in clear at the latest schema, as this version made them before encryption, with
// the sample case written into it (a file in clear opens as it is).
bool makePlainDatabase(const QString &path) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA page_size = 8192")) &&
             migrations::upgrade(db, migrations::latestVersion(), &error);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    if (!ok)
        return false;
    std::unique_ptr<Database> db = Database::open(path);
    if (!db)
        return false;
    test::saveSampleCase(*db);
    return bytesOf(path).startsWith(kSqliteHeader);
}

int patientsIn(const QString &path) {
    std::unique_ptr<Database> db = Database::open(path);
    QSqlQuery q(db ? db->connection() : QSqlDatabase());
    return db && q.exec(QStringLiteral("SELECT count(*) FROM patient WHERE ins = '255081416802538'")) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

} // namespace

class TestDesktopEncrypt : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        installTranslations(QStringLiteral("en"));
        Actor secretary;
        secretary.name = QStringLiteral("Claire Dubois");
        secretary.role = Role::Secretary;
        userprofiles::save(secretary);
        userprofiles::setCurrent(secretary.name);
    }

    void aFileInClearIsEncryptedOnOpening() {
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        QVERIFY(makePlainDatabase(path));
        QVERIFY(bytesOf(path).contains(kIns));
        {
            DesktopController desktop;
            QCOMPARE(desktop.start(path, false), QString());
            QVERIFY(desktop.window());
            QVERIFY2(desktop.window()->noticeText().contains(QStringLiteral("now encrypted")),
                     qPrintable(desktop.window()->noticeText()));
        }
        const QByteArray after = bytesOf(path);
        QVERIFY(!after.startsWith(kSqliteHeader));
        QVERIFY(!after.contains(kIns));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                !bytesOf(path + QStringLiteral("-wal")).contains(kIns));
        QVERIFY(!QFile::exists(path + QStringLiteral(".encrypting")));
        QCOMPARE(patientsIn(path), 1);

        // Opened again: nothing more to do, nothing said about it.
        DesktopController again;
        QCOMPARE(again.start(path, false), QString());
        QVERIFY2(!again.window()->noticeText().contains(QStringLiteral("encrypt")),
                 qPrintable(again.window()->noticeText()));
    }

    void aFileThatCannotBeEncryptedOpensAsItWas() {
        const QString path = m_dir.filePath(QStringLiteral("blocked.db"));
        QVERIFY(makePlainDatabase(path));
        QVERIFY(QDir().mkdir(path + QStringLiteral(".encrypting"))); // the copy's place is taken
        {
            DesktopController desktop;
            QCOMPARE(desktop.start(path, false), QString());
            QVERIFY2(desktop.window()->noticeText().contains(QStringLiteral("still in clear")),
                     qPrintable(desktop.window()->noticeText()));
        }
        QVERIFY(bytesOf(path).startsWith(kSqliteHeader));
        QCOMPARE(patientsIn(path), 1);
    }
};

QTEST_MAIN(TestDesktopEncrypt)
#include "tst_desktopencrypt.moc"
