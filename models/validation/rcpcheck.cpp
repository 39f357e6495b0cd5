// The committee editor's checks: one fault a field, in words a 3C administrator reads.
#include "models/validation/rcpcheck.h"

#include "models/domain/builtinsets.h"
#include "models/domain/specialtycodes.h"
#include "models/validation/identifiers.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>
#include <functional>
#include <map>

namespace concerto::validation {

namespace {
constexpr int kMaxEveryWeeks = 12;
constexpr int kMaxRegistrationDays = 30;
} // namespace

int specialtiesGroupsCanGive(const QuorumRule &rule) {
    // A maximum matching of groups to distinct specialties (augmenting paths; groups are few).
    std::vector<QStringList> accepted;
    for (const SpecialtyGroup &g : rule.requiredGroups) {
        QStringList codes;
        for (const QString &c : g.specialties)
            codes << nomenclature::nationalSpecialtyCode(c);
        accepted.push_back(codes);
    }
    std::map<QString, int> groupOfSpecialty;
    std::function<bool(int, QSet<QString> &)> assign = [&](int g, QSet<QString> &visited) {
        for (const QString &s : accepted[std::size_t(g)]) {
            if (visited.contains(s))
                continue;
            visited.insert(s);
            auto held = groupOfSpecialty.find(s);
            if (held == groupOfSpecialty.end() || assign(held->second, visited)) {
                groupOfSpecialty[s] = g;
                return true;
            }
        }
        return false;
    };
    int matched = 0;
    for (int g = 0; g < int(accepted.size()); ++g) {
        QSet<QString> visited;
        if (assign(g, visited))
            ++matched;
    }
    return matched;
}

std::vector<RcpFault> rcpFaults(const Rcp &r) {
    std::vector<RcpFault> faults;
    auto add = [&faults](RcpField field, const QString &message) { faults.push_back({field, message}); };

    if (r.name.trimmed().isEmpty())
        add(RcpField::Name, QCoreApplication::translate("Validation", "The name of the RCP is missing."));
    for (const QString &m :
         checkNationalIdentifier(
             r.nationalId, QCoreApplication::translate("Validation", "The national identifier of the RCP"))
             .messages)
        add(RcpField::NationalId, m);

    if (r.nature == QLatin1String(kNatureOrganRcp)) {
        if (r.appareil.trimmed().isEmpty())
            add(RcpField::Scope, QCoreApplication::translate(
                                     "Validation", "An organ RCP names its appareil (and its organs)."));
    } else if (r.nature == QLatin1String(kNatureTransversalRcp)) {
        if (r.theme.trimmed().isEmpty())
            add(RcpField::Scope, QCoreApplication::translate(
                                     "Validation", "A transversal RCP names its treatment or care theme."));
    } else {
        add(RcpField::Nature,
            QCoreApplication::translate(
                "Validation",
                "The nature of the RCP is an organ RCP (ORG-117) or a transversal one (ORG-132), not \"%1\".")
                .arg(r.nature));
    }

    const MeetingSchedule &s = r.schedule;
    if (s.weekday < 1 || s.weekday > 7)
        add(RcpField::Weekday,
            QCoreApplication::translate("Validation", "The day of the meeting is Monday to Sunday."));
    if (s.weekOfMonth < 0 || s.weekOfMonth > 5)
        add(RcpField::Recurrence,
            QCoreApplication::translate("Validation",
                                        "The week of the month is the 1st to the 4th, or the last (5)."));
    else if (s.weekOfMonth == 0 && (s.everyWeeks < 1 || s.everyWeeks > kMaxEveryWeeks))
        add(RcpField::Recurrence,
            QCoreApplication::translate("Validation", "The meetings are every 1 to 12 weeks."));
    if (!s.start.isValid())
        add(RcpField::Time, QCoreApplication::translate("Validation", "The meeting needs a start time."));
    if (s.durationMinutes < 15 || s.durationMinutes > 600)
        add(RcpField::Time,
            QCoreApplication::translate("Validation", "A meeting lasts 15 minutes to 10 hours."));
    if (s.registrationDays < 0 || s.registrationDays > kMaxRegistrationDays)
        add(RcpField::RegistrationDays,
            QCoreApplication::translate("Validation",
                                        "Registrations close 0 to 30 days before the meeting."));
    if (!s.videoLink.trimmed().isEmpty()) {
        const QUrl url(s.videoLink.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            add(RcpField::VideoLink,
                QCoreApplication::translate("Validation",
                                            "The videoconference link is a web address (https://…)."));
    }

    for (std::size_t i = 0; i < r.guidelines.size(); ++i)
        if (r.guidelines[i].name.trimmed().isEmpty())
            add(RcpField::Guidelines,
                QCoreApplication::translate("Validation", "Guideline %1 has no name.").arg(i + 1));

    QSet<QString> labels;
    for (std::size_t i = 0; i < r.quorum.requiredGroups.size(); ++i) {
        const SpecialtyGroup &g = r.quorum.requiredGroups[i];
        const QString label = g.label.trimmed();
        if (label.isEmpty())
            add(RcpField::QuorumGroups,
                QCoreApplication::translate("Validation", "Quorum group %1 has no name.").arg(i + 1));
        else if (labels.contains(label.toLower()))
            add(RcpField::QuorumGroups,
                QCoreApplication::translate("Validation", "Two quorum groups are named \"%1\".").arg(label));
        labels.insert(label.toLower());
        if (g.specialties.isEmpty())
            add(RcpField::QuorumGroups,
                QCoreApplication::translate("Validation", "The quorum group \"%1\" names no specialty.")
                    .arg(label.isEmpty() ? QString::number(i + 1) : label));
        for (const QString &code : g.specialties)
            if (!nomenclature::specialties().contains(code))
                add(RcpField::QuorumGroups,
                    QCoreApplication::translate(
                        "Validation",
                        "The quorum group \"%1\" names %2, which is not a national specialty code.")
                        .arg(label, code));
    }
    if (r.quorum.minimumSpecialties < 1)
        add(RcpField::QuorumMinimum,
            QCoreApplication::translate("Validation", "The quorum asks for at least one specialty."));
    else if (const int canGive = specialtiesGroupsCanGive(r.quorum); r.quorum.minimumSpecialties > canGive)
        add(RcpField::QuorumMinimum,
            QCoreApplication::translate(
                "Validation",
                "The quorum asks for %1 distinct specialties but its groups can give only %2: add a group "
                "(or specialties to a group) or lower the minimum.")
                .arg(r.quorum.minimumSpecialties)
                .arg(canGive));
    return faults;
}

QStringList faultsOf(const std::vector<RcpFault> &faults, RcpField field) {
    QStringList messages;
    for (const RcpFault &f : faults)
        if (f.field == field)
            messages << f.message;
    return messages;
}

Check checkRcp(const Rcp &rcp) {
    Check check;
    for (const RcpFault &f : rcpFaults(rcp))
        check.add(f.message);
    return check;
}

} // namespace concerto::validation
