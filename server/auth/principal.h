// Who a request acts for, and what that person may do: the user's roles checked against the matrix of
// models/domain/roles.h (any of the roles allowing is enough) and the organisations (3C) whose records the
// user sees (their own; a network administrator sees the whole region). Every authorised endpoint gets
// one; the sync endpoints will check each record against it.
#pragma once

#include "models/domain/roles.h"
#include "server/db/accounts.h"

#include <QList>
#include <QStringList>

namespace concerto::server {

struct Principal {
    qint64 userId = 0;
    QString name;
    QList<Role> roles;
    QStringList organisations; // codes

    // Whether one of the roles may do `action` (the matrix of roles.h).
    bool may(Action action) const;
    // Whether the records of organisation `code` are visible: the user's own, or all for a network
    // administrator.
    bool sees(const QString &organisationCode) const;
    bool seesTheRegion() const { return roles.contains(Role::NetworkAdmin); }
    // Both: `action` on a record of that organisation.
    bool mayIn(Action action, const QString &organisationCode) const {
        return may(action) && sees(organisationCode);
    }

    static Principal of(const UserAccount &user);
};

} // namespace concerto::server
