// The small rules of the indicators: median, stage group, age band, and the national names of the
// appareils (JDV_RCP_Appareil).
#include "reports/indicators.h"

#include <QHash>
#include <algorithm>

namespace concerto {

namespace indicators {

std::optional<double> median(std::vector<int> values) {
    if (values.empty())
        return std::nullopt;
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(middle));
    return (lower + upper) / 2.0;
}

QString stageGroup(const QString &stage) {
    const QString s = stage.trimmed().toUpper();
    if (s.startsWith(QLatin1Char('0')))
        return QStringLiteral("0");
    for (const char *group : {"IV", "III", "II", "I"})
        if (s.startsWith(QLatin1String(group)))
            return QString::fromLatin1(group);
    return {};
}

QString ageBand(int years) {
    if (years < 40)
        return QStringLiteral("<40");
    if (years >= 80)
        return QStringLiteral("80+");
    const int low = years / 10 * 10;
    return QStringLiteral("%1-%2").arg(low).arg(low + 9);
}

QString appareilLabel(const QString &code) {
    // JDV_RCP_Appareil (1.2.250.1.213.1.1.5.597): the national display names.
    static const QHash<QString, const char *> names{
        {QStringLiteral("387910009"), "glande endocrine"},
        {QStringLiteral("57171008"), "structure du système hématopoïétique"},
        {QStringLiteral("81745001"), "œil"},
        {QStringLiteral("272673000"), "os"},
        {QStringLiteral("39937001"), "peau"},
        {QStringLiteral("76752008"), "sein"},
        {QStringLiteral("86762007"), "système digestif"},
        {QStringLiteral("53065001"), "appareil génital féminin"},
        {QStringLiteral("90264002"), "appareil génital masculin"},
        {QStringLiteral("25087005"), "système nerveux"},
        {QStringLiteral("122489005"), "système urinaire"},
        {QStringLiteral("312419003"), "appareil respiratoire et/ou cavité thoracique"},
        {QStringLiteral("87784001"), "tissus mous"},
        {QStringLiteral("119253004"), "voie aérodigestive supérieure"}};
    const auto found = names.constFind(code);
    return found == names.constEnd() ? code : QString::fromUtf8(*found);
}

} // namespace indicators

} // namespace concerto
