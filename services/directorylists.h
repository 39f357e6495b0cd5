// The directory's lists the screens choose from (committees, organisations, professionals), kept once for
// every screen: read off the window's thread at first use and again after each change to them (this
// program's writes and, through the store's signal, a sync's). Until the first answer the lists are empty
// and `isLoaded` is false; a list that could not be read keeps its error, which the screens show beside
// the field (never a shorter list presented as whole).
#pragma once

#include "models/domain/organisation.h"
#include "models/domain/professional.h"
#include "models/domain/rcp.h"
#include "models/store/storeresult.h"

#include <QObject>
#include <vector>

namespace concerto {

class ReadWorker;

class DirectoryLists final : public QObject {
    Q_OBJECT
public:
    explicit DirectoryLists(ReadWorker &reader, QObject *parent = nullptr);

    // Living records, in the directory's order. The first call starts the first read.
    const StoreRead<std::vector<Rcp>> &committees();
    const StoreRead<std::vector<Organisation>> &organisations();
    const StoreRead<std::vector<Professional>> &professionals();
    bool isLoaded() const { return m_loaded; }

    // Reads the lists again (after a change to the directory).
    void reload();
    // Follows the store's announcement of what changed.
    void onRecordsChanged(const QString &entity);

Q_SIGNALS:
    // New lists arrived (or the error of a read that failed).
    void changed();

private:
    struct Lists;
    void start();

    ReadWorker &m_reader;
    StoreRead<std::vector<Rcp>> m_committees;
    StoreRead<std::vector<Organisation>> m_organisations;
    StoreRead<std::vector<Professional>> m_professionals;
    bool m_started = false;
    bool m_loaded = false;
    int m_asked = 0; // reads asked: an answer older than the latest ask is dropped
};

} // namespace concerto
