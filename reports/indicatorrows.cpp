// The indicators flattened into figures, in reading order: activity, quality, delays, distributions.
#include "reports/indicatorrows.h"

#include <QCoreApplication>
#include <cmath>

namespace concerto {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("Indicators", text, disambiguation, n);
}

} // namespace

QString machineNumber(double value) {
    const double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == std::floor(rounded))
        return QString::number(qint64(rounded));
    return QString::number(rounded, 'f', 1);
}

std::vector<IndicatorRow> indicatorRows(const Indicators &in) {
    std::vector<IndicatorRow> rows;
    const QString activity = tr("Activity");
    auto count = [&](const QString &section, const char *key, const QString &label, int value,
                     int denominator = -1) {
        rows.push_back({section, QString::fromLatin1(key), label, double(value), denominator});
    };
    count(activity, "sessions", tr("Sessions held (not cancelled)"), in.sessions);
    count(activity, "inscriptions", tr("Cases registered for the sessions"), in.inscriptions);
    count(activity, "fiches", tr("Fiches (an amended fiche counts once)"), in.fiches);
    count(activity, "patients", tr("Distinct patients"), in.patients);
    count(activity, "new-patients", tr("New patients (first fiche ever)"), in.newPatients, in.patients);
    count(activity, "registered", tr("Registered cases (ORG-128)"), in.registered, in.fiches);
    count(activity, "discussed", tr("Discussed cases (ORG-134)"), in.discussed, in.fiches);
    count(activity, "postponed", tr("Postponed cases"), in.postponed.count, in.postponed.of);
    count(activity, "signed", tr("Signed fiches"), in.signedFiches.count, in.signedFiches.of);

    const QString quality = tr("Quality");
    count(quality, "quorum-met", tr("Quorum met (of discussed cases)"), in.quorumMet.count, in.quorumMet.of);
    count(quality, "file-complete", tr("Complete files"), in.fileComplete.count, in.fileComplete.of);
    count(quality, "conform", tr("Proposals conform to the guideline"), in.conform.count, in.conform.of);
    count(quality, "trial-proposed", tr("Clinical trial proposed"), in.trialProposed.count,
          in.trialProposed.of);
    count(quality, "recours", tr("Recours (recours RCP or recours motif)"), in.recours.count, in.recours.of);
    count(quality, "has-level-1", tr("HAS level 1: dated fiche with a proposal"), in.hasLevel1.count,
          in.hasLevel1.of);
    count(quality, "has-level-2", tr("HAS level 2: and at least 3 specialties present"), in.hasLevel2.count,
          in.hasLevel2.of);

    const QString delays = tr("Delays (median, days)");
    rows.push_back({delays, QStringLiteral("median-days:registration-meeting"),
                    tr("Registration to meeting (%n case(s))", nullptr, in.registrationToMeeting.values),
                    in.registrationToMeeting.days, -1});
    rows.push_back({delays, QStringLiteral("median-days:meeting-signature"),
                    tr("Meeting to signature (%n fiche(s))", nullptr, in.meetingToSignature.values),
                    in.meetingToSignature.days, -1});

    auto distribution = [&](const QString &section, const char *prefix,
                            const std::vector<IndicatorSlice> &slices) {
        for (const IndicatorSlice &s : slices)
            rows.push_back({section, QString::fromLatin1(prefix) + QLatin1Char(':') + s.key, s.label,
                            double(s.count), in.fiches});
    };
    distribution(tr("By organ"), "organ", in.byOrgan);
    distribution(tr("By ICD-10 topography"), "topography", in.byTopography);
    distribution(tr("By stage group"), "stage", in.byStage);
    distribution(tr("By WHO performance status"), "who", in.byWhoStatus);
    distribution(tr("By sex"), "sex", in.bySex);
    distribution(tr("By age at the meeting"), "age", in.byAge);
    return rows;
}

} // namespace concerto
