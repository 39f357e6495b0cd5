// The top search's suggestions: the Patients search (FTS5, best first), each patient's cases nearest
// to today, and the sessions of the committees whose name holds the words typed, or of the day typed.
#include "services/topsearch.h"
#include "models/domain/boardtime.h"
#include "models/domain/searchkey.h"
#include "models/store/repositories.h"
#include "services/services.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace concerto::topsearch {

namespace {

QString dateText(const QDateTime &utc) {
    return QLocale().toString(toBoardTime(utc), QStringLiteral("dd/MM/yyyy HH:mm"));
}

// A date typed the French way: "12/01" (this year, or the next if past), "12/01/2027".
QDate typedDate(const QString &text, const QDate &today) {
    static const QRegularExpression date(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?$"));
    const QRegularExpressionMatch m = date.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (!m.captured(3).isEmpty())
        return QDate(m.captured(3).toInt(), month, day);
    QDate d(today.year(), month, day);
    if (d.isValid() && d < today.addMonths(-1))
        d = d.addYears(1);
    return d;
}

struct Committees {
    std::map<QUuid, Rcp> byId;
    QString name(const QUuid &id) const {
        const auto found = byId.find(id);
        return found == byId.end() ? QString() : found->second.name;
    }
};

} // namespace

StoreRead<std::vector<Suggestion>> suggest(Services &services, const QString &text) {
    using Result = StoreRead<std::vector<Suggestion>>;
    const QString typed = text.simplified();
    if (typed.size() < 2)
        return Result::success({});
    Database &db = services.store();
    Committees committees;
    const StoreRead<std::vector<Rcp>> rcps = RcpRepository(db).all();
    if (!rcps.ok())
        return Result::failure(rcps.error);
    for (const Rcp &rcp : *rcps)
        committees.byId.emplace(rcp.meta.id, rcp);
    const QDateTime now = services.now();
    SessionRepository sessions(db);
    std::vector<Suggestion> found;

    // Patients, each with the cases nearest to today (the next ones first, then the latest).
    const StoreRead<std::vector<Patient>> patients = PatientRepository(db).search(typed, kPatients);
    if (!patients.ok())
        return Result::failure(patients.error);
    for (const Patient &p : *patients) {
        Suggestion s;
        s.kind = Suggestion::Kind::Patient;
        s.id = p.meta.id;
        s.text =
            p.birthDate.isValid()
                ? QCoreApplication::translate("TopSearch", "%1, born %2")
                      .arg(p.displayName(), QLocale().toString(p.birthDate, QStringLiteral("dd/MM/yyyy")))
                : p.displayName();
        QStringList detail;
        if (!p.ipp.isEmpty())
            detail << QCoreApplication::translate("TopSearch", "IPP %1").arg(p.ipp);
        if (!p.ins.isEmpty())
            detail << QCoreApplication::translate("TopSearch", "INS %1").arg(p.ins);
        s.detail = detail.join(QStringLiteral(" · "));
        found.push_back(s);

        const StoreRead<std::vector<Inscription>> cases = InscriptionRepository(db).forPatient(p.meta.id);
        if (!cases.ok())
            return Result::failure(cases.error);
        std::vector<std::pair<Session, const Inscription *>> dated;
        for (const Inscription &i : *cases) {
            const StoreRead<std::optional<Session>> session = sessions.find(i.sessionId);
            if (!session.ok())
                return Result::failure(session.error);
            if (*session)
                dated.emplace_back(**session, &i);
        }
        // Nearest to now first; at equal distance, the coming one first.
        std::sort(dated.begin(), dated.end(), [&](const auto &a, const auto &b) {
            const qint64 toA = now.secsTo(a.first.startsAt);
            const qint64 toB = now.secsTo(b.first.startsAt);
            return std::abs(toA) != std::abs(toB) ? std::abs(toA) < std::abs(toB) : toA > toB;
        });
        for (size_t n = 0; n < dated.size() && n < size_t(kCasesPerPatient); ++n) {
            Suggestion c;
            c.kind = Suggestion::Kind::Case;
            c.id = dated[n].second->meta.id;
            c.when = dated[n].first.startsAt;
            c.text = QCoreApplication::translate("TopSearch", "Case of %1").arg(p.displayName());
            c.detail = QCoreApplication::translate("TopSearch", "%1, session of %2")
                           .arg(committees.name(dated[n].first.rcpId), dateText(c.when));
            found.push_back(c);
        }
    }

    // Sessions: of the day typed, or the next ones of the committees whose name holds every word typed.
    std::vector<Session> offered;
    const QDate day = typedDate(typed, toBoardTime(now).date());
    if (day.isValid()) {
        const StoreRead<std::vector<Session>> that = sessions.onDays(day, day);
        if (!that.ok())
            return Result::failure(that.error);
        offered = *that;
    } else {
        const QStringList words = searchKey(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const auto &[id, rcp] : committees.byId) {
            const QString name = searchKey(rcp.name);
            if (!std::all_of(words.begin(), words.end(), [&](const QString &w) { return name.contains(w); }))
                continue;
            const StoreRead<std::vector<Session>> ofRcp = sessions.forRcp(id);
            if (!ofRcp.ok())
                return Result::failure(ofRcp.error);
            for (const Session &s : *ofRcp)
                if (s.startsAt >= now && s.status != SessionStatus::Cancelled)
                    offered.push_back(s);
        }
    }
    std::sort(offered.begin(), offered.end(),
              [](const Session &a, const Session &b) { return a.startsAt < b.startsAt; });
    for (size_t n = 0; n < offered.size() && n < size_t(kSessions); ++n) {
        Suggestion s;
        s.kind = Suggestion::Kind::Session;
        s.id = offered[n].meta.id;
        s.when = offered[n].startsAt;
        s.text =
            QCoreApplication::translate("TopSearch", "Session %1").arg(committees.name(offered[n].rcpId));
        s.detail =
            offered[n].place.isEmpty()
                ? dateText(s.when)
                : QCoreApplication::translate("TopSearch", "%1, %2").arg(dateText(s.when), offered[n].place);
        found.push_back(s);
    }
    return Result::success(std::move(found));
}

} // namespace concerto::topsearch
