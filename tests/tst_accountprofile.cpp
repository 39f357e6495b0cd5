// The desktop's profile from the account signed in to the regional server: of several roles the one that
// does the most here, a profile kept before keeping its professional and RPPS, unknown roles giving no
// profile (never a silent default), and adopting the same account twice changing nothing.
#include "ui/profile/accountprofile.h"
#include "ui/profile/userprofiles.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;

class TestAccountProfile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static sync::SignedInAccount account(const QString &name, const QStringList &roles) {
        sync::SignedInAccount a;
        a.name = name;
        a.roles = roles;
        return a;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    }

    void theRoleThatDoesTheMost() {
        QCOMPARE(accountprofile::profileFor(
                     account(QStringLiteral("a"), {QStringLiteral("secretary"), QStringLiteral("coordinator"),
                                                   QStringLiteral("physician")}))
                     ->role,
                 std::optional<Role>(Role::Coordinator));
        QCOMPARE(accountprofile::profileFor(
                     account(QStringLiteral("b"), {QStringLiteral("read-only"), QStringLiteral("secretary")}))
                     ->role,
                 std::optional<Role>(Role::Secretary));
        QCOMPARE(accountprofile::profileFor(account(QStringLiteral("c"), {QStringLiteral("3c-admin")}))->role,
                 std::optional<Role>(Role::CentreAdmin));
    }

    void noKnownRoleNoProfile() {
        QVERIFY(!accountprofile::profileFor(account(QStringLiteral("d"), {QStringLiteral("chef")})));
        QVERIFY(!accountprofile::profileFor(account(QStringLiteral("e"), {})));
        QVERIFY(!accountprofile::profileFor(sync::SignedInAccount{}));
        QVERIFY(!accountprofile::adopt(account(QStringLiteral("d"), {QStringLiteral("chef")})));
        QVERIFY(!userprofiles::current());
    }

    void adoptedKeepingTheProfessional() {
        Actor before;
        before.name = QStringLiteral("anne.martin");
        before.role = Role::Secretary;
        before.professionalId = QUuid::createUuid();
        before.rpps = QStringLiteral("10000000012");
        userprofiles::save(before);
        Actor other;
        other.name = QStringLiteral("someone else");
        other.role = Role::Physician;
        userprofiles::save(other);
        userprofiles::setCurrent(other.name);

        const std::optional<Actor> adopted =
            accountprofile::adopt(account(QStringLiteral("anne.martin"), {QStringLiteral("coordinator")}));
        QVERIFY(adopted);
        QCOMPARE(adopted->role, std::optional<Role>(Role::Coordinator));
        QCOMPARE(adopted->professionalId, before.professionalId);
        QCOMPARE(adopted->rpps, before.rpps);
        QCOMPARE(userprofiles::current()->name, QStringLiteral("anne.martin"));
        QCOMPARE(userprofiles::current()->role, std::optional<Role>(Role::Coordinator));
        QCOMPARE(userprofiles::all().size(), 2); // replaced, not added

        // The same account again: nothing to change.
        QVERIFY(
            !accountprofile::adopt(account(QStringLiteral("anne.martin"), {QStringLiteral("coordinator")})));
    }
};

QTEST_MAIN(TestAccountProfile)
#include "tst_accountprofile.moc"
