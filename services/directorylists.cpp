// The directory's lists: one read of the three tables on the read worker, answered as a whole.
#include "services/directorylists.h"

#include "models/store/readworker.h"
#include "models/store/repositories.h"

namespace concerto {

struct DirectoryLists::Lists {
    StoreRead<std::vector<Rcp>> committees;
    StoreRead<std::vector<Organisation>> organisations;
    StoreRead<std::vector<Professional>> professionals;
};

DirectoryLists::DirectoryLists(ReadWorker &reader, QObject *parent)
    : QObject(parent)
    , m_reader(reader) {}

const StoreRead<std::vector<Rcp>> &DirectoryLists::committees() {
    start();
    return m_committees;
}

const StoreRead<std::vector<Organisation>> &DirectoryLists::organisations() {
    start();
    return m_organisations;
}

const StoreRead<std::vector<Professional>> &DirectoryLists::professionals() {
    start();
    return m_professionals;
}

void DirectoryLists::start() {
    if (!m_started)
        reload();
}

void DirectoryLists::onRecordsChanged(const QString &entity) {
    if (m_started && (entity == QLatin1String("rcp") || entity == QLatin1String("organisation") ||
                      entity == QLatin1String("professional")))
        reload();
}

void DirectoryLists::reload() {
    m_started = true;
    const int ask = ++m_asked;
    m_reader.read<Lists>(
        [](Database &db) {
            Lists lists{RcpRepository(db).all(), OrganisationRepository(db).all(),
                        ProfessionalRepository(db).all()};
            return StoreRead<Lists>::success(std::move(lists));
        },
        [this, ask](StoreRead<Lists> &answer) {
            if (ask != m_asked)
                return; // a newer read is on its way
            if (!answer.ok()) {
                m_committees = StoreRead<std::vector<Rcp>>::failure(answer.error);
                m_organisations = StoreRead<std::vector<Organisation>>::failure(answer.error);
                m_professionals = StoreRead<std::vector<Professional>>::failure(answer.error);
            } else {
                m_committees = std::move(answer->committees);
                m_organisations = std::move(answer->organisations);
                m_professionals = std::move(answer->professionals);
            }
            m_loaded = true;
            Q_EMIT changed();
        });
}

} // namespace concerto
