// The meeting tests' actor, footprint and screen test setting.
#include "tests/support/meetingfixtures.h"

#include "models/domain/clock.h"
#include "translations/language.h"

#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>

namespace concerto::test {

QByteArray meetingFootprint(Database &db) {
    QSqlQuery q(db.connection());
    QByteArray all;
    for (const char *table : {"session", "inscription", "fiche", "change_journal", "audit_log"}) {
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
            return {};
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                all += q.value(c).toString().toUtf8() + '|';
    }
    return all;
}

Actor actorAs(Role role, const QUuid &professionalId) {
    Actor a;
    a.name = QStringLiteral("Dr Test");
    a.role = role;
    a.professionalId = professionalId;
    return a;
}

QString runClerksTogether(const QString &database, const std::vector<QStringList> &arguments) {
    std::vector<std::unique_ptr<QProcess>> clerks;
    for (const QStringList &args : arguments) {
        clerks.push_back(std::make_unique<QProcess>());
        QProcess &p = *clerks.back();
        p.start(QStringLiteral(CONCERTO_MEETING_CLERK), QStringList{database} + args);
        if (!p.waitForReadyRead(10000) || p.readLine().trimmed() != "ready")
            return QStringLiteral("a clerk did not start: ") + QString::fromUtf8(p.readAllStandardError());
    }
    for (auto &p : clerks)
        p->write("go\n");
    QString failures;
    for (auto &p : clerks)
        if (!p->waitForFinished(60000) || p->exitCode() != 0)
            failures += QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError());
    return failures;
}

void prepareMeetingScreenTest(const QTemporaryDir &dir, const QDateTime &now) {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    installTranslations(QStringLiteral("en"));
    clock::set([now] { return now; });
}

} // namespace concerto::test
