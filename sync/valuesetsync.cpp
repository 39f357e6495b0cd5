// Downloading the value sets the server lists and the local file lacks.
#include "sync/valuesetsync.h"

#include "models/store/nomenclaturerepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace concerto::sync {

ValueSetReport pullValueSets(Database &db, ServerConnection &server) {
    ValueSetReport report;
    const ServerReply list = server.get(QStringLiteral("nomenclatures"));
    if (list.status != 200) {
        report.error = list.status == 0 ? list.error
                                        : QStringLiteral("the server's value sets: HTTP %1").arg(list.status);
        return report;
    }
    nomenclature::NomenclatureRepository repository(db);
    const auto loaded = repository.sets();
    if (!loaded.ok()) {
        report.error = loaded.error;
        return report;
    }
    QSet<QString> here;
    for (const nomenclature::SetInfo &set : *loaded)
        here.insert(set.oid + QLatin1Char('\n') + set.version);
    std::vector<QJsonObject> wanted;
    for (const QJsonValue &value : list.json.value(QStringLiteral("value_sets")).toArray()) {
        const QJsonObject set = value.toObject();
        const QString oid = set.value(QStringLiteral("oid")).toString();
        const QString version = set.value(QStringLiteral("version")).toString();
        if (oid.isEmpty() || version.isEmpty())
            continue;
        if (here.contains(oid + QLatin1Char('\n') + version))
            ++report.alreadyHere;
        else
            wanted.push_back(set);
    }
    // Older first: the last one stored becomes the active version of its set.
    std::stable_sort(wanted.begin(), wanted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("revision_date")).toString() <
               b.value(QStringLiteral("revision_date")).toString();
    });
    for (const QJsonObject &set : wanted) {
        const QString oid = set.value(QStringLiteral("oid")).toString();
        const QString version = set.value(QStringLiteral("version")).toString();
        const QString name = set.value(QStringLiteral("name")).toString();
        const QByteArray expected = set.value(QStringLiteral("sha256")).toString().toLatin1();
        const ServerReply file = server.get(QStringLiteral("nomenclatures/%1/%2")
                                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(oid)),
                                                     QString::fromLatin1(QUrl::toPercentEncoding(version))));
        if (file.status != 200) {
            report.error =
                file.status == 0
                    ? file.error
                    : QStringLiteral("the value set %1 (%2): HTTP %3").arg(name, version).arg(file.status);
            return report;
        }
        const QByteArray digest = QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex();
        if (digest != expected || (!file.etag.isEmpty() && file.etag != '"' + expected + '"')) {
            report.error = QStringLiteral("the value set %1 (%2) came with another SHA-256 than the server "
                                          "lists: not loaded")
                               .arg(name, version);
            return report;
        }
        const nomenclature::ImportResult stored =
            repository.importData(file.body, QStringLiteral("%1 (server)").arg(name.isEmpty() ? oid : name));
        if (!stored) {
            report.error = stored.error;
            return report;
        }
        ++report.loaded;
    }
    report.ok = true;
    return report;
}

} // namespace concerto::sync
