// Parsing and running the admin commands; the password from the environment or stdin.
#include "server/admin/admincommands.h"

#include "server/auth/passwordhash.h"
#include "server/db/accounts.h"
#include "server/db/valuesets.h"

#include "models/nomenclature/svsreader.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <pwd.h>
#include <unistd.h>

namespace concerto::server {

namespace {

// The password from CONCERTO_PASSWORD, else the first line of stdin (without its line end).
QString readPassword() {
    const QByteArray fromEnvironment = qgetenv("CONCERTO_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

bool checkPassword(const QString &password, QTextStream &err) {
    if (password.size() < kMinimumPasswordLength) {
        err << "The password must have at least " << kMinimumPasswordLength
            << " characters (from CONCERTO_PASSWORD or the first line of stdin).\n";
        return false;
    }
    return true;
}

// Who runs the command, as the audit names it: "admin (LOGIN)", and who used sudo.
QString adminActor() {
    const passwd *account = getpwuid(geteuid());
    QString actor = QStringLiteral("admin (%1")
                        .arg(account ? QString::fromLocal8Bit(account->pw_name) : QString::number(geteuid()));
    const QString sudoUser = qEnvironmentVariable("SUDO_USER");
    if (!sudoUser.isEmpty())
        actor += QStringLiteral(", sudo by ") + sudoUser;
    return actor + QLatin1Char(')');
}

Accounts accountsOf(const ServerDatabase &database) {
    Accounts accounts(database);
    accounts.setActor(adminActor());
    return accounts;
}

std::unique_ptr<ServerDatabase> openDatabase(const DatabaseLocation &location, QTextStream &err) {
    QString error;
    if (location.url.isEmpty() && !QDir().mkpath(location.dataDir)) {
        err << "Cannot make the data folder " << location.dataDir << ".\n";
        return nullptr;
    }
    auto database = ServerDatabase::open(location, &error);
    if (!database)
        err << "Cannot open the server database: " << error << ".\n";
    return database;
}

int addOrganisation(const DatabaseLocation &location, const QStringList &arguments, QTextStream &out,
                    QTextStream &err) {
    if (arguments.size() != 2 || arguments[0].trimmed().isEmpty() || arguments[1].trimmed().isEmpty()) {
        err << "Usage: admin add-org CODE NAME\n";
        return 2;
    }
    const auto database = openDatabase(location, err);
    if (!database)
        return 1;
    QString error;
    if (!accountsOf(*database).addOrganisation({arguments[0], arguments[1]}, &error)) {
        err << "Organisation not added: " << error << ".\n";
        return 1;
    }
    out << "Added the organisation " << arguments[0] << ".\n";
    return 0;
}

int addUser(const DatabaseLocation &location, const QStringList &arguments, QTextStream &out,
            QTextStream &err) {
    QString name;
    QList<Role> roles;
    QStringList organisations;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--role") || argument == QLatin1String("--org")) {
            if (i + 1 >= arguments.size()) {
                err << argument << " needs a value.\n";
                return 2;
            }
            const QString value = arguments[++i];
            if (argument == QLatin1String("--org")) {
                organisations.append(value);
                continue;
            }
            const auto role = roleFromCode(value);
            if (!role) {
                QStringList codes;
                for (Role known : kAllRoles)
                    codes.append(roleCode(known));
                err << "Unknown role \"" << value << "\"; the roles are: " << codes.join(QStringLiteral(", "))
                    << ".\n";
                return 2;
            }
            roles.append(*role);
        } else if (argument.startsWith(QLatin1String("--")) || !name.isEmpty()) {
            err << "Unexpected argument \"" << argument << "\".\n";
            return 2;
        } else {
            name = argument;
        }
    }
    if (name.trimmed().isEmpty() || roles.isEmpty()) {
        err << "Usage: admin add-user NAME --role ROLE [--role ROLE]… [--org ORG]…\n";
        return 2;
    }
    const QString password = readPassword();
    if (!checkPassword(password, err))
        return 2;
    const QByteArray hash = hashPassword(password);
    const auto database = hash.isEmpty() ? nullptr : openDatabase(location, err);
    if (!database)
        return 1;
    QString error;
    if (!accountsOf(*database).addUser(name, hash, roles, organisations, &error)) {
        err << "User not added: " << error << ".\n";
        return 1;
    }
    out << "Added the user " << name << ".\n";
    return 0;
}

int resetPassword(const DatabaseLocation &location, const QStringList &arguments, QTextStream &out,
                  QTextStream &err) {
    if (arguments.size() != 1 || arguments[0].trimmed().isEmpty()) {
        err << "Usage: admin reset-password NAME\n";
        return 2;
    }
    const QString password = readPassword();
    if (!checkPassword(password, err))
        return 2;
    const QByteArray hash = hashPassword(password);
    const auto database = hash.isEmpty() ? nullptr : openDatabase(location, err);
    if (!database)
        return 1;
    QString error;
    if (!accountsOf(*database).setPassword(arguments[0], hash, &error)) {
        err << "Password not changed: " << error << ".\n";
        return 1;
    }
    out << "Changed the password of " << arguments[0] << " (the account is unlocked).\n";
    return 0;
}

int importNomenclatures(const DatabaseLocation &location, const QStringList &files, QTextStream &out,
                        QTextStream &err) {
    if (files.isEmpty()) {
        err << "Usage: admin import-nomenclature FILE...\n";
        return 2;
    }
    // Every file is checked before the database is opened: one bad file and nothing is imported.
    for (const QString &file : files) {
        const nomenclature::ReadResult read = nomenclature::readValueSetFile(file);
        if (!read) {
            err << "Nothing imported: " << read.error << '\n';
            return 1;
        }
    }
    const auto database = openDatabase(location, err);
    if (!database)
        return 1;
    ValueSets valueSets(*database);
    valueSets.setActor(adminActor());
    for (const QString &file : files) {
        StoredValueSet set;
        QString error;
        bool unchanged = false;
        if (!valueSets.import(file, &set, &error, &unchanged)) {
            err << "Not imported: " << error << '\n';
            return 1;
        }
        out << (unchanged ? "Already there, unchanged: " : "Imported ") << set.name << " (" << set.oid
            << ", version " << set.version << ", " << set.conceptCount << " concepts).\n";
    }
    return 0;
}

} // namespace

QString adminUsage() {
    return QStringLiteral(
        "  admin add-org CODE NAME\n"
        "  admin add-user NAME --role ROLE [--role ROLE]... [--org ORG]...\n"
        "      roles: secretary, physician, coordinator, 3c-admin, network-admin, read-only\n"
        "  admin reset-password NAME\n"
        "  admin import-nomenclature FILE...   national value sets (IHE SVS, JDV_*.xml)\n"
        "  (passwords from CONCERTO_PASSWORD, else the first line of stdin; at least 12 "
        "characters)\n");
}

int runAdminCommand(const DatabaseLocation &location, const QStringList &arguments, QTextStream &out,
                    QTextStream &err) {
    if (arguments.isEmpty()) {
        err << "Admin commands:\n" << adminUsage();
        return 2;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("add-org"))
        return addOrganisation(location, rest, out, err);
    if (command == QLatin1String("add-user"))
        return addUser(location, rest, out, err);
    if (command == QLatin1String("reset-password"))
        return resetPassword(location, rest, out, err);
    if (command == QLatin1String("import-nomenclature"))
        return importNomenclatures(location, rest, out, err);
    err << "Unknown admin command \"" << command << "\". Admin commands:\n" << adminUsage();
    return 2;
}

} // namespace concerto::server
