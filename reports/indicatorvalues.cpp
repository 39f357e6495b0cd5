// The checks of the values the indicators read (reports/indicatorvalues.h).
#include "reports/indicatorvalues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace concerto::indicators {

bool wholeOrAbsent(const QVariant &value, qint64 low, qint64 high) {
    if (value.isNull())
        return true;
    const int type = value.typeId();
    if (type != QMetaType::LongLong && type != QMetaType::Int && type != QMetaType::ULongLong &&
        type != QMetaType::UInt)
        return false;
    const qint64 n = value.toLongLong();
    return n >= low && n <= high;
}

bool dateOrAbsent(const QVariant &value) {
    if (value.isNull())
        return true;
    const QString text = value.toString();
    if (text.isEmpty())
        return true;
    if (text.size() == 10)
        return QDate::fromString(text, Qt::ISODate).isValid();
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

bool jsonArrayOrAbsent(const QVariant &value) {
    if (value.isNull())
        return true;
    const QByteArray text = value.toString().toUtf8();
    return text.isEmpty() || QJsonDocument::fromJson(text).isArray();
}

QString unreadableValue(const QString &ficheId, const char *column, const QVariant &value) {
    QString shown = value.toString();
    if (shown.size() > 40)
        shown = shown.left(40) + QStringLiteral("…");
    return QCoreApplication::translate("Indicators",
                                       "The fiche %1 holds a value the statistics cannot read (%2: \"%3\"): "
                                       "no figures were computed. Correct the record or restore the file "
                                       "from a backup.")
        .arg(ficheId, QLatin1String(column), shown);
}

} // namespace concerto::indicators
