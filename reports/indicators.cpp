// The activity indicators: the committees the filter keeps are chosen from the directory, then one SQL
// read per figure family (sessions, cases, fiches) over the period's sessions, aggregated here.
#include "reports/indicators.h"
#include "reports/indicatorvalues.h"

#include "models/domain/boardtime.h"
#include "models/domain/tumour.h"
#include "models/store/repositories.h"
#include "models/store/storeerror.h"
#include "models/store/tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <map>

namespace concerto {

namespace {

struct Scope {
    QString from; // UTC bounds of the period's board days, as stored
    QString to;   // exclusive
    QStringList rcpIds;
    bool allCommittees = true;
    std::map<QString, Rcp> rcps; // every committee of the directory, by id
};

// A stored UTC time ("2026-11-24T16:00:00.000Z"), read without Qt's general parser.
QDateTime utcTime(const QString &text) {
    if (text.size() < 19)
        return {};
    const QDate date(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    const QTime time(text.mid(11, 2).toInt(), text.mid(14, 2).toInt(), text.mid(17, 2).toInt());
    return QDateTime(date, time, Qt::UTC);
}

// The board day of UTC times, with the zone's offset looked up once per hour; when the offset is a whole
// number of hours, every time of a UTC hour has the same board day, kept by the hour's text.
class BoardDays {
public:
    QDate dayOf(const QString &storedTime) {
        const QStringView hourText = QStringView(storedTime).left(13); // "2026-11-24T16"
        const bool wellFormed =
            storedTime.size() >= 19 &&
            QTime(0, QStringView(storedTime).mid(14, 2).toInt(), QStringView(storedTime).mid(17, 2).toInt())
                .isValid();
        if (wellFormed) {
            const auto day = m_days.constFind(hourText.toString());
            if (day != m_days.constEnd())
                return *day;
        }
        const QDateTime utc = utcTime(storedTime);
        if (!utc.isValid())
            return {};
        const qint64 hour = utc.toSecsSinceEpoch() / 3600;
        auto found = m_offsets.constFind(hour);
        if (found == m_offsets.constEnd())
            found = m_offsets.insert(hour, boardOffsetSeconds(utc));
        const QDate day = utc.addSecs(*found).date();
        if (wellFormed && *found % 3600 == 0)
            m_days.insert(hourText.toString(), day);
        return day;
    }

private:
    QHash<qint64, int> m_offsets;
    QHash<QString, QDate> m_days; // by UTC hour, for whole-hour offsets
};

QString inList(int n) {
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// The condition on sessions `s` of the scope, and its bound values appended to `binds`.
QString sessionCondition(const Scope &scope, QVariantList &binds) {
    QString where = QStringLiteral("s.starts_at >= ? AND s.starts_at < ? AND s.deleted = 0");
    binds << scope.from << scope.to;
    if (!scope.allCommittees) {
        where += QStringLiteral(" AND s.rcp_id IN (%1)").arg(inList(int(scope.rcpIds.size())));
        for (const QString &id : scope.rcpIds)
            binds << id;
    }
    return where;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds) {
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}

template <typename T>
StoreRead<T> failed(const char *what, const QString &table, const QSqlQuery &q, Database &db) {
    return StoreRead<T>::failure(readFailure(what, table, q, db.path()));
}

// Which committees the filter keeps; fails on an unknown committee or 3C.
StoreRead<Scope> scopeOf(Database &db, const IndicatorFilter &filter) {
    Scope scope;
    scope.from = json::timeText(fromBoardTime(filter.from, QTime(0, 0)));
    scope.to = json::timeText(fromBoardTime(filter.to.addDays(1), QTime(0, 0)));
    const StoreRead<std::vector<Rcp>> rcps = RcpRepository(db).all();
    if (!rcps.ok())
        return StoreRead<Scope>::failure(rcps.error);
    for (const Rcp &r : *rcps)
        scope.rcps.emplace(json::idText(r.meta.id), r);
    if (!filter.centreId.isNull()) {
        const StoreRead<std::optional<Organisation>> centre =
            OrganisationRepository(db).find(filter.centreId);
        if (!centre.ok())
            return StoreRead<Scope>::failure(centre.error);
        if (!centre->has_value() || (*centre)->meta.deleted)
            return StoreRead<Scope>::failure(
                QCoreApplication::translate("Indicators", "No organisation of the directory has the id %1.")
                    .arg(json::idText(filter.centreId)));
        if ((*centre)->kind != OrganisationKind::CoordinationCentre)
            return StoreRead<Scope>::failure(
                QCoreApplication::translate("Indicators", "%1 is not a 3C.").arg((*centre)->name));
    }
    if (!filter.rcpId.isNull() && scope.rcps.count(json::idText(filter.rcpId)) == 0)
        return StoreRead<Scope>::failure(
            QCoreApplication::translate("Indicators", "No committee of the directory has the id %1.")
                .arg(json::idText(filter.rcpId)));
    scope.allCommittees = filter.centreId.isNull() && filter.rcpId.isNull() && filter.organ.isEmpty();
    const QString organ = filter.organ.trimmed();
    // A code that cannot be an appareil or organ (a typo, a label typed for a code) is a mistake, never a
    // period of zeros. A national appareil code, or an organ's SNOMED CT id (JDV_RCP_Organe), may have
    // no committee yet: zeros then.
    static const QRegularExpression snomedId(QStringLiteral("^[0-9]{6,18}$"));
    if (!organ.isEmpty() && indicators::appareilLabel(organ) == organ && !snomedId.match(organ).hasMatch() &&
        std::none_of(scope.rcps.begin(), scope.rcps.end(), [&](const auto &entry) {
            const Rcp &r = entry.second;
            return r.appareil.compare(organ, Qt::CaseInsensitive) == 0 ||
                   r.organs.contains(organ, Qt::CaseInsensitive);
        }))
        return StoreRead<Scope>::failure(
            QCoreApplication::translate("Indicators",
                                        "No committee of the directory has the appareil or organ code %1.")
                .arg(organ));
    for (const auto &[id, r] : scope.rcps) {
        if (!filter.rcpId.isNull() && r.meta.id != filter.rcpId)
            continue;
        if (!filter.centreId.isNull() && r.organisationId != filter.centreId)
            continue;
        if (!organ.isEmpty() && r.appareil.compare(organ, Qt::CaseInsensitive) != 0 &&
            !r.organs.contains(organ, Qt::CaseInsensitive))
            continue;
        scope.rcpIds << id;
    }
    return StoreRead<Scope>::success(std::move(scope));
}

// Sessions held, cases and postponed cases of the scope.
StoreResult readSessions(Database &db, const Scope &scope, Indicators &out) {
    QSqlQuery q(db.connection());
    QVariantList binds;
    QString where = sessionCondition(scope, binds);
    // Held means held: the meeting took place (closed) or is taking place; not a session planned,
    // even in the past, nor one cancelled.
    binds << Session::statusCode(SessionStatus::InProgress) << Session::statusCode(SessionStatus::Closed);
    if (!run(q, QStringLiteral("SELECT count(*) FROM session s WHERE %1 AND s.status IN (?, ?)").arg(where),
             binds) ||
        !q.next())
        return StoreResult::failure(readFailure("counting", QStringLiteral("session"), q, db.path()));
    out.sessions = q.value(0).toInt();
    q.finish();
    binds.clear();
    where = sessionCondition(scope, binds);
    binds.prepend(Inscription::agendaStateCode(AgendaState::Postponed));
    if (!run(q,
             QStringLiteral("SELECT count(*), coalesce(sum(i.agenda_state = ?), 0) FROM session s"
                            " JOIN inscription i ON i.session_id = s.id AND i.deleted = 0 WHERE %1")
                 .arg(where),
             binds) ||
        !q.next())
        return StoreResult::failure(readFailure("counting", QStringLiteral("inscription"), q, db.path()));
    out.inscriptions = q.value(0).toInt();
    out.postponed = {q.value(1).toInt(), out.inscriptions};
    q.finish();
    return StoreResult::success();
}

// Counts per key, in the order `order` gives (keys it does not name come after, by count).
std::vector<IndicatorSlice> slices(const QHash<QString, int> &counts, const QStringList &order,
                                   const std::function<QString(const QString &)> &label) {
    std::vector<IndicatorSlice> out;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out.push_back({it.key(), label(it.key()), it.value()});
    std::sort(out.begin(), out.end(), [&](const IndicatorSlice &a, const IndicatorSlice &b) {
        const int ia = order.indexOf(a.key) < 0 ? int(order.size()) : int(order.indexOf(a.key));
        const int ib = order.indexOf(b.key) < 0 ? int(order.size()) : int(order.indexOf(b.key));
        if (ia != ib)
            return ia < ib;
        if (order.isEmpty() && a.count != b.count)
            return a.count > b.count;
        return a.key < b.key;
    });
    return out;
}

QString notGiven() {
    return QCoreApplication::translate("Indicators", "Not given");
}

enum Column {
    PatientId,
    SessionId,
    StartsAt,
    RcpId,
    CaseStatus,
    Quorum,
    FileComplete,
    Conform,
    Trial,
    MeetingDate,
    ProposalLines,
    Exams,
    Surveillance,
    ReferToRecours,
    Specialties,
    CaseFacts,
    WhoStatus,
    RegisteredAt,
    MotifRecours,
    FirstSigned,
    Sex,
    BirthDate,
    FicheId,
};

// The first value of the row that cannot be what its column holds, as an error naming the fiche; an
// empty text when every value reads.
QString unreadableIn(const QSqlQuery &q) {
    struct Whole {
        Column column;
        const char *name;
        qint64 low, high;
    };
    static const Whole wholes[] = {{FileComplete, "file_complete", 0, 1},
                                   {Conform, "conform", 0, 1},
                                   {Trial, "trial_proposed", 0, 1},
                                   {Surveillance, "surveillance_only", 0, 1},
                                   {ReferToRecours, "refer_to_recours", 0, 1},
                                   {MotifRecours, "motif_recours", 0, 1},
                                   {ProposalLines, "proposal_lines", 0, 1 << 30},
                                   {Exams, "exam_count", 0, 1 << 30},
                                   {Specialties, "specialty_count", 0, 1 << 30},
                                   {WhoStatus, "who_status", -1, 4}};
    const QString fiche = q.value(FicheId).toString();
    for (const Whole &w : wholes)
        if (!indicators::wholeOrAbsent(q.value(w.column), w.low, w.high))
            return indicators::unreadableValue(fiche, w.name, q.value(w.column));
    const std::pair<Column, const char *> dates[] = {{StartsAt, "starts_at"},
                                                     {MeetingDate, "meeting_date"},
                                                     {RegisteredAt, "registered_at"},
                                                     {FirstSigned, "signed_at"},
                                                     {BirthDate, "birth_date"}};
    for (const auto &[column, name] : dates)
        if (!indicators::dateOrAbsent(q.value(column)))
            return indicators::unreadableValue(fiche, name, q.value(column));
    if (!indicators::jsonArrayOrAbsent(q.value(CaseFacts)))
        return indicators::unreadableValue(fiche, "case_facts", q.value(CaseFacts));
    return {};
}
using namespace derived; // the CaseFact positions of the case facts

// The stage group of the case's latest staging (Tumour::latestTnm: the pathological one when there is
// one), "na" for a haematological tumour, empty when not staged.
QString stageOf(const QJsonArray &c) {
    if (isHaematologicalMorphology(c.at(Morphology).toString()))
        return QStringLiteral("na");
    QString stage;
    if (!c.at(PathT).toString().isEmpty() || !c.at(PathN).toString().isEmpty() ||
        !c.at(PathM).toString().isEmpty())
        stage = c.at(PathStage).toString();
    else if (!c.at(ClinicalStage).isNull())
        stage = c.at(ClinicalStage).toString();
    else
        stage = c.at(OldStage).toString(); // a record older than clinical and pathological TNM
    return indicators::stageGroup(stage);
}

// How many of `patients` have no fiche of a session before `before` (UTC, as stored), in any committee.
StoreRead<int> countNew(Database &db, const QSet<QString> &patients, const QString &before) {
    QJsonArray ids;
    for (const QString &id : patients)
        ids.append(id);
    QSqlQuery q(db.connection());
    const QString sql = QStringLiteral(
        "SELECT count(*) FROM json_each(?) p WHERE NOT EXISTS (SELECT 1 FROM fiche e"
        " JOIN inscription ei ON ei.id = e.inscription_id JOIN session es ON es.id = ei.session_id"
        " WHERE e.patient_id = p.value AND e.deleted = 0 AND ei.deleted = 0 AND es.deleted = 0"
        " AND es.starts_at < ?)");
    if (!run(q, sql, {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)), before}) ||
        !q.next())
        return failed<int>("counting", QStringLiteral("fiche"), q, db);
    return StoreRead<int>::success(q.value(0).toInt());
}

// The fiches of the scope, one row each (latest versions), aggregated into `out`.
StoreResult readFiches(Database &db, const Scope &scope, Indicators &out) {
    QVariantList binds;
    const QString where = sessionCondition(scope, binds);
    // Every column but the body's is in an index (migration 10): the fiche's facts and versions in
    // fiche_inscription, the case's in inscription_session, the patient's in patient_demography, so
    // that no table row of the large tables is read.
    const QString sql =
        QStringLiteral(
            "SELECT f.patient_id, s.id, s.starts_at, s.rcp_id, f.case_status, f.quorum, f.file_complete,"
            " f.conform, f.trial_proposed, f.meeting_date, f.proposal_lines, f.exam_count, "
            "f.surveillance_only,"
            " f.refer_to_recours, f.specialty_count, coalesce(f.case_facts, i.case_facts),"
            " coalesce(f.frozen_who_status, i.who_status), i.registered_at, i.motif_recours,"
            " (SELECT min(v.signed_at) FROM fiche v WHERE v.inscription_id = f.inscription_id"
            "   AND v.deleted = 0 AND v.set_id = f.set_id),"
            " p.sex, p.birth_date, f.id"
            " FROM session s"
            " JOIN inscription i ON i.session_id = s.id AND i.deleted = 0"
            " JOIN fiche f ON f.inscription_id = i.id AND f.deleted = 0"
            " LEFT JOIN patient p INDEXED BY patient_demography ON p.id = f.patient_id"
            " WHERE %1 AND NOT EXISTS (SELECT 1 FROM fiche n WHERE n.inscription_id = f.inscription_id"
            "   AND n.deleted = 0 AND n.set_id = f.set_id AND n.version_number > f.version_number)")
            .arg(where);
    QSqlQuery q(db.connection());
    if (!run(q, sql, binds))
        return StoreResult::failure(readFailure("reading", QStringLiteral("fiche"), q, db.path()));

    QSet<QString> patients;
    QHash<QString, QDate> meetingDays; // by session id
    BoardDays boardDays;
    QHash<QString, int> organs, topographies, stages, whoStatuses, sexes, ages;
    QHash<QString, std::pair<QString, QString>> caseFacts; // case facts -> topography, stage group
    std::vector<int> registrationDelays, signatureDelays;
    const QString registered = QString::fromLatin1(kCaseRegistered);
    const QString discussed = QString::fromLatin1(kCaseDiscussed);
    const QString quorumMet = quorumStatusCode(QuorumStatus::Met);
    while (q.next()) {
        if (const QString unreadable = unreadableIn(q); !unreadable.isEmpty())
            return StoreResult::failure(unreadable);
        ++out.fiches;
        const QString patientId = q.value(PatientId).toString();
        patients.insert(patientId);
        const QString sessionId = q.value(SessionId).toString();
        auto day = meetingDays.constFind(sessionId);
        if (day == meetingDays.constEnd())
            day = meetingDays.insert(sessionId, boardDays.dayOf(q.value(StartsAt).toString()));
        const QDate meeting = *day;
        const auto rcp = scope.rcps.find(q.value(RcpId).toString());

        const QString caseStatus = q.value(CaseStatus).toString();
        if (caseStatus == registered)
            ++out.registered;
        else if (caseStatus == discussed || caseStatus.isEmpty()) {
            ++out.discussed;
            if (q.value(Quorum).toString() == quorumMet)
                ++out.quorumMet.count;
        }
        if (q.value(FileComplete).toInt() == 1)
            ++out.fileComplete.count;
        if (q.value(Conform).isNull() || q.value(Conform).toInt() == 1)
            ++out.conform.count;
        if (q.value(Trial).toInt() == 1)
            ++out.trialProposed.count;
        if ((rcp != scope.rcps.end() && rcp->second.recours) || q.value(MotifRecours).toInt() == 1)
            ++out.recours.count;
        const bool proposal = q.value(ProposalLines).toInt() > 0 || q.value(Exams).toInt() > 0 ||
                              q.value(Surveillance).toInt() == 1 || q.value(ReferToRecours).toInt() == 1;
        if (!q.value(MeetingDate).toString().isEmpty() && proposal) {
            ++out.hasLevel1.count;
            if (q.value(Specialties).toInt() >= 3)
                ++out.hasLevel2.count;
        }

        QString organ;
        if (rcp != scope.rcps.end())
            organ = rcp->second.appareil.isEmpty() ? QStringLiteral("transversal") : rcp->second.appareil;
        ++organs[organ];
        const QString factsText = q.value(CaseFacts).toString();
        auto facts = caseFacts.constFind(factsText); // many cases share their tumour's facts
        if (facts == caseFacts.constEnd()) {
            const QJsonArray read = QJsonDocument::fromJson(factsText.toUtf8()).array();
            facts = caseFacts.insert(factsText,
                                     {read.at(Topography).toString().left(3).toUpper(), stageOf(read)});
        }
        ++topographies[facts->first];
        ++stages[facts->second];
        const QVariant who = q.value(WhoStatus);
        const int whoStatus = who.isNull() ? -1 : who.toInt();
        ++whoStatuses[whoStatus >= 0 && whoStatus <= 4 ? QString::number(whoStatus) : QString()];
        ++sexes[q.value(Sex).toString()];
        const QDate birth = QDate::fromString(q.value(BirthDate).toString(), Qt::ISODate);
        QString band;
        if (birth.isValid() && meeting.isValid()) {
            int years = meeting.year() - birth.year();
            if (meeting.month() < birth.month() ||
                (meeting.month() == birth.month() && meeting.day() < birth.day()))
                --years;
            band = indicators::ageBand(years);
        }
        ++ages[band];

        const QDate registeredOn = boardDays.dayOf(q.value(RegisteredAt).toString());
        if (registeredOn.isValid() && meeting.isValid())
            registrationDelays.push_back(int(registeredOn.daysTo(meeting)));
        const QDate signedOn = boardDays.dayOf(q.value(FirstSigned).toString());
        if (signedOn.isValid()) {
            ++out.signedFiches.count;
            if (meeting.isValid())
                signatureDelays.push_back(int(meeting.daysTo(signedOn)));
        }
    }
    if (q.lastError().isValid())
        return StoreResult::failure(readFailure("reading", QStringLiteral("fiche"), q, db.path()));
    q.finish();

    out.patients = int(patients.size());
    const StoreRead<int> newPatients = countNew(db, patients, scope.from);
    if (!newPatients.ok())
        return StoreResult::failure(newPatients.error);
    out.newPatients = newPatients.value;
    out.quorumMet.of = out.discussed;
    for (IndicatorShare *share : {&out.fileComplete, &out.conform, &out.trialProposed, &out.recours,
                                  &out.signedFiches, &out.hasLevel1, &out.hasLevel2})
        share->of = out.fiches;

    out.byOrgan = slices(organs, {}, [](const QString &code) {
        if (code.isEmpty())
            return notGiven();
        if (code == QLatin1String("transversal"))
            return QCoreApplication::translate("Indicators", "Transversal RCP");
        QString label = indicators::appareilLabel(code);
        label[0] = label[0].toUpper(); // the national names are written in lower case
        return label;
    });
    out.byTopography =
        slices(topographies, {}, [](const QString &code) { return code.isEmpty() ? notGiven() : code; });
    std::sort(out.byTopography.begin(), out.byTopography.end(),
              [](const IndicatorSlice &a, const IndicatorSlice &b) {
                  return a.key.isEmpty() != b.key.isEmpty() ? !a.key.isEmpty() : a.key < b.key;
              });
    out.byStage = slices(stages,
                         {QStringLiteral("0"), QStringLiteral("I"), QStringLiteral("II"),
                          QStringLiteral("III"), QStringLiteral("IV"), QStringLiteral("na"), QString()},
                         [](const QString &code) {
                             if (code == QLatin1String("na"))
                                 return QCoreApplication::translate("Indicators", "TNM not applicable");
                             return code.isEmpty()
                                        ? QCoreApplication::translate("Indicators", "Not staged")
                                        : QCoreApplication::translate("Indicators", "Stage %1").arg(code);
                         });
    out.byWhoStatus = slices(whoStatuses,
                             {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                              QStringLiteral("3"), QStringLiteral("4"), QString()},
                             [](const QString &code) {
                                 return code.isEmpty()
                                            ? notGiven()
                                            : QCoreApplication::translate("Indicators", "WHO %1").arg(code);
                             });
    out.bySex = slices(sexes, {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("U"), QString()},
                       [](const QString &code) {
                           if (code == QLatin1String("F"))
                               return QCoreApplication::translate("Indicators", "Women");
                           if (code == QLatin1String("M"))
                               return QCoreApplication::translate("Indicators", "Men");
                           return code == QLatin1String("U")
                                      ? QCoreApplication::translate("Indicators", "Sex unknown")
                                      : notGiven();
                       });
    out.byAge = slices(ages,
                       {QStringLiteral("<40"), QStringLiteral("40-49"), QStringLiteral("50-59"),
                        QStringLiteral("60-69"), QStringLiteral("70-79"), QStringLiteral("80+"), QString()},
                       [](const QString &code) {
                           if (code == QLatin1String("<40"))
                               return QCoreApplication::translate("Indicators", "Under 40");
                           if (code == QLatin1String("80+"))
                               return QCoreApplication::translate("Indicators", "80 and over");
                           return code.isEmpty()
                                      ? notGiven()
                                      : QCoreApplication::translate("Indicators", "%1 years").arg(code);
                       });
    out.registrationToMeeting = {indicators::median(registrationDelays), int(registrationDelays.size())};
    out.meetingToSignature = {indicators::median(signatureDelays), int(signatureDelays.size())};
    return StoreResult::success();
}

} // namespace

StoreRead<Indicators> computeIndicators(Database &db, const IndicatorFilter &filter) {
    const QString problem = filter.problem();
    if (!problem.isEmpty())
        return StoreRead<Indicators>::failure(problem);
    const StoreRead<Scope> scope = scopeOf(db, filter);
    if (!scope.ok())
        return StoreRead<Indicators>::failure(scope.error);
    Indicators out;
    out.filter = filter;
    if (!scope.value.allCommittees && scope.value.rcpIds.isEmpty())
        return StoreRead<Indicators>::success(std::move(out)); // no committee in scope: nothing to read
    StoreResult read = readSessions(db, scope.value, out);
    if (read.ok)
        read = readFiches(db, scope.value, out);
    if (!read.ok)
        return StoreRead<Indicators>::failure(read.error);
    return StoreRead<Indicators>::success(std::move(out));
}

StoreRead<Indicators> computeIndicators(const QString &path, const IndicatorFilter &filter) {
    return IndicatorReader(path).compute(filter);
}

IndicatorReader::IndicatorReader(QString path)
    : m_path(std::move(path)) {}

IndicatorReader::~IndicatorReader() = default;

StoreRead<Indicators> IndicatorReader::compute(const IndicatorFilter &filter) {
    if (!m_db) {
        QString error;
        m_db = Database::open(m_path, &error);
        if (!m_db)
            return StoreRead<Indicators>::failure(error);
        // The read jumps between the pages of three tables: mapped, they are read without a system
        // call each, and a larger page cache keeps more of them between computations. Only this
        // connection, which reads and nothing else, is set so.
        QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA mmap_size=4294967296"));
        QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA cache_size=-262144"));
    }
    return computeIndicators(*m_db, filter);
}

} // namespace concerto
