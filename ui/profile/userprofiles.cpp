// The profiles as an array in the user's settings ("profiles"), the current one by name.
#include "ui/profile/userprofiles.h"

#include <QCoreApplication>
#include <QSettings>

namespace concerto::userprofiles {

namespace {

void write(const QList<Actor> &profiles) {
    QSettings settings;
    settings.remove(QStringLiteral("profiles/list"));
    settings.beginWriteArray(QStringLiteral("profiles/list"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const Actor &p = profiles[i];
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("role"), p.role ? roleCode(*p.role) : QString());
        settings.setValue(QStringLiteral("professionalId"), p.professionalId.toString(QUuid::WithoutBraces));
        settings.setValue(QStringLiteral("rpps"), p.rpps);
    }
    settings.endArray();
}

} // namespace

QList<Actor> all() {
    QSettings settings;
    QList<Actor> profiles;
    const int count = settings.beginReadArray(QStringLiteral("profiles/list"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Actor p;
        p.name = settings.value(QStringLiteral("name")).toString().trimmed();
        // A profile always has a role: an unknown code (a newer version's) reads as read only.
        p.role = roleFromCode(settings.value(QStringLiteral("role")).toString()).value_or(Role::ReadOnly);
        p.professionalId = QUuid::fromString(settings.value(QStringLiteral("professionalId")).toString());
        p.rpps = settings.value(QStringLiteral("rpps")).toString();
        if (!p.name.isEmpty())
            profiles << p;
    }
    settings.endArray();
    return profiles;
}

void save(const Actor &profile) {
    QList<Actor> profiles = all();
    bool replaced = false;
    for (Actor &p : profiles)
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    if (!replaced)
        profiles << profile;
    write(profiles);
}

void remove(const QString &name) {
    QList<Actor> profiles = all();
    profiles.removeIf([&name](const Actor &p) { return p.name == name; });
    write(profiles);
}

std::optional<Actor> current() {
    const QString name = QSettings().value(QStringLiteral("profiles/current")).toString();
    for (const Actor &p : all())
        if (p.name == name)
            return p;
    return std::nullopt;
}

void setCurrent(const QString &name) {
    QSettings().setValue(QStringLiteral("profiles/current"), name);
}

Actor guest() {
    Actor a;
    a.name = QCoreApplication::translate("Profiles", "Nobody signed in");
    a.role = Role::ReadOnly;
    return a;
}

} // namespace concerto::userprofiles
