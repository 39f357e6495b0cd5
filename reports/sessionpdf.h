// The documents of a session: the agenda (ordre du jour: the cases to discuss in agenda order, then
// the cases registered without discussion, apart), the attendance sheet (feuille d'émargement: the
// permanent members and the attendees with their specialty and a signature box each, and blank rows),
// and the fiches of the session, rendered in parallel. Read from the store once, on the caller's
// thread (a database connection belongs to one thread); the pages are painted from the contexts alone.
#pragma once

#include "reports/fichecontext.h"
#include "reports/fichehtml.h"
#include "reports/pagedecor.h"

#include <QByteArray>
#include <atomic>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace concerto::reports {

struct AgendaCase {
    Inscription inscription;
    Patient patient;
};

struct SessionContext {
    Session session;
    Rcp rcp;
    Organisation centre;
    std::optional<Organisation> network;
    std::vector<AgendaCase> toDiscuss;           // agenda order
    std::vector<AgendaCase> registered;          // registered without discussion, agenda order
    std::map<QUuid, Professional> professionals; // requesters, presenters, members, attendees

    const Professional *professional(const QUuid &id) const;
};

// A fiche ready to print: its context and the labels of its codes.
struct PrintableFiche {
    FicheContext context;
    FicheCodeLabels labels;
};

StoreRead<SessionContext> loadSessionContext(Database &db, const QUuid &sessionId);
// The session's fiches, the latest version of each, in agenda order (cases to discuss first).
StoreRead<std::vector<PrintableFiche>> loadSessionFiches(Database &db, const SessionContext &session);

QString agendaHtml(const SessionContext &session);
QString attendanceHtml(const SessionContext &session);
int paintAgenda(QPainter &painter, QPagedPaintDevice &device, const SessionContext &session);
int paintAttendance(QPainter &painter, QPagedPaintDevice &device, const SessionContext &session);
QByteArray agendaPdf(const SessionContext &session);
QByteArray attendancePdf(const SessionContext &session);

// Each fiche's PDF, in the order given, rendered in parallel on the global thread pool (one task a
// fiche). `done` (may be empty) is called from the worker threads after each fiche; when `cancel`
// becomes true, the fiches not yet started are skipped and their PDF is left empty.
std::vector<QByteArray> fichePdfs(const std::vector<PrintableFiche> &fiches,
                                  const std::function<void()> &done = {},
                                  const std::atomic_bool *cancel = nullptr);

// One PDF: the agenda, the attendance sheet, then every fiche, each starting on a new page with its
// own page x/y.
QByteArray combinedSessionPdf(const SessionContext &session, const std::vector<PrintableFiche> &fiches);

// The file name of the fiche at `index` (0-based) of a session's folder: "03-MARTIN-Marie-v2.pdf",
// letters without accents, digits and hyphens only.
QString ficheFileName(int index, const FicheContext &fiche);

} // namespace concerto::reports
