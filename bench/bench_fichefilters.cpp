// bench_fichefilters DATABASE: the Fiches workspace's filters on a large file. For each filter (status,
// committee, period, patient, and combinations), prints the time to apply it and read the first page
// into the list model (first_ms=), the time of the fifth page (page5_ms=, or the end of the list), and
// how many fiches were read. Each filter is run three times and the median printed. Meant for the
// 100,000-patient demo database (264,000 fiches):
//   concerto-cli --db /tmp/p100k.db demo --patients 100000 && bench_fichefilters /tmp/p100k.db
#include "models/domain/boardtime.h"
#include "models/itemmodels/fichelistmodel.h"
#include "models/store/patientsearch.h"
#include "models/store/repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace concerto;

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        QTextStream(stderr) << "usage: bench_fichefilters DATABASE\n";
        return 2;
    }
    QString error;
    std::unique_ptr<Database> db = Database::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!db) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const StoreRead<std::vector<Rcp>> rcps = RcpRepository(*db).all();
    if (!rcps.ok() || rcps->empty()) {
        QTextStream(stderr) << "no committee\n";
        return 1;
    }
    const QDate today = toBoardTime(db->now()).date();
    const QUuid committee = rcps->front().meta.id;
    const QUuid smallest = rcps->back().meta.id;
    using S = FicheFilter::Status;
    struct Case {
        const char *name;
        FicheFilter filter;
    };
    auto make = [](S status, QUuid rcp, QDate from, QDate to, const char *patient) {
        FicheFilter f;
        f.status = status;
        f.rcpId = rcp;
        f.from = from;
        f.to = to;
        f.patientText = QString::fromUtf8(patient);
        return f;
    };
    const QDate year = today.addMonths(-12);
    const QDate month = today.addDays(-30);
    const std::vector<Case> cases = {
        {"all", make(S::All, {}, {}, {}, "")},
        {"signed", make(S::Signed, {}, {}, {}, "")},
        {"drafts", make(S::Draft, {}, {}, {}, "")},
        {"to_validate", make(S::ToValidate, {}, {}, {}, "")},
        {"committee", make(S::All, committee, {}, {}, "")},
        {"last_12_months", make(S::All, {}, year, today, "")},
        {"last_30_days", make(S::All, {}, month, today, "")},
        {"one_day_10y_ago", make(S::All, {}, today.addYears(-10), today.addYears(-10), "")},
        {"committee_30_days", make(S::All, smallest, month, today, "")},
        {"committee_12_months_signed", make(S::Signed, committee, year, today, "")},
        {"committee_drafts_30_days", make(S::Draft, smallest, month, today, "")},
        {"patient_martin", make(S::All, {}, {}, {}, "martin")},
        {"patient_martin_30_days", make(S::All, {}, month, today, "martin")},
        {"patient_b_committee", make(S::All, committee, {}, {}, "bern")},
        {"patient_martin_marie", make(S::All, {}, {}, {}, "martin marie")},
        {"patient_ipp", make(S::All, {}, {}, {}, "0000421")},
        {"patient_dubois_signed_12m", make(S::Signed, {}, year, today, "dubois")},
        {"patient_too_many", make(S::All, {}, {}, {}, "m")},
        {"patient_nobody", make(S::All, {}, {}, {}, "zzzqx")},
    };
    // The patient search alone (what the patient filter runs first): count and every match.
    for (const char *words : {"martin", "bern", "dubois"}) {
        const PatientRepository patients(*db);
        QElapsedTimer timer;
        timer.start();
        const PatientSearch search(patients, QString::fromUtf8(words));
        const int n = search.count().value;
        const double countMs = ms(timer);
        const auto page = search.pageAfter({}, n);
        out << "patient_search_" << words << " count_ms=" << QString::number(countMs, 'f', 1)
            << " all_ms=" << QString::number(ms(timer), 'f', 1) << " patients=" << n << Qt::endl;
    }
    FicheListModel model(*db);
    for (const Case &c : cases) {
        std::vector<double> first;
        std::vector<double> fifth;
        int rows = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            model.setFilter(c.filter);
            if (model.canFetchMore({}))
                model.fetchMore({});
            first.push_back(ms(timer));
            timer.restart();
            for (int page = 1; page < 5 && model.canFetchMore({}); ++page)
                model.fetchMore({});
            fifth.push_back(ms(timer));
            rows = model.rowCount();
            if (!model.errorText().isEmpty()) {
                QTextStream(stderr) << c.name << ": " << model.errorText() << '\n';
                return 1;
            }
        }
        out << c.name << " first_ms=" << QString::number(median(first), 'f', 1)
            << " page5_ms=" << QString::number(median(fifth), 'f', 1) << " rows=" << rows
            << " patients=" << model.patientMatches() << " lead="
            << (model.lead() == FicheListModel::LeadByCases      ? "cases"
                : model.lead() == FicheListModel::LeadByPatients ? "patients"
                                                                 : "order")
            << (model.tooManyPatients() ? " too_many" : "") << Qt::endl;
    }
    return 0;
}
