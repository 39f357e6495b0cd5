// The Nomenclatures part of Administration: the national value sets loaded in the local database, with
// their version and size, and the import of new files (a refused file changes nothing).
#pragma once

#include "services/services.h"

#include <QWidget>

class QLabel;

class QTableWidget;

namespace concerto {

class NomenclaturePanel final : public QWidget {
    Q_OBJECT
public:
    explicit NomenclaturePanel(Services &services, QWidget *parent = nullptr);

    // Imports the files in order, with a progress dialog for several; returns the errors, one a file.
    QStringList importFiles(const QStringList &paths);
    void reload();

private:
    void chooseAndImport();

    NomenclatureService &m_repository;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace concerto
