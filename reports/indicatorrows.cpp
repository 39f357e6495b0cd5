// The indicators flattened into figures, in reading order: activity, quality, delays, distributions.
#include "reports/indicatorrows.h"

#include <QCoreApplication>
#include <cmath>

namespace concerto {

QString machineNumber(double value) {
    const double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        return QString::number(qint64(rounded));
    return QString::number(rounded, 'f', 1);
}

std::vector<IndicatorRow> indicatorRows(const Indicators &in) {
    std::vector<IndicatorRow> rows;
    const QString activity = QCoreApplication::translate("Indicators", "Activity");
    auto count = [&](const QString &section, const char *key, const QString &label, int value,
                     int denominator = -1) {
        rows.push_back({section, QString::fromLatin1(key), label, double(value), denominator});
    };
    count(activity, "sessions", QCoreApplication::translate("Indicators", "Sessions held"), in.sessions);
    count(activity, "inscriptions",
          QCoreApplication::translate("Indicators", "Cases registered for the sessions"), in.inscriptions);
    count(activity, "fiches",
          QCoreApplication::translate("Indicators", "Fiches (an amended fiche counts once)"), in.fiches);
    count(activity, "patients", QCoreApplication::translate("Indicators", "Distinct patients"), in.patients);
    count(activity, "new-patients",
          QCoreApplication::translate("Indicators", "New patients (first fiche ever)"), in.newPatients,
          in.patients);
    count(activity, "registered", QCoreApplication::translate("Indicators", "Registered cases (ORG-128)"),
          in.registered, in.fiches);
    count(activity, "discussed", QCoreApplication::translate("Indicators", "Discussed cases (ORG-134)"),
          in.discussed, in.fiches);
    count(activity, "postponed", QCoreApplication::translate("Indicators", "Postponed cases"),
          in.postponed.count, in.postponed.of);
    count(activity, "signed", QCoreApplication::translate("Indicators", "Signed fiches"),
          in.signedFiches.count, in.signedFiches.of);

    const QString quality = QCoreApplication::translate("Indicators", "Quality");
    count(quality, "quorum-met", QCoreApplication::translate("Indicators", "Quorum met (of discussed cases)"),
          in.quorumMet.count, in.quorumMet.of);
    count(quality, "file-complete", QCoreApplication::translate("Indicators", "Complete files"),
          in.fileComplete.count, in.fileComplete.of);
    count(quality, "conform", QCoreApplication::translate("Indicators", "Proposals conform to the guideline"),
          in.conform.count, in.conform.of);
    count(quality, "trial-proposed", QCoreApplication::translate("Indicators", "Clinical trial proposed"),
          in.trialProposed.count, in.trialProposed.of);
    count(quality, "recours",
          QCoreApplication::translate("Indicators", "Recours (recours RCP or recours motif)"),
          in.recours.count, in.recours.of);
    count(quality, "has-level-1",
          QCoreApplication::translate("Indicators", "HAS level 1: dated fiche with a proposal"),
          in.hasLevel1.count, in.hasLevel1.of);
    count(quality, "has-level-2",
          QCoreApplication::translate("Indicators", "HAS level 2: and at least 3 specialties present"),
          in.hasLevel2.count, in.hasLevel2.of);

    const QString delays = QCoreApplication::translate("Indicators", "Delays (median, days)");
    rows.push_back({delays, QStringLiteral("median-days:registration-meeting"),
                    QCoreApplication::translate("Indicators", "Registration to meeting (%Ln case(s))",
                                                nullptr, in.registrationToMeeting.values),
                    in.registrationToMeeting.days, -1});
    rows.push_back({delays, QStringLiteral("median-days:meeting-signature"),
                    QCoreApplication::translate("Indicators", "Meeting to signature (%Ln fiche(s))", nullptr,
                                                in.meetingToSignature.values),
                    in.meetingToSignature.days, -1});

    auto distribution = [&](const QString &section, const char *prefix,
                            const std::vector<IndicatorSlice> &slices) {
        for (const IndicatorSlice &s : slices)
            rows.push_back({section, QString::fromLatin1(prefix) + QLatin1Char(':') + s.key, s.label,
                            double(s.count), in.fiches});
    };
    distribution(QCoreApplication::translate("Indicators", "By organ"), "organ", in.byOrgan);
    distribution(QCoreApplication::translate("Indicators", "By ICD-10 topography"), "topography",
                 in.byTopography);
    distribution(QCoreApplication::translate("Indicators", "By stage group"), "stage", in.byStage);
    distribution(QCoreApplication::translate("Indicators", "By WHO performance status"), "who",
                 in.byWhoStatus);
    distribution(QCoreApplication::translate("Indicators", "By sex"), "sex", in.bySex);
    distribution(QCoreApplication::translate("Indicators", "By age at the meeting"), "age", in.byAge);
    return rows;
}

} // namespace concerto
