// The fiches of a session written into a folder, one PDF each ("03-MARTIN-Marie-v2.pdf"), rendered in
// parallel under a progress dialog that can cancel.
#pragma once

#include "services/services.h"

#include <QString>
#include <QStringList>
#include <QUuid>

class QWidget;

namespace concerto {

struct SessionFichesResult {
    QString error;     // why nothing, or not everything, was written; empty when all was
    int written = 0;   // files written
    QStringList files; // their names, in agenda order
    bool cancelled = false;
};

// Reads the session's fiches (the latest version of each), renders them while a progress dialog over
// `parent` shows how many are done, and writes each into `folder`, which must exist. Cancel stops the
// rendering: the fiches already rendered are written, the others are not.
SessionFichesResult saveSessionFiches(Services &services, const QUuid &sessionId, const QString &folder,
                                      QWidget *parent);

} // namespace concerto
