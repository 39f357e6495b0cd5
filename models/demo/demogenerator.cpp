// The demo generator's frame and its directory: network, coordination centres, establishments (FINESS,
// national type, address), physicians (national specialty codes), RCPs, then each RCP's sessions (weekly
// or fortnightly) with attendance and quorum.
// Writes go in large transactions; the store's clock follows the data so timestamps are realistic.
#include "models/demo/demobuilder.h"
#include "models/demo/demoidentity.h"
#include "models/demo/demosites.h"
#include "models/domain/boardtime.h"
#include "models/domain/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <future>
#include <iterator>

namespace concerto::demo {

namespace {

QString text(const char *s) {
    return QString::fromUtf8(s);
}

} // namespace

DemoBuilder::DemoBuilder(Database &db, const DemoOptions &options, quint64 salt)
    : m_db(db)
    , m_options(options)
    , m_random(options.seed * 0x2545F4914F6CDD1DULL + salt)
    , m_ids(options.seed, salt)
    , m_salt(salt)
    , m_organisations(db)
    , m_professionalRepo(db)
    , m_rcpRepo(db)
    , m_sessionRepo(db)
    , m_patientRepo(db)
    , m_inscriptionRepo(db)
    , m_ficheRepo(db) {
    if (!m_options.referenceDate.isValid())
        m_options.referenceDate = clock::today();
    m_reference = QDateTime(m_options.referenceDate, QTime(8, 0), Qt::UTC);
    m_now = m_reference.addDays(-7 * pastWeeks() - 30);
}

WriteOptions DemoBuilder::writeOptions() {
    // Synthetic data stays on this machine: audited, but never in the outbox. The store's clock follows
    // the data, so that timestamps are plausible.
    return {true, [this] { return m_now; }};
}

bool DemoBuilder::check(const StoreResult &result) {
    if (!result)
        m_error = result.error;
    return result.ok;
}

int DemoBuilder::centreCount() const {
    // A few coordination centres, more for a larger population.
    return std::clamp(3 + m_options.patients / 20000, 3, int(std::size(kCentreSites)));
}

int DemoBuilder::pastWeeks() const {
    // About sixteen cases a session: the history is as long as the case load needs, up to five years;
    // from three months for a small demo to fifteen months from 2,000 patients, so that a patient
    // treated a year ago has the boards of that treatment in the history too.
    const double sessionsPerWeek = centreCount() * 4.5 + 0.5;
    const double pastCases = m_options.patients * 2.45;
    return std::clamp(int(pastCases / (sessionsPerWeek * 16)), std::clamp(m_options.patients / 30, 12, 66),
                      260);
}

bool DemoBuilder::run(DemoCounts *counts, QString *error) {
    // A larger page cache (up to 512 MiB) for the bulk load (this connection only; the file is unchanged).
    QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size=-524288"));
    // The directory and the sessions are committed with the first batch of patients: a run that fails
    // or is killed before that leaves the file without any demo record, and --if-empty still sees it
    // empty.
    // With onlyIfEmpty, emptiness is checked inside that transaction (BEGIN IMMEDIATE): a second run
    // at the same time waits for the first's commit, then sees its records and writes nothing.
    auto opening = std::make_unique<WriteTransaction>(m_db, writeOptions());
    bool ok = opening->isActive();
    if (ok && m_options.onlyIfEmpty) {
        const std::optional<bool> full = holdsRecords(m_db, &m_error);
        if (!full || *full) {
            opening.reset();
            QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size=-65536"));
            if (counts)
                counts->notEmpty = full.value_or(false);
            if (!full && error)
                *error = m_error;
            return full.has_value();
        }
    }
    ok = ok && markRun(QStringLiteral("demo-started")) && writeDirectory() && writeSessions();
    if (!ok && m_error.isEmpty())
        m_error = opening->error();
    const auto write = [&](std::vector<PreparedBatchRecord> &batch) {
        if (!writeBatch(batch))
            return false;
        if (!opening || batch.empty())
            return true;
        const bool committed = opening->commit();
        if (!committed)
            m_error = opening->error();
        opening.reset();
        return committed;
    };
    // Patients in batches: batch k+1 is made here while a second thread serialises batch k, which is
    // then written here while batch k+1 is serialised.
    // One transaction a batch: the random-order indexes (names, times) are rewritten at every commit,
    // so larger batches write far less (100,000 patients: 58 s with 500 a batch, 39 s with 2,000).
    constexpr int kBatch = 2000;
    // The signing check of the fiches signed here runs there too, before their batch is written.
    std::future<PreparedBatch> serialising;
    const auto prepare = [this](std::vector<BatchRecord> batch) {
        return std::async(std::launch::async, [this, records = std::move(batch)] {
            return prepareBatch(records, m_quorumRules);
        });
    };
    const auto received = [&](PreparedBatch batch, std::vector<PreparedBatchRecord> *records) {
        if (!batch.error.isEmpty()) {
            m_error = batch.error;
            return false;
        }
        *records = std::move(batch.records);
        return true;
    };
    int queued = 0;
    for (int first = 0; ok && first < m_options.patients; first += kBatch) {
        for (int n = first; ok && n < std::min(first + kBatch, m_options.patients); ++n)
            ok = writePatient(n);
        if (!ok)
            break;
        std::vector<PreparedBatchRecord> ready;
        if (serialising.valid() && !received(serialising.get(), &ready)) {
            ok = false;
            break;
        }
        serialising = prepare(std::move(m_batch));
        m_batch.clear();
        ok = write(ready);
        if (ok && m_options.progress && queued > 0)
            m_options.progress(queued, m_options.patients);
        queued = std::min(first + kBatch, m_options.patients);
    }
    if (serialising.valid()) {
        std::vector<PreparedBatchRecord> last;
        if (ok)
            ok = received(serialising.get(), &last) && write(last);
        else
            serialising.wait();
        if (ok && m_options.progress)
            m_options.progress(queued, m_options.patients);
    }
    opening.reset(); // still open only when something failed: rolls back
    if (ok) {
        WriteTransaction done(m_db, writeOptions());
        ok = done.isActive() && markRun(QStringLiteral("demo-completed")) && done.commit();
        if (!ok && m_error.isEmpty())
            m_error = done.error();
    }
    QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size=-65536"));
    if (counts)
        *counts = m_counts;
    if (!ok && error)
        *error = m_error;
    return ok;
}

QString DemoBuilder::professionalName(const QUuid &id) const {
    for (const DemoProfessional &p : m_professionals)
        if (p.id == id)
            return p.lastName;
    return {};
}

QUuid DemoBuilder::someone(int centre, const QString &specialty) {
    const auto it = m_centres[std::size_t(centre)].bySpecialty.find(specialty);
    if (it == m_centres[std::size_t(centre)].bySpecialty.end() || it->second.empty())
        return {};
    return m_professionals[std::size_t(m_random.pickFrom(it->second))].id;
}

bool DemoBuilder::writeDirectory() {
    const auto setAddress = [](Organisation &o, const Place &place) {
        o.houseNumber = text(place.houseNumber);
        o.streetName = text(place.street);
        o.postalCode = text(place.postalCode);
        o.city = text(place.city);
    };
    Organisation network;
    network.meta.id = m_ids.next();
    network.kind = OrganisationKind::Network;
    network.name = text(kNetworkSeat.name);
    network.nationalId = networkNationalId();
    setAddress(network, kNetworkSeat);
    if (!check(m_organisations.save(network)))
        return false;
    ++m_counts.organisations;
    const int centres = centreCount();
    const int gps = std::clamp(m_options.patients / 80, 10, 1500);
    for (int c = 0; c < centres; ++c) {
        const CentreSite &site = kCentreSites[c];
        DemoCentre centre;
        Organisation cc;
        cc.meta.id = centre.id = m_ids.next();
        cc.kind = OrganisationKind::CoordinationCentre;
        cc.name = centre.name = text(site.centre);
        cc.nationalId = coordinationCentreNationalId(c);
        // The OID its host establishment numbers patients under (IPP): an example value, as in the
        // national example fiche, not a registered one.
        cc.patientIdOid = QStringLiteral("1.2.3.4.567.8.9.%1").arg(10 + c);
        cc.parentId = network.meta.id;
        std::vector<Organisation> places;
        for (const Place &place : site.establishments) {
            Organisation e;
            e.meta.id = m_ids.next();
            e.kind = OrganisationKind::Establishment;
            e.name = text(place.name);
            e.finess = makeFiness(m_random, QLatin1String(site.departement));
            e.establishmentType = text(place.type);
            e.parentId = cc.meta.id;
            setAddress(e, place);
            places.push_back(std::move(e));
        }
        // The 3C is carried by its host establishment: its FINESS and address are the host's.
        cc.finess = places.front().finess;
        setAddress(cc, site.establishments[0]);
        if (!check(m_organisations.save(cc)))
            return false;
        std::vector<QUuid> establishments;
        for (Organisation &e : places) {
            if (!check(m_organisations.save(e)))
                return false;
            establishments.push_back(e.meta.id);
        }
        centre.establishments = establishments;
        m_counts.organisations += 1 + int(establishments.size());
        QString lastName;
        auto addProfessional = [&](const QString &specialty, const QUuid &establishment) {
            Professional p;
            p.meta.id = m_ids.next();
            p.rpps = makeRpps(m_random);
            const Sex sex = m_random.chance(50) ? Sex::Female : Sex::Male;
            p.lastName = lastName = familyName(m_random);
            p.firstName = givenName(m_random, sex);
            p.specialty = specialty;
            p.establishmentId = establishment;
            p.email = searchKey(p.firstName + QLatin1Char('.') + p.lastName)
                          .toLower()
                          .replace(QLatin1Char(' '), QLatin1Char('-')) +
                      QStringLiteral("@sante.example");
            if (!check(m_professionalRepo.save(p)))
                return QUuid();
            ++m_counts.professionals;
            return p.meta.id;
        };
        for (const auto &[specialty, count] : kStaffing)
            for (int i = 0; i < count; ++i) {
                const QUuid id = addProfessional(QLatin1String(specialty), m_random.pickFrom(establishments));
                if (id.isNull())
                    return false;
                centre.bySpecialty[QLatin1String(specialty)].push_back(int(m_professionals.size()));
                m_professionals.push_back({id, QLatin1String(specialty), c, lastName});
            }
        for (int i = 0; i < (gps + c) / centres; ++i) {
            const QUuid id = addProfessional(QLatin1String(kGeneralPractice), QUuid());
            if (id.isNull())
                return false;
            centre.generalPractitioners.push_back(id);
        }
        m_centres.push_back(std::move(centre));
    }
    // The organ RCPs of every centre, and one regional supportive-care RCP run by the first centre.
    for (int c = 0; c < centres; ++c)
        for (int k = 0; k < kCommitteeCount; ++k) {
            if (k >= kOrganCommitteeCount && c > 0)
                continue;
            DemoRcp rcp;
            rcp.committee = Committee(k);
            rcp.centre = c;
            rcp.record = makeCommitteeRcp(rcp.committee, m_centres[std::size_t(c)].name, c);
            rcp.record.meta.id = rcp.id = m_ids.next();
            rcp.record.organisationId = m_centres[std::size_t(c)].id;
            // The centre's boards meet in turn in each of its establishments (no random draw: the rest of
            // the data of a seed stays as it was).
            const std::vector<QUuid> &places = m_centres[std::size_t(c)].establishments;
            rcp.record.hostEstablishmentId = places[std::size_t(k) % places.size()];
            QMap<QString, int> taken; // the n-th physician of a specialty sits on the board
            for (const QString &specialty : memberSpecialties(rcp.committee)) {
                const std::vector<int> &staff = m_centres[std::size_t(c)].bySpecialty[specialty];
                const int nth = taken[specialty]++;
                if (nth < int(staff.size())) {
                    rcp.members.push_back(staff[std::size_t(nth)]);
                    rcp.record.permanentMembers.push_back(
                        m_professionals[std::size_t(staff[std::size_t(nth)])].id);
                } else if (specialty == QLatin1String(kGeneralPractice)) {
                    rcp.record.permanentMembers.push_back(
                        m_centres[std::size_t(c)].generalPractitioners.front());
                }
            }
            // The first member coordinates and signs the fiches; the second is the deputy (no random draw).
            if (!rcp.record.permanentMembers.empty())
                rcp.record.coordinatorId = rcp.record.permanentMembers.front();
            if (rcp.record.permanentMembers.size() > 1)
                rcp.record.deputyCoordinatorIds = {rcp.record.permanentMembers[1]};
            if (!check(m_rcpRepo.save(rcp.record)))
                return false;
            ++m_counts.rcps;
            m_quorumRules[rcp.id] = rcp.record.quorum;
            m_rcps.push_back(std::move(rcp));
        }
    return true;
}

bool DemoBuilder::writeSessions() {
    const QDate first = m_options.referenceDate.addDays(-7 * pastWeeks());
    const QDate last = m_options.referenceDate.addDays(7 * 6);
    for (DemoRcp &rcp : m_rcps) {
        QDate day = first.addDays((rcp.record.schedule.weekday - first.dayOfWeek() + 7) % 7);
        for (; day <= last; day = day.addDays(7 * rcp.record.schedule.everyWeeks)) {
            // No board in the first half of August nor on Christmas and New Year's days.
            if ((day.month() == 8 && day.day() <= 14) || (day.month() == 12 && day.day() == 25) ||
                (day.month() == 1 && day.day() == 1))
                continue;
            if (!writeSession(rcp, day, day < m_options.referenceDate))
                return false;
        }
    }
    return true;
}

bool DemoBuilder::writeSession(DemoRcp &rcp, const QDate &day, bool past) {
    Session s;
    s.meta.id = m_ids.next();
    s.rcpId = rcp.id;
    s.startsAt = fromBoardTime(day, rcp.record.schedule.start);
    s.durationMinutes = rcp.record.schedule.durationMinutes;
    s.place = rcp.record.schedule.place;
    s.videoLink = rcp.record.schedule.videoLink;
    s.registrationDeadline = s.startsAt.addDays(-2);
    DemoSession info;
    info.id = s.meta.id;
    info.rcp = int(&rcp - m_rcps.data());
    info.startsAt = s.startsAt;
    info.endsAt = s.startsAt.addSecs(60 * s.durationMinutes);
    info.deadline = s.registrationDeadline;
    const bool cancelled = past && m_random.chance(2);
    s.status = cancelled ? SessionStatus::Cancelled : past ? SessionStatus::Closed : SessionStatus::Planned;
    if (past && !cancelled) {
        for (int member : rcp.members) {
            const DemoProfessional &p = m_professionals[std::size_t(member)];
            QUuid who = p.id;
            if (!m_random.chance(92)) {
                // Absent: a colleague of the same specialty stands in, half the time.
                if (!m_random.chance(50))
                    continue;
                who = someone(p.centre, p.specialty);
            }
            if (std::any_of(s.attendance.begin(), s.attendance.end(),
                            [&](const Attendance &a) { return a.professionalId == who; }))
                continue;
            s.attendance.push_back({who, p.specialty, m_random.chance(25), true});
        }
        if (m_random.chance(30)) // a GP comes for a patient: present, not counted in the quorum
            s.attendance.push_back(
                {m_random.pickFrom(m_centres[std::size_t(rcp.centre)].generalPractitioners),
                 QLatin1String(kGeneralPractice), m_random.chance(60), false});
        const QuorumResult result = rcp.record.quorum.evaluate(s.voters());
        info.quorum = result.status();
        info.missingGroups = result.missingGroups;
        if (!result.met)
            ++m_counts.sessionsWithoutQuorum;
        for (const Attendance &a : s.attendance) {
            const bool counted = std::find(result.countedVoters.begin(), result.countedVoters.end(),
                                           a.professionalId) != result.countedVoters.end();
            info.attendees.push_back({a.professionalId, a.specialty, a.remote, counted});
        }
    }
    m_now = past ? info.startsAt.addDays(-28) : m_reference.addDays(-m_random.between(1, 20));
    if (!check(m_sessionRepo.save(s)))
        return false;
    ++m_counts.sessions;
    if (cancelled)
        return true;
    ++(past ? m_counts.pastSessions : m_counts.futureSessions);
    (past ? rcp.pastSessions : rcp.futureSessions).push_back(int(m_sessions.size()));
    m_sessions.push_back(std::move(info));
    return true;
}

int DemoBuilder::rcpFor(int centre, Committee committee) const {
    for (std::size_t i = 0; i < m_rcps.size(); ++i)
        if (m_rcps[i].committee == committee &&
            (committee == Committee::Supportive || m_rcps[i].centre == centre))
            return int(i);
    return 0;
}

QDate earliestReferenceDate() {
    return QDate(1900, 1, 1);
}

QDate latestReferenceDate() {
    return QDate(2200, 12, 31);
}

bool generateDemo(Database &db, const DemoOptions &options, DemoCounts *counts, QString *error) {
    if (options.patients < 1) {
        if (error)
            *error = QCoreApplication::translate("Demo", "The number of patients must be at least 1.");
        return false;
    }
    if (options.referenceDate.isValid() &&
        (options.referenceDate < earliestReferenceDate() || options.referenceDate > latestReferenceDate())) {
        if (error)
            *error = QCoreApplication::translate("Demo", "The reference date must be from %1 to %2.")
                         .arg(earliestReferenceDate().toString(Qt::ISODate),
                              latestReferenceDate().toString(Qt::ISODate));
        return false;
    }
    // Ids, IPPs and names depend on what the database already holds, so that demo data added to a
    // database that has some never collides with it, and the same seed on the same file repeats.
    // Deleted patients count too: their IPPs are taken.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM patient"));
    const int existing = q.exec() && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    if (existing < 0) {
        if (error)
            *error = storeErrorMessage(q.lastError(), db.path());
        return false;
    }
    DemoBuilder builder(db, options, quint64(existing));
    return builder.run(counts, error);
}

std::optional<bool> holdsRecords(Database &db, QString *error) {
    QStringList exists;
    for (const char *table :
         {TableTraits<Organisation>::table, TableTraits<Professional>::table, TableTraits<Rcp>::table,
          TableTraits<Session>::table, TableTraits<Patient>::table, TableTraits<Inscription>::table,
          TableTraits<Fiche>::table})
        exists << QStringLiteral("EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(table));
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + exists.join(QStringLiteral(" OR "))) || !q.next()) {
        if (error)
            *error = QCoreApplication::translate("Demo", "Cannot read the database %1: %2")
                         .arg(db.path(), q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toBool();
}

} // namespace concerto::demo
