// The meeting tests' actor, footprint and screen test setting.
#include "tests/support/meetingfixtures.h"

#include "models/domain/clock.h"
#include "translations/language.h"

#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

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

void prepareMeetingScreenTest(const QTemporaryDir &dir, const QDateTime &now) {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    installTranslations(QStringLiteral("en"));
    clock::set([now] { return now; });
}

} // namespace concerto::test
