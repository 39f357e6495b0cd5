// The national codes Concerto ships: each specialty code against its TRE_R38 label and its CI-SIS
// display name, as the ANS publishes them (typed here from the ANS code systems, not from our tables);
// the codes, display names and OIDs of the official FRCP example fiches; establishment types; the words
// of older records read as national codes (records, quorum rules, labels, the store's query column).
#include "models/domain/builtinsets.h"
#include "models/domain/labels.h"
#include "models/domain/organisation.h"
#include "models/domain/professional.h"
#include "models/domain/rcp.h"
#include "models/domain/specialtycodes.h"
#include "models/store/database.h"
#include "models/store/migrations.h"
#include "models/store/repositories.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QXmlStreamReader>
#include <QtTest>

using namespace concerto;
using namespace concerto::nomenclature;

namespace {

// One coded element of an example fiche: code, codeSystem, displayName.
struct Coded {
    QString code;
    QString system;
    QString display;
};

// Every <code>/<id> element of the official example fiches with the attributes asked.
std::vector<Coded> exampleElements(const QString &element, const char *codeAttribute) {
    std::vector<Coded> all;
    const QStringList files = QDir(test::referenceDir()).entryList({QStringLiteral("CANCER-FRCP_*.xml")});
    for (const QString &name : files) {
        QFile file(QDir(test::referenceDir()).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element) {
                const QXmlStreamAttributes a = xml.attributes();
                const bool id = element == QLatin1String("id");
                all.push_back({a.value(QLatin1String(codeAttribute)).toString(),
                               a.value(QLatin1String(id ? "root" : "codeSystem")).toString(),
                               a.value(QLatin1String("displayName")).toString()});
            }
    }
    return all;
}

} // namespace

class TestNationalCodes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each code Concerto ships, with the TRE_R38 label (without " (SM)") and the TRE_A02 display name of
    // "G15_10/<code>", copied from the ANS terminology server's code systems.
    void specialtyHasItsNationalLabels_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("cisis");
        const char *const rows[][3] = {
            {"SM01", "Anatomie et Cytologie pathologiques",
             "Médecin - Anatomie et Cytologie pathologiques (SM)"},
            {"SM02", "Anesthésie-réanimation", "Médecin - Anesthésie-réanimation (SM)"},
            {"SM05", "Chirurgie générale", "Médecin - Chirurgie générale (SM)"},
            {"SM08", "Chirurgie orthopédique et Traumatologie",
             "Médecin - Chirurgie orthopédique et Traumatologie (SM)"},
            {"SM10", "Chirurgie plastique reconstructrice et esthétique",
             "Médecin - Chirurgie plastique reconstruct et esthétique (SM)"},
            {"SM11", "Chirurgie thoracique et cardio-vasculaire",
             "Médecin - Chirurgie thoracique et cardio-vasculaire (SM)"},
            {"SM12", "Chirurgie urologique", "Médecin - Chirurgie urologique (SM)"},
            {"SM14", "Chirurgie viscérale et digestive", "Médecin - Chirurgie viscérale et digestive (SM)"},
            {"SM15", "Dermatologie et Vénéréologie", "Médecin - Dermatologie et Vénéréologie (SM)"},
            {"SM16", "Endocrinologie et Métabolisme", "Médecin - Endocrinologie et métabolisme (SM)"},
            {"SM17", "Génétique médicale", "Médecin - Génétique médicale (SM)"},
            {"SM18", "Gériatrie", "Médecin - Gériatrie (SM)"},
            {"SM19", "Gynécologie médicale", "Médecin - Gynécologie médicale (SM)"},
            {"SM20", "Gynécologie-obstétrique", "Médecin - Gynécologie-obstétrique (SM)"},
            {"SM21", "Hématologie", "Médecin - Hématologie (SM)"},
            {"SM23", "Hématologie, option Onco-hématologie",
             "Médecin - Hématologie, opt Onco-hématologie (SM)"},
            {"SM24", "Gastro-entérologie et Hépatologie", "Médecin - Gastro-entérologie et hépatologie (SM)"},
            {"SM26", "Qualifié en Médecine générale", "Médecin - Qualifié en Médecine Générale (SM)"},
            {"SM27", "Médecine interne", "Médecin - Médecine interne (SM)"},
            {"SM28", "Médecine nucléaire", "Médecin - Médecine nucléaire (SM)"},
            {"SM30", "Néphrologie", "Médecin - Néphrologie (SM)"},
            {"SM31", "Neuro-chirurgie", "Médecin - Neuro-chirurgie (SM)"},
            {"SM32", "Neurologie", "Médecin - Neurologie (SM)"},
            {"SM34", "ORL et Chirurgie cervico-faciale", "Médecin - ORL et Chirurgie cervico-faciale (SM)"},
            {"SM35", "Oncologie, option Onco-hématologie", "Médecin - Oncologie, opt Onco-hématologie (SM)"},
            {"SM36", "Oncologie, option médicale", "Médecin - Oncologie, opt médicale (SM)"},
            {"SM37", "Oncologie, option radiothérapie", "Médecin - Oncologie, opt radiothérapie (SM)"},
            {"SM40", "Pédiatrie", "Médecin - Pédiatrie (SM)"},
            {"SM41", "Pneumologie", "Médecin - Pneumologie (SM)"},
            {"SM42", "Psychiatrie", "Médecin - Psychiatrie (SM)"},
            {"SM44", "Radio-diagnostic", "Médecin - Radio-diagnostic (SM)"},
            {"SM45", "Radio-thérapie", "Médecin - Radio-thérapie (SM)"},
            {"SM53", "Spécialiste en Médecine générale", "Médecin - Spécialiste en Médecine Générale (SM)"},
            {"SM54", "Médecine générale", "Médecin - Médecine Générale (SM)"},
            {"SM62", "Endocrinologie, diabétologie, nutrition",
             "Médecin - Endocrinologie, diabétologie, nutrition (SM)"},
            {"SM71", "Hématologie (réforme 2017)", "Médecin - Hématologie (réforme 2017) (SM)"},
            {"SM74", "Radiologie imagerie médicale", "Médecin - Radiologie imagerie médicale (SM)"},
        };
        for (const auto &row : rows)
            QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromUtf8(row[1])
                                  << QString::fromUtf8(row[2]);
        // Every code the set ships is in this table (and "other" is the one more).
        QCOMPARE(specialties().size(), int(std::size(rows)) + 1);
    }
    void specialtyHasItsNationalLabels() {
        QFETCH(QString, code);
        QFETCH(QString, label);
        QFETCH(QString, cisis);
        QVERIFY(specialties().contains(code));
        QCOMPARE(specialties().label(code), label);
        QCOMPARE(labels::specialty(code), label);
        const ProfessionSpecialtyCoding coding = professionSpecialtyCoding(QStringLiteral("G15_10"), code);
        QCOMPARE(coding.code, QStringLiteral("G15_10/") + code);
        QCOMPARE(coding.codeSystem, QStringLiteral("1.2.250.1.213.1.1.4.5"));
        QCOMPARE(coding.displayName, cisis);
    }

    // The specialties an RCP needs are all there, under the code the ANS gives them.
    void theSpecialtiesABoardNeedsAreListed() {
        for (const char *code :
             {"SM14", "SM11", "SM20", "SM12", "SM31", "SM34", "SM36", "SM45", "SM21", "SM24",
              "SM41", "SM15", "SM16", "SM44", "SM28", "SM01", "SM18", "SM26", "SM40", "SM17"})
            QVERIFY2(specialties().contains(QLatin1String(code)), code);
        QVERIFY(specialties().contains(QStringLiteral("other")));
        QCOMPARE(specialties().sourceLabel(QStringLiteral("other")), QStringLiteral("Other specialty"));
        QCOMPARE(specialties().name(), QStringLiteral("TRE_R38_SpecialiteOrdinale"));
        QCOMPARE(specialties().oid(), QStringLiteral("1.2.250.1.213.2.28"));
    }

    // Every participant <code> of the official example fiches is what Concerto writes for that code.
    void exampleFichesCodeTheirPhysiciansAsWeDo() {
        int seen = 0;
        for (const Coded &c : exampleElements(QStringLiteral("code"), "code")) {
            // Specialties of the ordinal list (SM); the example also has a deprecated SCH qualification.
            if (!c.code.startsWith(QLatin1String("G15_10/SM")))
                continue;
            ++seen;
            QCOMPARE(c.system, QString::fromLatin1(kOidProfessionSpecialty));
            const ProfessionSpecialtyCoding ours =
                professionSpecialtyCoding(QString::fromLatin1(kProfessionPhysician), c.code.mid(7));
            QCOMPARE(ours.code, c.code);
            if (!c.display.isEmpty())
                QCOMPARE(ours.displayName, c.display);
        }
        QVERIFY2(seen >= 10, "the example fiches were not found");
    }

    // The ids of the example's header have the roots Concerto gives the network, the 3C, the RCP, the
    // session and the structures; the facility's type is coded as ours.
    void exampleFichesUseOurIdentifierRoots() {
        QSet<QString> roots;
        for (const Coded &id : exampleElements(QStringLiteral("id"), "extension"))
            roots.insert(id.system);
        for (const char *root : {kOidNetworkNationalId, kOidCoordinationCentreNationalId, kOidRcpNationalId,
                                 kOidRcpSession, kOidStructure})
            QVERIFY2(roots.contains(QLatin1String(root)), root);
        bool facility = false;
        for (const Coded &c : exampleElements(QStringLiteral("code"), "code"))
            if (c.code == QLatin1String("SA01")) {
                facility = true;
                QCOMPARE(c.system, establishmentTypes().oid());
                QCOMPARE(c.display, establishmentTypes().label(c.code));
            }
        QVERIFY(facility);
    }

    void organisationsGiveTheRootOfTheirIdentifier() {
        Organisation o;
        o.kind = OrganisationKind::Network;
        QCOMPARE(o.nationalIdRoot(), QStringLiteral("1.2.250.1.161.1.20.1.1"));
        o.kind = OrganisationKind::CoordinationCentre;
        QCOMPARE(o.nationalIdRoot(), QStringLiteral("1.2.250.1.161.1.20.2.1"));
        o.kind = OrganisationKind::Establishment;
        QVERIFY(o.nationalIdRoot().isEmpty());
        QVERIFY(o.structureId().isEmpty());
        o.finess = QStringLiteral("310781406");
        QCOMPARE(o.structureId(), QStringLiteral("1310781406")); // "1" + FINESS under 1.2.250.1.71.4.2.2
        QCOMPARE(QString::fromLatin1(kOidRcpNationalId), QStringLiteral("1.2.250.1.161.1.20.3.1"));
        QCOMPARE(QString::fromLatin1(kOidRcpSession), QStringLiteral("1.2.250.1.213.1.1.9"));
    }

    void establishmentTypesHaveTheirNationalLabels() {
        const std::pair<const char *, const char *> rows[] = {
            {"SA01", "Etablissement public de santé"},   {"SA03", "Etablissement privé PSPH"},
            {"SA04", "Etablissement privé non PSPH"},    {"SA05", "Centre de santé"},
            {"SA30", "Autre établissement sanitaire"},   {"SA36", "Centre anti-cancer"},
            {"SA52", "Maison de santé ou Pôle de santé"}};
        QCOMPARE(establishmentTypes().size(), int(std::size(rows)));
        for (const auto &[code, label] : rows) {
            QCOMPARE(establishmentTypes().label(QLatin1String(code)), QString::fromUtf8(label));
            QCOMPARE(labels::establishmentType(QLatin1String(code)), QString::fromUtf8(label));
        }
        QCOMPARE(establishmentTypes().oid(), QStringLiteral("1.2.250.1.71.4.2.4"));
        QCOMPARE(labels::establishmentType(QStringLiteral("SA99")), QStringLiteral("SA99"));
    }

    // Without a listed specialty a physician is coded by profession alone; another profession is not
    // coded by Concerto.
    void otherSpecialtiesAreCodedByProfession() {
        for (const QString &specialty : {QStringLiteral("other"), QString(), QStringLiteral("SM99")}) {
            const ProfessionSpecialtyCoding c =
                professionSpecialtyCoding(QStringLiteral("G15_10"), specialty);
            QCOMPARE(c.code, QStringLiteral("G15_10"));
            QCOMPARE(c.codeSystem, QStringLiteral("1.2.250.1.213.1.1.4.5"));
            QCOMPARE(c.displayName, QStringLiteral("Médecin"));
        }
        QVERIFY(professionSpecialtyCoding(QStringLiteral("G15_21"), QStringLiteral("SM36")).isEmpty());
        QCOMPARE(labels::profession(QStringLiteral("G15_10")), QStringLiteral("Médecin"));
        QCOMPARE(labels::specialty(QStringLiteral("SM99")), QStringLiteral("SM99"));
    }
};

QTEST_GUILESS_MAIN(TestNationalCodes)
#include "tst_nationalcodes.moc"
