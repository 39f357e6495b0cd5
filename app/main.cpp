// The desktop entry point: application names and look, the user's language, then the database (default
// or --db FILE) and its window, through the desktop controller.
#include "app/keysource.h"
#include "models/store/database.h"
#include "translations/language.h"
#include "ui/desktopcontroller.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Concerto"));
    QCoreApplication::setApplicationName(QStringLiteral("Concerto"));
    QCoreApplication::setApplicationVersion(concerto::applicationVersion());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Concerto"));
    QGuiApplication::setDesktopFileName(QStringLiteral("concerto"));
    concerto::theme::apply(app);
    concerto::installTranslations(
        concerto::preferredLanguage(QSettings().value(QStringLiteral("language")).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Concerto: tumour boards (RCP) of the regional cancer network"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Use the database FILE."),
                                      QCoreApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption keyFileOption(
        QStringLiteral("key-file"),
        QCoreApplication::translate("main", "Read the database's key from FILE (where no system keychain "
                                            "runs; CONCERTO_KEY_FILE names it too)."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(keyFileOption);
    parser.process(app);
    // The database's key: the key file, else the system keychain (made there at the first start).
    concerto::app::installKeySource(parser.value(keyFileOption));

    // The user's own database is made on first start (and its folder); a file named with --db must exist.
    const bool defaultFile = !parser.isSet(dbOption);
    const QString path = defaultFile ? concerto::Database::defaultPath() : parser.value(dbOption);
    concerto::DesktopController desktop;
    const QString error = desktop.start(path, defaultFile);
    if (!error.isEmpty()) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Concerto cannot start"),
            QCoreApplication::translate("main", "The database %1 could not be opened.\n\n%2")
                .arg(QDir::toNativeSeparators(path), error));
        return 1;
    }
    return app.exec();
}
