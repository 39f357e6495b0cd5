// Serving: opens the database (migrations), makes or reuses the CA and certificate, binds the HTTPS port,
// says on stdout where it listens, and answers until SIGINT or SIGTERM. With `demo`, an empty server is
// filled with a demo region before it listens.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace concerto::server {

struct ServeOptions {
    QString dataDir;     // the CA and certificate; the SQLite file too when databaseUrl is empty
    QString databaseUrl; // postgresql://…: the data in PostgreSQL
    QString address = QStringLiteral("127.0.0.1");
    int port = 8443;              // 0: any free port (printed)
    QStringList certificateNames; // more names for the server certificate (first start only)
    bool demo = false;            // fill a demo region on the first start of an empty server (demoregion.h)
    int demoPatients = 2000;
};

// Exit code: 0 after a clean stop, 1 when it could not start.
int serve(const ServeOptions &options, QTextStream &out, QTextStream &err);

} // namespace concerto::server
