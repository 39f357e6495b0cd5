// The agenda, the attendance sheet and the session's fiches: read once, painted from the contexts, the
// fiches in parallel.
#include "reports/sessionpdf.h"

#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "models/planning/agendatime.h"
#include "models/staging/staging.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "reports/fichepdf.h"
#include "reports/fichewords.h"
#include "reports/pdfwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <set>

namespace concerto::reports {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

template <typename T, typename Repo>
bool readInto(const Repo &repo, const QUuid &id, T &out, const char *missing, QString *error) {
    const StoreRead<std::optional<T>> found = repo.find(id);
    if (!found.ok()) {
        *error = found.error;
        return false;
    }
    if (!found.value) {
        *error = QCoreApplication::translate("SessionPdf", missing);
        return false;
    }
    out = *found.value;
    return true;
}

QString sessionLine(const SessionContext &s) {
    QString out = QStringLiteral("Séance du ") + words::boardDateTime(s.session.startsAt);
    if (!s.session.place.isEmpty())
        out += QStringLiteral(", ") + s.session.place;
    return out;
}

PageDecor sessionDecor(const SessionContext &s, const QString &title) {
    PageDecor decor;
    QStringList issuer;
    if (s.network)
        issuer << s.network->name;
    issuer << s.centre.name;
    decor.header << issuer.join(QStringLiteral(" – ")) << s.rcp.name + QStringLiteral(" – ") + sessionLine(s);
    decor.footer = title + QStringLiteral(" – ") + s.rcp.name + QStringLiteral(" – ") +
                   words::date(toBoardTime(s.session.startsAt).date());
    return decor;
}

QString title(const QString &text, const SessionContext &s) {
    return QStringLiteral(
               "<p style=\"font-size:15pt; font-weight:bold; color:#1f4e79; margin-bottom:0px;\">") +
           esc(text) + QStringLiteral("</p><p style=\"font-size:10pt; margin-top:2px;\"><b>") +
           esc(s.rcp.name) + QStringLiteral("</b><br/>") + esc(sessionLine(s)) +
           QStringLiteral("</p><p></p>");
}

// A cell of the tables below (white on the grey rules).
const QString kCell = QStringLiteral("<td bgcolor=\"#ffffff\">");

QString tableStart(const QStringList &header, const QList<int> &widths) {
    // Rules: the grey table through the spacing around white cells (fichehtml.cpp's Grid says
    // why not collapsed borders).
    QString out = QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"1.5\" cellpadding=\"4\" "
                                 "bgcolor=\"#999999\" style=\"font-size:8.5pt;\"><thead><tr>");
    for (int i = 0; i < header.size(); ++i)
        out += QStringLiteral("<th width=\"%1%\" style=\"background-color:#eeeeee;\" align=\"left\">%2</th>")
                   .arg(widths.value(i))
                   .arg(header.at(i).toHtmlEscaped());
    return out + QStringLiteral("</tr></thead>");
}

QString person(const SessionContext &s, const QUuid &id) {
    if (id.isNull())
        return {};
    const Professional *p = s.professional(id);
    return p ? p->displayName() : QStringLiteral("(inconnu de l'annuaire)");
}

// The tumour site of a case, in words, with its ICD-10 code: the first tumour's (the primary).
QString tumourSite(const Inscription &inscription) {
    if (inscription.tumours.empty())
        return QStringLiteral("non renseignée");
    const Tumour &t = inscription.tumours.front();
    const std::optional<staging::SiteInfo> site = staging::siteFor(t.topography, t.morphology);
    if (!site)
        return t.topography.isEmpty() ? QStringLiteral("non renseignée") : t.topography;
    return t.topography.isEmpty() ? site->label
                                  : site->label + QStringLiteral(" (") + t.topography + QLatin1Char(')');
}

// "14:02" and "2,1 min": when the case's discussion starts and how long it has (a case registered
// without discussion has none).
QString slotText(const agenda::CaseSlot &slot) {
    const QString minutes =
        slot.minutes < 10 ? QString::number(slot.minutes, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))
                          : QString::number(std::lround(slot.minutes));
    return QStringLiteral("%1<br/>%2&nbsp;min")
        .arg(toBoardTime(slot.start).toString(QStringLiteral("HH:mm")), minutes);
}

// The rows of `cases`; `slots` gives each case to discuss its time (none for registered cases).
QString agendaRows(const SessionContext &s, const std::vector<AgendaCase> &cases, int &number,
                   const std::vector<agenda::CaseSlot> *slots) {
    QString out;
    std::size_t k = 0;
    for (const AgendaCase &c : cases) {
        const Patient &p = c.patient;
        QString patient = QStringLiteral("<b>") + esc(p.displayName()) + QStringLiteral("</b><br/>") +
                          esc(words::bornOn(p.sex, p.birthDate));
        if (!p.ipp.isEmpty())
            patient += QStringLiteral("<br/>IPP ") + esc(p.ipp);
        QString requester = esc(person(s, c.inscription.requesterId));
        if (!c.inscription.presenterId.isNull() && c.inscription.presenterId != c.inscription.requesterId)
            requester += QStringLiteral("<br/>présenté par ") + esc(person(s, c.inscription.presenterId));
        QString question = esc(c.inscription.question);
        if (c.inscription.agendaState == AgendaState::Postponed)
            question += QStringLiteral("<br/><i>(reporté)</i>");
        QString when = QStringLiteral("<b>%1</b>").arg(++number);
        if (slots && k < slots->size())
            when += QStringLiteral("<br/>") + slotText((*slots)[k]);
        ++k;
        out += QStringLiteral("<tr>") + kCell + when + QStringLiteral("</td>") + kCell + patient +
               QStringLiteral("</td>") + kCell + esc(tumourSite(c.inscription)) + QStringLiteral("</td>") +
               kCell + requester + QStringLiteral("</td>") + kCell + question + QStringLiteral("</td></tr>");
    }
    return out;
}

std::vector<AgendaCase> inAgendaOrder(std::vector<AgendaCase> cases) {
    std::stable_sort(cases.begin(), cases.end(), [](const AgendaCase &a, const AgendaCase &b) {
        if (a.inscription.agendaOrder != b.inscription.agendaOrder)
            return a.inscription.agendaOrder < b.inscription.agendaOrder;
        return a.inscription.registeredAt < b.inscription.registeredAt;
    });
    return cases;
}

QByteArray pdfOf(const QString &pdfTitle, const std::function<void(QPainter &, QPdfWriter &)> &paint) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        const std::unique_ptr<QPdfWriter> writer = makePdfWriter(&buffer, pdfTitle);
        QPainter painter(writer.get());
        paint(painter, *writer);
    }
    return stablePdf(buffer.data());
}

// Letters without accents, digits and hyphens.
QString fileWord(const QString &text) {
    QString out;
    for (const QChar ch : text.normalized(QString::NormalizationForm_D)) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            out += ch;
        else if ((ch.isSpace() || ch == QLatin1Char('-') || ch == QLatin1Char('\'')) &&
                 !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

const Professional *SessionContext::professional(const QUuid &id) const {
    const auto it = professionals.find(id);
    return it == professionals.end() ? nullptr : &it->second;
}

StoreRead<SessionContext> loadSessionContext(Database &db, const QUuid &sessionId) {
    SessionContext s;
    QString error;
    const bool read =
        readInto(SessionRepository(db), sessionId, s.session,
                 QT_TRANSLATE_NOOP("SessionPdf", "This session does not exist in the database."), &error) &&
        readInto(
            RcpRepository(db), s.session.rcpId, s.rcp,
            QT_TRANSLATE_NOOP("SessionPdf", "The committee of this session is missing from the database."),
            &error) &&
        readInto(
            OrganisationRepository(db), s.rcp.organisationId, s.centre,
            QT_TRANSLATE_NOOP("SessionPdf",
                              "The coordination centre (3C) of this committee is missing from the database."),
            &error);
    if (!read)
        return StoreRead<SessionContext>::failure(error);
    if (!s.centre.parentId.isNull()) {
        const StoreRead<std::optional<Organisation>> network =
            OrganisationRepository(db).find(s.centre.parentId);
        if (!network.ok())
            return StoreRead<SessionContext>::failure(network.error);
        s.network = network.value;
    }
    const StoreRead<std::vector<Inscription>> inscriptions = InscriptionRepository(db).forSession(sessionId);
    if (!inscriptions.ok())
        return StoreRead<SessionContext>::failure(inscriptions.error);
    std::set<QUuid> named(s.rcp.permanentMembers.begin(), s.rcp.permanentMembers.end());
    for (const Attendance &a : s.session.attendance)
        named.insert(a.professionalId);
    PatientRepository patients(db);
    std::vector<AgendaCase> toDiscuss, registered;
    for (const Inscription &i : inscriptions.value) {
        AgendaCase c{i, {}};
        if (!readInto(patients, i.patientId, c.patient,
                      QT_TRANSLATE_NOOP("SessionPdf",
                                        "The patient of a case of this session is missing from the "
                                        "database."),
                      &error))
            return StoreRead<SessionContext>::failure(error);
        named.insert(i.requesterId);
        named.insert(i.presenterId);
        const bool isRegistered =
            i.agendaState == AgendaState::Registered || i.intent == QLatin1String(kCaseRegistered);
        (isRegistered ? registered : toDiscuss).push_back(std::move(c));
    }
    s.toDiscuss = inAgendaOrder(std::move(toDiscuss));
    s.registered = inAgendaOrder(std::move(registered));
    ProfessionalRepository professionals(db);
    for (const QUuid &id : named) {
        if (id.isNull())
            continue;
        const StoreRead<std::optional<Professional>> p = professionals.find(id);
        if (!p.ok())
            return StoreRead<SessionContext>::failure(p.error);
        if (p.value)
            s.professionals.emplace(id, *p.value);
    }
    return StoreRead<SessionContext>::success(std::move(s));
}

StoreRead<std::vector<PrintableFiche>> loadSessionFiches(Database &db, const SessionContext &session) {
    std::vector<PrintableFiche> out;
    FicheRepository fiches(db);
    for (const std::vector<AgendaCase> *list : {&session.toDiscuss, &session.registered}) {
        for (const AgendaCase &c : *list) {
            const StoreRead<std::vector<Fiche>> ofPatient = fiches.forPatient(c.patient.meta.id);
            if (!ofPatient.ok())
                return StoreRead<std::vector<PrintableFiche>>::failure(ofPatient.error);
            // The latest version of each document of this case.
            std::map<QUuid, const Fiche *> latest;
            for (const Fiche &f : ofPatient.value) {
                if (f.inscriptionId != c.inscription.meta.id)
                    continue;
                const Fiche *&kept = latest[f.setId];
                if (!kept || f.versionNumber > kept->versionNumber)
                    kept = &f;
            }
            std::vector<const Fiche *> ordered;
            for (const auto &entry : latest)
                ordered.push_back(entry.second);
            std::sort(ordered.begin(), ordered.end(),
                      [](const Fiche *a, const Fiche *b) { return a->meta.id < b->meta.id; });
            for (const Fiche *f : ordered) {
                StoreRead<FicheContext> context = loadFicheContext(db, *f);
                if (!context.ok())
                    return StoreRead<std::vector<PrintableFiche>>::failure(context.error);
                FicheCodeLabels labels = loadCodeLabels(db, context.value);
                out.push_back({std::move(context.value), std::move(labels)});
            }
        }
    }
    return StoreRead<std::vector<PrintableFiche>>::success(std::move(out));
}

QString agendaHtml(const SessionContext &s) {
    QString html = QStringLiteral("<html><body>") + title(QStringLiteral("Ordre du jour"), s);
    const QStringList header{QStringLiteral("N°, horaire"), QStringLiteral("Patient"),
                             QStringLiteral("Localisation"), QStringLiteral("Médecin demandeur"),
                             QStringLiteral("Question posée")};
    const QList<int> widths{10, 21, 13, 19, 37};
    const agenda::SessionTiming timing =
        agenda::sessionTiming(s.session.startsAt, s.session.durationMinutes, int(s.toDiscuss.size()));
    if (!timing.fits())
        html += QStringLiteral("<p style=\"color:#9c0006; background-color:#ffc7ce;\"><b>Durée "
                               "insuffisante&nbsp;:</b> les %1&nbsp;dossiers à discuter demandent environ "
                               "%2&nbsp;minutes (%3&nbsp;minutes par dossier), la séance en prévoit %4. "
                               "Reporter des dossiers ou prolonger la séance.</p>")
                    .arg(s.toDiscuss.size())
                    .arg(timing.neededMinutes)
                    .arg(agenda::kMinutesPerDiscussedCase)
                    .arg(timing.plannedMinutes);
    int number = 0;
    html += QStringLiteral("<h3 style=\"font-size:10pt; color:#1f4e79;\">Dossiers à discuter (%1)</h3>")
                .arg(s.toDiscuss.size());
    if (s.toDiscuss.empty())
        html += QStringLiteral("<p>Aucun dossier à discuter.</p>");
    else
        html += tableStart(header, widths) + agendaRows(s, s.toDiscuss, number, &timing.slots) +
                QStringLiteral("</table>");
    if (!s.registered.empty())
        html += QStringLiteral(
                    "<h3 style=\"font-size:10pt; color:#1f4e79;\">Dossiers enregistrés sans discussion "
                    "(conformes au référentiel, pré-validés) (%1)</h3>")
                    .arg(s.registered.size()) +
                tableStart(header, widths) + agendaRows(s, s.registered, number, nullptr) +
                QStringLiteral("</table>");
    return html + QStringLiteral("</body></html>");
}

QString attendanceHtml(const SessionContext &s) {
    QString html = QStringLiteral("<html><body>") + title(QStringLiteral("Feuille d'émargement"), s);
    html += tableStart({QStringLiteral("Nom"), QStringLiteral("Spécialité"), QStringLiteral("Qualité"),
                        QStringLiteral("Signature")},
                       {30, 28, 14, 28});
    const QString box = kCell + QStringLiteral("&nbsp;<br/>&nbsp;<br/>&nbsp;</td>");
    std::vector<QUuid> listed;
    const auto row = [&](const QUuid &id, const QString &specialty, const QString &role) {
        if (id.isNull() || std::find(listed.begin(), listed.end(), id) != listed.end())
            return;
        listed.push_back(id);
        html += QStringLiteral("<tr>%4%1</td>%4%2</td>%4%3</td>")
                    .arg(esc(person(s, id)), esc(labels::specialty(specialty)), role, kCell) +
                box + QStringLiteral("</tr>");
    };
    for (const QUuid &id : s.rcp.permanentMembers) {
        const Professional *p = s.professional(id);
        QString specialty = p ? p->specialty : QString();
        for (const Attendance &a : s.session.attendance)
            if (a.professionalId == id && !a.specialty.isEmpty())
                specialty = a.specialty;
        row(id, specialty, QStringLiteral("membre permanent"));
    }
    for (const Attendance &a : s.session.attendance)
        row(a.professionalId, a.specialty,
            a.remote ? QStringLiteral("participant à distance") : QStringLiteral("participant"));
    for (int i = 0; i < 8; ++i)
        html += QStringLiteral("<tr>%1&nbsp;</td>%1&nbsp;</td>%1&nbsp;</td>").arg(kCell) + box +
                QStringLiteral("</tr>");
    return html + QStringLiteral("</table></body></html>");
}

int paintAgenda(QPainter &painter, QPagedPaintDevice &device, const SessionContext &session) {
    QTextDocument document;
    layoutBody(document, agendaHtml(session), device);
    return paintPages(painter, device, document, sessionDecor(session, QStringLiteral("Ordre du jour")));
}

int paintAttendance(QPainter &painter, QPagedPaintDevice &device, const SessionContext &session) {
    QTextDocument document;
    layoutBody(document, attendanceHtml(session), device);
    return paintPages(painter, device, document,
                      sessionDecor(session, QStringLiteral("Feuille d'émargement")));
}

QByteArray agendaPdf(const SessionContext &session) {
    return pdfOf(QStringLiteral("Ordre du jour – ") + session.rcp.name,
                 [&](QPainter &p, QPdfWriter &w) { paintAgenda(p, w, session); });
}

QByteArray attendancePdf(const SessionContext &session) {
    return pdfOf(QStringLiteral("Feuille d'émargement – ") + session.rcp.name,
                 [&](QPainter &p, QPdfWriter &w) { paintAttendance(p, w, session); });
}

std::vector<QByteArray> fichePdfs(const std::vector<PrintableFiche> &fiches,
                                  const std::function<void()> &done, const std::atomic_bool *cancel) {
    return QtConcurrent::blockingMapped<std::vector<QByteArray>>(fiches, [&](const PrintableFiche &f) {
        if (cancel && cancel->load())
            return QByteArray();
        QByteArray pdf = fichePdf(f.context, f.labels);
        if (done)
            done();
        return pdf;
    });
}

QByteArray combinedSessionPdf(const SessionContext &session, const std::vector<PrintableFiche> &fiches) {
    return pdfOf(QStringLiteral("Séance – ") + session.rcp.name, [&](QPainter &p, QPdfWriter &w) {
        paintAgenda(p, w, session);
        w.newPage();
        paintAttendance(p, w, session);
        for (const PrintableFiche &f : fiches) {
            w.newPage();
            paintFiche(p, w, f.context, f.labels);
        }
    });
}

QString ficheFileName(int index, const FicheContext &fiche) {
    const Patient &p = fiche.patient;
    QString name = fileWord(QStringList{(p.usedName.isEmpty() ? p.birthName : p.usedName).toUpper(),
                                        p.usedGivenName.isEmpty() ? p.firstGivenName() : p.usedGivenName}
                                .join(QLatin1Char(' ')));
    if (name.isEmpty())
        name = fiche.fiche.meta.id.toString(QUuid::WithoutBraces);
    return QStringLiteral("%1-%2-v%3.pdf")
        .arg(index + 1, 2, 10, QLatin1Char('0'))
        .arg(name)
        .arg(fiche.fiche.versionNumber);
}

} // namespace concerto::reports
