// The "Print the session" menu and the saving of its fiches, with what is said before and after.
#include "ui/printing/sessionprinting.h"
#include "services/ficheservice.h"

#include "reports/sessionpdf.h"
#include "ui/printing/printpreview.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace concerto::sessionprinting {

namespace {
class SessionPrinting {
    Q_DECLARE_TR_FUNCTIONS(SessionPrinting)
};
} // namespace

QMenu *makeMenu(Services &services, std::function<QUuid()> session, QWidget *parent) {
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("sessionPrintMenu"));
    auto *agenda = menu->addAction(SessionPrinting::tr("&Agenda…"));
    agenda->setObjectName(QStringLiteral("printAgenda"));
    agenda->setToolTip(SessionPrinting::tr("The cases of the session in agenda order, in a print preview"));
    auto *attendance = menu->addAction(SessionPrinting::tr("A&ttendance sheet…"));
    attendance->setObjectName(QStringLiteral("printAttendance"));
    attendance->setToolTip(
        SessionPrinting::tr("The members and attendees with a signature box each, in a print preview"));
    menu->addSeparator();
    auto *fiches = menu->addAction(SessionPrinting::tr("&Fiches as PDF files in a folder…"));
    fiches->setObjectName(QStringLiteral("saveSessionFiches"));
    fiches->setToolTip(SessionPrinting::tr("One PDF file per fiche of the session, in a folder you choose"));
    menu->setToolTipsVisible(true);
    QObject::connect(agenda, &QAction::triggered, parent, [&services, session, parent] {
        if (const QUuid id = session(); !id.isNull())
            printpreview::showSession(services, id, SessionDocument::Agenda, parent);
    });
    QObject::connect(attendance, &QAction::triggered, parent, [&services, session, parent] {
        if (const QUuid id = session(); !id.isNull())
            printpreview::showSession(services, id, SessionDocument::Attendance, parent);
    });
    QObject::connect(fiches, &QAction::triggered, parent, [&services, session, parent] {
        if (const QUuid id = session(); !id.isNull())
            saveFiches(services, id, parent);
    });
    return menu;
}

StoreRead<int> ficheCount(Services &services, const QUuid &sessionId) {
    const StoreRead<reports::SessionContext> session = services.fiches().session(sessionId);
    if (!session.ok())
        return StoreRead<int>::failure(session.error);
    const StoreRead<std::vector<reports::PrintableFiche>> fiches = services.fiches().sessionFiches(*session);
    if (!fiches.ok())
        return StoreRead<int>::failure(fiches.error);
    return StoreRead<int>::success(int(fiches->size()));
}

QString folderQuestion(int fiches) {
    return SessionPrinting::tr("Folder for the %Ln fiche(s) of the session (one PDF file each)", nullptr,
                               fiches);
}

QString writtenReport(const SessionFichesResult &result, const QString &folder) {
    const QString where = QDir::toNativeSeparators(folder);
    QString text;
    if (result.written == 0)
        text = SessionPrinting::tr("No file was written into %1.").arg(where);
    else if (result.files.size() == 1)
        text = SessionPrinting::tr("1 fiche written as a PDF file into %1: %2.")
                   .arg(where, result.files.first());
    else
        text = SessionPrinting::tr("%Ln fiche(s) written as PDF files into %1: %2 to %3.", nullptr,
                                   result.written)
                   .arg(where, result.files.first(), result.files.last());
    if (!result.error.isEmpty())
        text += QLatin1Char('\n') + result.error;
    return text;
}

void saveFiches(Services &services, const QUuid &sessionId, QWidget *parent) {
    const QString title = SessionPrinting::tr("Fiches of the session as PDF files");
    const StoreRead<int> count = ficheCount(services, sessionId);
    if (!count.ok()) {
        QMessageBox::warning(
            parent, title,
            SessionPrinting::tr("The fiches of the session could not be read: %1").arg(count.error));
        return;
    }
    if (*count == 0) {
        QMessageBox::information(parent, title, SessionPrinting::tr("This session has no fiche yet."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(
        parent, folderQuestion(*count), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    const SessionFichesResult result = saveSessionFiches(services, sessionId, folder, parent);
    QMessageBox box(result.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, title,
                    writtenReport(result, folder), QMessageBox::Close, parent);
    QPushButton *open = result.written > 0
                            ? box.addButton(SessionPrinting::tr("Open the folder"), QMessageBox::ActionRole)
                            : nullptr;
    box.exec();
    if (open && box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace concerto::sessionprinting
