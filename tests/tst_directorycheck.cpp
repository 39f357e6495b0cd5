// What the directory needs for the national documents: FINESS numbers (good keys, bad keys, wrong
// length, letters), postal codes, national identifiers, the checks of organisations, physicians and
// RCPs, and a demo directory that passes them all with believable values.
#include "models/demo/demogenerator.h"
#include "models/store/database.h"
#include "models/store/repositories.h"
#include "models/validation/directorycheck.h"
#include "models/validation/identifiers.h"
#include "tests/support/testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;
using namespace concerto::validation;

namespace {

// A complete establishment, as the FRCP header needs it.
Organisation fullEstablishment() {
    Organisation o;
    o.kind = OrganisationKind::Establishment;
    o.name = QStringLiteral("CHU de Toulouse");
    o.finess = QStringLiteral("310781406");
    o.establishmentType = QStringLiteral("SA01");
    o.houseNumber = QStringLiteral("2");
    o.streetName = QStringLiteral("Rue Viguerie");
    o.postalCode = QStringLiteral("31059");
    o.city = QStringLiteral("Toulouse");
    return o;
}

// Whether one of the messages holds `part` (an empty part: there is no message).
bool says(const Check &check, const QString &part) {
    if (part.isEmpty())
        return check.ok();
    for (const QString &m : check.messages)
        if (m.contains(part, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

class TestDirectoryCheck : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void finess_data() {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("message"); // a part of the message; empty when valid
        // Real FINESS numbers (CHU de Toulouse, CHU de Montpellier, AP-HP, Institut Bergonié).
        QTest::newRow("Toulouse") << "310781406"
                                  << "";
        QTest::newRow("Montpellier") << "340780477"
                                     << "";
        QTest::newRow("AP-HP") << "750712184"
                               << "";
        QTest::newRow("Bergonié") << "330000662"
                                  << "";
        QTest::newRow("with spaces") << "31 078 140 6"
                                     << "";
        QTest::newRow("bad key") << "310781407"
                                 << "should be 6, not 7";
        QTest::newRow("swapped digits") << "301781406"
                                        << "key";
        QTest::newRow("8 digits") << "31078140"
                                  << "has 9 digits; this one has 8";
        QTest::newRow("10 digits") << "3107814060"
                                   << "has 9 digits; this one has 10";
        QTest::newRow("letters") << "31O781406"
                                 << "only digits";
        QTest::newRow("Corsica, not checked yet") << "2A0000013"
                                                  << "only digits";
        QTest::newRow("missing") << ""
                                 << "missing";
    }
    void finess() {
        QFETCH(QString, number);
        QFETCH(QString, message);
        const Check check = checkFiness(number);
        QVERIFY2(says(check, message), qPrintable(check.text()));
        QVERIFY(message.isEmpty() || check.message().contains(QLatin1String("FINESS")));
    }

    void postalCode_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("Toulouse cedex") << "31059"
                                        << "";
        QTest::newRow("Ajaccio") << "20000"
                                 << "";
        QTest::newRow("Guadeloupe") << "97110"
                                    << "";
        QTest::newRow("Monaco") << "98000"
                                << "";
        QTest::newRow("4 digits") << "3105"
                                  << "5 digits";
        QTest::newRow("6 digits") << "310590"
                                  << "5 digits";
        QTest::newRow("letter") << "3105A"
                                << "5 digits";
        QTest::newRow("no département 00") << "00123"
                                           << "does not start";
        QTest::newRow("no département 96") << "96000"
                                           << "does not start";
        QTest::newRow("no département 99") << "99100"
                                           << "does not start";
        QTest::newRow("missing") << "  "
                                 << "missing";
    }
    void postalCode() {
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Check check = checkPostalCode(code);
        QVERIFY2(says(check, message), qPrintable(check.text()));
    }

    void establishment_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("complete") << 0 << "";
        QTest::newRow("no FINESS") << 1 << "FINESS number is missing";
        QTest::newRow("bad FINESS key") << 2 << "its last digit (the key)";
        QTest::newRow("no type") << 3 << "type of the establishment";
        QTest::newRow("unknown type") << 4 << "SA99 is not a national code";
        QTest::newRow("no street") << 5 << "street";
        QTest::newRow("bad postal code") << 6 << "postal code \"3105\"";
        QTest::newRow("no city") << 7 << "city";
        QTest::newRow("no house number (allowed)") << 8 << "";
    }
    void establishment() {
        QFETCH(int, fault);
        QFETCH(QString, message);
        Organisation o = fullEstablishment();
        switch (fault) {
        case 1:
            o.finess.clear();
            break;
        case 2:
            o.finess = QStringLiteral("310781400");
            break;
        case 3:
            o.establishmentType.clear();
            break;
        case 4:
            o.establishmentType = QStringLiteral("SA99");
            break;
        case 5:
            o.streetName.clear();
            break;
        case 6:
            o.postalCode = QStringLiteral("3105");
            break;
        case 7:
            o.city.clear();
            break;
        case 8:
            o.houseNumber.clear();
            break;
        default:
            break;
        }
        const Check check = checkOrganisation(o);
        QVERIFY2(says(check, message), qPrintable(check.text()));
        QVERIFY(check.messages.size() <= 1);
    }

    void coordinationCentreAndNetwork() {
        Organisation cc = fullEstablishment();
        cc.kind = OrganisationKind::CoordinationCentre;
        cc.name = QStringLiteral("3C Oncopole Toulouse");
        cc.establishmentType.clear(); // not asked of a 3C
        cc.nationalId = QStringLiteral("760101");
        QVERIFY2(checkOrganisation(cc).ok(), qPrintable(checkOrganisation(cc).text()));
        cc.nationalId.clear();
        QVERIFY(says(checkOrganisation(cc), QStringLiteral("national identifier of the 3C is missing")));
        cc.nationalId = QStringLiteral("76-01");
        QVERIFY(
            says(checkOrganisation(cc), QStringLiteral("national identifier of the 3C holds only digits")));
        cc.nationalId = QStringLiteral("760101");
        cc.finess.clear();
        QVERIFY(says(checkOrganisation(cc), QStringLiteral("FINESS number is missing")));

        Organisation network;
        network.kind = OrganisationKind::Network;
        network.name = QStringLiteral("Onco-Occitanie");
        network.nationalId = QStringLiteral("7601");
        QVERIFY(checkOrganisation(network).ok()); // no FINESS nor address needed
        network.postalCode = QStringLiteral("310");
        QVERIFY(says(checkOrganisation(network), QStringLiteral("5 digits"))); // but a given one is checked
        network.postalCode.clear();
        network.nationalId.clear();
        QVERIFY(says(checkOrganisation(network), QStringLiteral("national identifier of the network")));
    }

    void professionalAndRcp() {
        Professional p;
        p.rpps = QStringLiteral("10003456786");
        p.lastName = QStringLiteral("Roux");
        p.specialty = QStringLiteral("SM36");
        QVERIFY2(checkProfessional(p).ok(), qPrintable(checkProfessional(p).text()));
        p.specialty = QStringLiteral("other");
        QVERIFY(checkProfessional(p).ok());
        p.specialty = QStringLiteral("SM99");
        QVERIFY(says(checkProfessional(p), QStringLiteral("SM99 is not a national code")));
        p.specialty.clear();
        QVERIFY(says(checkProfessional(p), QStringLiteral("specialty of the physician is missing")));

        Rcp r;
        r.name = QStringLiteral("RCP Sénologie");
        r.nationalId = QStringLiteral("76010103");
        r.quorum.requiredGroups = {{QStringLiteral("Chirurgien sénologue"), {QStringLiteral("SM20")}}};
        QVERIFY2(checkRcpDirectory(r).ok(), qPrintable(checkRcpDirectory(r).text()));
        r.quorum.requiredGroups[0].specialties << QStringLiteral("gynaecology");
        QVERIFY(says(checkRcpDirectory(r), QStringLiteral("names gynaecology")));
        r.quorum.requiredGroups[0].specialties.removeLast();
        r.nationalId.clear();
        QVERIFY(says(checkRcpDirectory(r), QStringLiteral("national identifier of the RCP is missing")));
    }

    // The demo directory passes every check, with values a reader believes: FINESS of the establishment's
    // département, a 3C carried by its host establishment, identifiers of its network, a quorum rule and
    // permanent members in national codes.
    void demoDirectoryIsComplete() {
        QString error;
        std::unique_ptr<Database> db = Database::create(m_dir.filePath(QStringLiteral("demo.db")), &error);
        QVERIFY2(db, qPrintable(error));
        demo::DemoOptions options;
        options.patients = 40;
        options.referenceDate = QDate(2026, 11, 24);
        QVERIFY2(demo::generateDemo(*db, options, nullptr, &error), qPrintable(error));

        const std::vector<Organisation> organisations = READ(OrganisationRepository(*db).all());
        QHash<QUuid, Organisation> byId;
        for (const Organisation &o : organisations)
            byId.insert(o.meta.id, o);
        QSet<QString> nationalIds;
        int establishments = 0;
        for (const Organisation &o : organisations) {
            QVERIFY2(checkOrganisation(o).ok(),
                     qPrintable(o.name + QStringLiteral(": ") + checkOrganisation(o).text()));
            if (o.kind == OrganisationKind::Establishment) {
                ++establishments;
                QCOMPARE(o.finess.left(2), o.postalCode.left(2)); // FINESS numbers start with the département
            } else {
                QVERIFY(!nationalIds.contains(o.nationalId));
                nationalIds.insert(o.nationalId);
            }
            if (o.kind == OrganisationKind::CoordinationCentre) {
                const Organisation &network = byId.value(o.parentId);
                QCOMPARE(network.kind, OrganisationKind::Network);
                QVERIFY(o.nationalId.startsWith(network.nationalId));
                bool hosted = false;
                for (const Organisation &e : organisations)
                    hosted = hosted || (e.parentId == o.meta.id && e.finess == o.finess && e.city == o.city);
                QVERIFY2(hosted, qPrintable(o.name));
            }
        }
        QVERIFY(establishments >= 9);
        for (const Professional &p : READ(ProfessionalRepository(*db).pageAfter({}, 100000)).items)
            QVERIFY2(checkProfessional(p).ok(),
                     qPrintable(p.displayName() + QStringLiteral(": ") + checkProfessional(p).text()));
        for (const Rcp &r : READ(RcpRepository(*db).all())) {
            QVERIFY2(checkRcpDirectory(r).ok(),
                     qPrintable(r.name + QStringLiteral(": ") + checkRcpDirectory(r).text()));
            QVERIFY(!nationalIds.contains(r.nationalId));
            nationalIds.insert(r.nationalId);
            QVERIFY(r.nationalId.startsWith(byId.value(r.organisationId).nationalId));
        }
    }
};

QTEST_GUILESS_MAIN(TestDirectoryCheck)
#include "tst_directorycheck.moc"
