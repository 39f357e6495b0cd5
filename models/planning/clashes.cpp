// Clashes between sessions: one room, overlapping times.
#include "models/planning/clashes.h"

#include <QCoreApplication>
#include <algorithm>

namespace concerto::planning {

namespace {

QString placeKey(const QString &place) {
    return place.simplified().toCaseFolded();
}

} // namespace

std::vector<Clash> clashes(const std::vector<Session> &sessions) {
    std::vector<const Session *> live;
    for (const Session &s : sessions)
        if (s.status != SessionStatus::Cancelled && !placeKey(s.place).isEmpty())
            live.push_back(&s);
    std::sort(live.begin(), live.end(),
              [](const Session *a, const Session *b) { return a->startsAt < b->startsAt; });
    std::vector<Clash> found;
    for (std::size_t i = 0; i < live.size(); ++i) {
        const QDateTime end = live[i]->startsAt.addSecs(60 * qint64(live[i]->durationMinutes));
        for (std::size_t j = i + 1; j < live.size() && live[j]->startsAt < end; ++j)
            if (placeKey(live[i]->place) == placeKey(live[j]->place))
                found.push_back({*live[i], *live[j]});
    }
    return found;
}

} // namespace concerto::planning
