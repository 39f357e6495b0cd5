// bench_staging: how long the staging tables take to read a TNM and give its stage group, for the demo,
// the editor and the fiche check that ask them for every tumour. Prints microseconds per call for a
// fully given TNM, for one with unknown parts (every combination is asked), and for parseTnm.
#include "models/staging/staging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace concerto;

namespace {

struct Case {
    const char *topography, *morphology, *tnm;
};

double microsecondsPerCall(const std::vector<Case> &cases, int rounds,
                           const staging::StageFactors &factors = {}) {
    std::vector<TnmStaging> parsed;
    for (const Case &c : cases)
        parsed.push_back(staging::parseTnm(QLatin1String(c.tnm)).tnm);
    int staged = 0;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r)
        for (size_t i = 0; i < cases.size(); ++i)
            staged += staging::stageOf(QLatin1String(cases[i].topography), QLatin1String(cases[i].morphology),
                                       parsed[i], factors)
                              .stage.isEmpty()
                          ? 0
                          : 1;
    const double us = double(timer.nsecsElapsed()) / 1000.0 / double(rounds * cases.size());
    return staged < 0 ? -1 : us;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const std::vector<Case> known{{"C18.7", "8140/3", "cT4a cN2b cM0"}, {"C34.1", "8140/3", "cT2a N1 M0"},
                                  {"C50.4", "8500/3", "pT2 N1 M0"},     {"C61", "8140/3", "cT3a N0 M0"},
                                  {"C15.4", "8070/3", "cT3 N1 M0"},     {"C43.5", "8720/3", "pT4b N3a M0"},
                                  {"C53.9", "8070/3", "cT1b3 N0 M0"},   {"C67.2", "8120/3", "pT2a N0 M0"}};
    const std::vector<Case> unknown{{"C18.7", "8140/3", "cTX NX"}, {"C50.4", "8500/3", "cTX NX"},
                                    {"C43.5", "8720/3", "pTX NX"}, {"C61", "8140/3", "cTX NX"},
                                    {"C15.4", "", "pTX NX M0"},    {"C53.9", "8070/3", "cTX NX"}};
    staging::StageFactors prostate;
    prostate.psa = 8;
    prostate.gradeGroup = 2;
    out << QStringLiteral("stageOf, T, N and M given:        %1 us a call\n")
               .arg(microsecondsPerCall(known, 2000, prostate), 0, 'f', 1);
    out << QStringLiteral("stageOf, TX NX, M and factors unknown (worst case): %1 us a call\n")
               .arg(microsecondsPerCall(unknown, 20), 0, 'f', 1);
    QElapsedTimer timer;
    timer.start();
    const int rounds = 20000;
    int ok = 0;
    for (int i = 0; i < rounds; ++i)
        ok += staging::parseTnm(QStringLiteral("cT4aN2bM0")).ok() ? 1 : 0;
    out << QStringLiteral("parseTnm(\"cT4aN2bM0\"):           %1 us a call (%2 read)\n")
               .arg(double(timer.nsecsElapsed()) / 1000.0 / rounds, 0, 'f', 1)
               .arg(ok);
    return 0;
}
