// Words of the live quorum.
#include "ui/meeting/quorumtext.h"

#include "models/domain/labels.h"

#include <QCoreApplication>

namespace concerto {

namespace {
QStringList missing(const validation::CaseQuorum &q) {
    QStringList out;
    for (const QString &group : q.rule.missingGroups)
        out << QCoreApplication::translate("QuorumText", "%1 missing").arg(group);
    if (q.specialtiesMissing() > 0)
        out << QCoreApplication::translate("QuorumText", "%Ln more specialty(ies) needed", nullptr,
                                           q.specialtiesMissing());
    if (q.requesterRequired && !q.requesterPresent)
        out << QCoreApplication::translate("QuorumText",
                                           "the requesting physician is neither present nor represented");
    return out;
}
} // namespace

QString quorumHeadline(const validation::CaseQuorum &quorum) {
    if (quorum.met())
        return QCoreApplication::translate("QuorumText", "Quorum met");
    // The groups nobody covers first (what the room looks for), else the first other reason.
    const QString why = !quorum.rule.missingGroups.isEmpty()
                            ? QCoreApplication::translate("QuorumText", "%1 missing")
                                  .arg(quorum.rule.missingGroups.join(QStringLiteral(", ")))
                            : missing(quorum).value(0);
    return QCoreApplication::translate("QuorumText", "Quorum not met: %1").arg(why);
}

QString quorumDetail(const validation::CaseQuorum &quorum) {
    QStringList lines;
    lines << QCoreApplication::translate("QuorumText", "%Ln distinct specialty(ies) counted", nullptr,
                                         quorum.rule.distinctSpecialties) +
                 QCoreApplication::translate("QuorumText", " (at least %1)")
                     .arg(quorum.rule.minimumSpecialties);
    int counted = 0;
    for (const FicheAttendee &a : quorum.attendees)
        counted += a.countedForQuorum ? 1 : 0;
    lines << QCoreApplication::translate("QuorumText", "%Ln attendee(s) counted", nullptr, counted);
    for (const WrittenOpinion &w : quorum.opinions)
        lines << QCoreApplication::translate("QuorumText", "Written opinion counted for %1")
                     .arg(labels::specialty(w.specialty));
    lines << missing(quorum);
    return lines.join(QLatin1Char('\n'));
}

} // namespace concerto
