// Printing a session from the screens that show one (Planning's selected session, the session of the
// fiche selected in Fiches): a "Print the session" menu with the agenda and the attendance sheet in a
// print preview, and the session's fiches saved as PDF files into a folder, the user told before how
// many files and after what was written where.
#pragma once

#include "services/services.h"
#include "ui/printing/sessionfiches.h"

#include <QString>
#include <QUuid>
#include <functional>

class QMenu;
class QWidget;

namespace concerto::sessionprinting {

// The menu of a "Print the session" button; `session` says which session when an entry is chosen (a
// null id: nothing happens). Its actions are named printAgenda, printAttendance and saveSessionFiches.
QMenu *makeMenu(Services &services, std::function<QUuid()> session, QWidget *parent);

// How many fiches the session has to write (the latest version of each); the reason when unreadable.
StoreRead<int> ficheCount(Services &services, const QUuid &sessionId);
// The title of the folder dialog: "Folder for the 12 fiches of the session (one PDF file each)".
QString folderQuestion(int fiches);
// What was written, where: "12 fiches written as PDF files into /home/…/RCP (01-MARTIN-Marie-v1.pdf to
// 12-…)"; the error after it when not everything was.
QString writtenReport(const SessionFichesResult &result, const QString &folder);

// Asks for the folder (saying how many fiches go there), writes them under a progress dialog, then says
// what was written and where, with a button that opens the folder.
void saveFiches(Services &services, const QUuid &sessionId, QWidget *parent);

} // namespace concerto::sessionprinting
