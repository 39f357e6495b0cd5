// Loads the embedded .qm files for the chosen language.
#include "translations/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace concerto {

QString preferredLanguage(const QString &setting, const QLocale &system) {
    if (setting == QLatin1String("fr") || setting == QLatin1String("en"))
        return setting;
    return system.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool installTranslations(const QString &language) {
    static QTranslator *concertoTranslator = nullptr;
    static QTranslator *qtTranslator = nullptr;
    auto *app = QCoreApplication::instance();
    for (QTranslator **t : {&concertoTranslator, &qtTranslator})
        if (*t) {
            app->removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    concertoTranslator = new QTranslator(app);
    const bool ok = concertoTranslator->load(QStringLiteral(":/i18n/concerto_%1.qm").arg(language));
    if (ok)
        app->installTranslator(concertoTranslator);
    qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qtTranslator);
    return ok;
}

} // namespace concerto
