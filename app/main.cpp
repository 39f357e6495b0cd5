// The desktop entry point: application names and look, the user's language, the database (default or
// --db FILE), then the main window.
#include "models/store/database.h"
#include "models/store/uselock.h"
#include "translations/language.h"
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
    parser.process(app);

    // The user's own database is made on first start (and its folder); a file named with --db must exist.
    const bool defaultFile = !parser.isSet(dbOption);
    const QString path = defaultFile ? concerto::Database::defaultPath() : parser.value(dbOption);
    QString error;
    bool created = false;
    const std::unique_ptr<concerto::Database> db =
        defaultFile ? concerto::Database::create(path, &error, true, &created)
                    : concerto::Database::open(path, &error);
    if (!db) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Concerto cannot start"),
            QCoreApplication::translate("main", "The database %1 could not be opened.\n\n%2")
                .arg(QDir::toNativeSeparators(path), error));
        return 1;
    }

    concerto::MainWindow window(*db);
    const concerto::DatabaseUseLock useLock(db->path());
    if (useLock.heldElsewhere())
        window.showNotice(QCoreApplication::translate(
                              "main", "This database is already open in another Concerto window "
                                      "(process %1). Both can work on it, but a case edited in both "
                                      "windows keeps the last save: close one of them.")
                              .arg(useLock.otherPid()));
    else if (created)
        window.showNotice(QCoreApplication::translate(
                              "main", "A new, empty database was created at %1. Import the value sets and "
                                      "the directory in Administration, or synchronise with the server.")
                              .arg(QDir::toNativeSeparators(db->path())));
    window.show();
    return app.exec();
}
