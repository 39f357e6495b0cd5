// The desktop entry point: application names and look, the user's language, the database's key source,
// the sync account given on the command line (kept in the settings), then the database (default or --db
// FILE) and its window, through the desktop controller.
#include "app/keysource.h"
#include "models/store/database.h"
#include "translations/language.h"
#include "ui/desktopcontroller.h"
#include "ui/mainwindow.h"
#include "ui/sync/desktopsync.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <cstdio>

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
    const QCommandLineOption serverOption(
        QStringLiteral("sync-server"),
        QCoreApplication::translate("main", "Sync with the regional server at URL (https://…); kept in the "
                                            "settings, as the Sync workspace keeps it."),
        QCoreApplication::translate("main", "URL"));
    const QCommandLineOption caOption(
        QStringLiteral("sync-ca"),
        QCoreApplication::translate("main", "Trust the regional certificate authority of FILE (PEM); kept "
                                            "in the settings."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption userOption(
        QStringLiteral("sync-user"),
        QCoreApplication::translate("main", "Sign in to the regional server as NAME; kept in the settings. "
                                            "The password is asked in the Sync workspace."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption noSyncOption(
        QStringLiteral("no-sync"),
        QCoreApplication::translate("main", "Do not sign in nor sync by yourself during this run (the "
                                            "account stays in the settings)."));
    parser.addOptions({serverOption, caOption, userOption, noSyncOption});
    parser.process(app);
    // The database's key: the key file, else the system keychain (made there at the first start).
    concerto::app::installKeySource(parser.value(keyFileOption));

    // The account given here replaces the saved one's parts it names, before the window reads it.
    if (parser.isSet(serverOption) || parser.isSet(caOption) || parser.isSet(userOption)) {
        concerto::sync::SyncAccount account = concerto::DesktopSync::savedAccount();
        if (parser.isSet(serverOption)) {
            const QUrl server(parser.value(serverOption), QUrl::StrictMode);
            if (!server.isValid() || server.scheme() != QLatin1String("https") || server.host().isEmpty()) {
                fputs(qPrintable(QCoreApplication::translate("main", "--sync-server must be an https:// "
                                                                     "address, not \"%1\".")
                                     .arg(parser.value(serverOption)) +
                                 QLatin1Char('\n')),
                      stderr);
                return 2;
            }
            account.server = server;
        }
        if (parser.isSet(caOption))
            account.caFile = QFileInfo(parser.value(caOption)).absoluteFilePath();
        if (parser.isSet(userOption))
            account.user = parser.value(userOption);
        concerto::DesktopSync::saveAccount(account);
    }
    if (parser.isSet(noSyncOption))
        concerto::DesktopSync::holdSyncThisRun();

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
