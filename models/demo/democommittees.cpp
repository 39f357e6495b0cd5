// The demo committees: names, national identifiers, JDV_RCP_Appareil / JDV_RCP_Organe /
// JDV_TraitementSoins_FRCP codes, weekly or fortnightly meetings, quorum rules (national specialty codes)
// and the guidelines each one follows.
#include "models/demo/democommittees.h"

namespace concerto::demo {

namespace {

SpecialtyGroup group(const char *label, std::initializer_list<const char *> specialties) {
    SpecialtyGroup g;
    g.label = QString::fromUtf8(label);
    for (const char *s : specialties)
        g.specialties << QString::fromLatin1(s);
    return g;
}

QStringList codes(std::initializer_list<const char *> list) {
    QStringList all;
    for (const char *code : list)
        all << QString::fromLatin1(code);
    return all;
}

Guideline guideline(const char *name, const char *version, int year, int month, int day) {
    return {QString::fromUtf8(name), QString::fromUtf8(version), QDate(year, month, day)};
}

// Specialties are TRE_R38 codes (domain/specialtycodes.h): SM36 oncologie médicale, SM24
// gastro-entérologie, SM41 pneumologie, SM45/SM37 radiothérapie, SM44/SM74 radiologie, SM28 médecine
// nucléaire, SM01 anatomie et cytologie pathologiques.
const SpecialtyGroup kOncologist =
    group("Oncologue médical ou spécialiste d'organe", {"SM36", "SM24", "SM41"});
const SpecialtyGroup kRadiotherapist = group("Oncologue radiothérapeute", {"SM45", "SM37"});
const SpecialtyGroup kRadiologist = group("Radiologue ou médecin nucléaire", {"SM44", "SM74", "SM28"});
const SpecialtyGroup kPathologist = group("Pathologiste", {"SM01"});

} // namespace

QString networkNationalId() {
    return QStringLiteral("7601");
}

QString coordinationCentreNationalId(int centreIndex) {
    return networkNationalId() + QStringLiteral("%1").arg(centreIndex + 1, 2, 10, QLatin1Char('0'));
}

Rcp makeCommitteeRcp(Committee committee, const QString &centreName, int centreIndex) {
    Rcp r;
    QString title;
    // Centres meet on different days so that a physician can sit on boards of two centres.
    const int shift = centreIndex % 3;
    switch (committee) {
    case Committee::Digestive:
        title = QStringLiteral("RCP Onco-digestive");
        r.appareil = QStringLiteral("86762007");
        r.organs =
            QStringList{QStringLiteral("MED-251"), QStringLiteral("69695003"), QStringLiteral("15776009"),
                        QStringLiteral("303270005"), QStringLiteral("32849002")};
        r.schedule.weekday = 1 + shift; // Monday…
        r.schedule.start = QTime(17, 30);
        r.quorum.requiredGroups = {group("Chirurgien digestif", {"SM14"}), kOncologist, kRadiotherapist};
        r.quorum.minimumSpecialties = 3;
        r.guidelines = {guideline("Thésaurus National de Cancérologie Digestive (TNCD)", "2023", 2023, 3, 15),
                        guideline("Référentiel régional cancers colorectaux", "4.1", 2022, 11, 8)};
        break;
    case Committee::Thoracic:
        title = QStringLiteral("RCP Thoracique");
        r.appareil = QStringLiteral("312419003");
        r.organs = QStringList{QStringLiteral("MED-255"), QStringLiteral("3120008")};
        r.schedule.weekday = 2 + shift;
        r.schedule.start = QTime(13, 0);
        r.quorum.requiredGroups = {group("Chirurgien thoracique", {"SM11"}), kOncologist, kRadiotherapist,
                                   kRadiologist};
        r.quorum.minimumSpecialties = 4;
        r.guidelines = {guideline("Référentiels AURA en oncologie thoracique", "19e édition", 2023, 1, 20)};
        break;
    case Committee::Breast:
        title = QStringLiteral("RCP Sénologie");
        r.appareil = QStringLiteral("76752008");
        r.organs = QStringList{QStringLiteral("76752008")};
        r.schedule.weekday = 3 + shift;
        r.schedule.start = QTime(8, 0);
        r.quorum.requiredGroups = {group("Chirurgien sénologue", {"SM20", "SM05"}), kOncologist,
                                   kRadiotherapist, kPathologist};
        r.quorum.minimumSpecialties = 4;
        r.guidelines = {guideline("Recommandations de Saint-Paul-de-Vence", "2021", 2021, 11, 5),
                        guideline("Référentiel régional cancer du sein", "2.3", 2022, 6, 1)};
        break;
    case Committee::Urology:
        title = QStringLiteral("RCP Uro-oncologie");
        r.appareil = QStringLiteral("122489005");
        r.organs =
            QStringList{QStringLiteral("41216001"), QStringLiteral("89837001"), QStringLiteral("64033007")};
        r.schedule.weekday = 4 - shift;
        r.schedule.start = QTime(18, 0);
        r.schedule.everyWeeks = 2;
        r.quorum.requiredGroups = {group("Urologue", {"SM12"}), kOncologist, kRadiotherapist};
        r.quorum.minimumSpecialties = 3;
        r.guidelines = {guideline("Recommandations du CCAFU", "2022-2024", 2022, 11, 30)};
        break;
    case Committee::Haematology:
        title = QStringLiteral("RCP Hématologie");
        r.appareil = QStringLiteral("57171008");
        r.organs = QStringList{QStringLiteral("C3211"), QStringLiteral("C9357"), QStringLiteral("C3242")};
        r.schedule.weekday = 5 - shift;
        r.schedule.start = QTime(14, 0);
        r.quorum.requiredGroups = {group("Hématologue", {"SM21", "SM23", "SM71", "SM35"}), kPathologist,
                                   group("Radiothérapeute ou médecin nucléaire", {"SM45", "SM37", "SM28"})};
        r.quorum.minimumSpecialties = 3;
        r.guidelines = {guideline("Recommandations LYSA", "2023", 2023, 5, 12),
                        guideline("Recommandations IFM myélome", "2022", 2022, 9, 1)};
        break;
    case Committee::Supportive:
        title = QStringLiteral("RCP Soins oncologiques de support");
        r.nature = QString::fromLatin1(kNatureTransversalRcp);
        r.theme = QStringLiteral("C15747");
        r.schedule.weekday = 4;
        r.schedule.start = QTime(16, 0);
        r.schedule.everyWeeks = 2;
        // Palliative care is no ordinal specialty: the unit's physician is an internist here.
        r.quorum.requiredGroups = {
            group("Médecin de soins palliatifs", {"SM27", "SM02"}),
            group("Oncologue", {"SM36", "SM45", "SM37"}),
            group("Gériatre ou médecin généraliste", {"SM18", "SM26", "SM53", "SM54"})};
        r.quorum.minimumSpecialties = 3;
        r.guidelines = {guideline("Référentiels inter-régionaux en soins oncologiques de support (AFSOS)",
                                  "2023", 2023, 2, 1)};
        break;
    }
    r.name = title + QStringLiteral(" – ") + centreName;
    r.nationalId = coordinationCentreNationalId(centreIndex) +
                   QStringLiteral("%1").arg(int(committee) + 1, 2, 10, QLatin1Char('0'));
    r.schedule.durationMinutes = committee == Committee::Supportive ? 60 : 120;
    r.schedule.place = QStringLiteral("Salle de staff, ") + centreName;
    if (centreIndex % 2 == 0)
        r.schedule.videoLink = QStringLiteral("https://visio.onco-occitanie.example/rcp-%1-%2")
                                   .arg(int(committee))
                                   .arg(centreIndex);
    return r;
}

QStringList memberSpecialties(Committee committee) {
    // The coordinator first; the breast board has two breast surgeons (gynaecologist-obstetricians), the
    // supportive-care board a psychiatrist for psycho-oncology.
    switch (committee) {
    case Committee::Digestive:
        return codes({"SM36", "SM14", "SM24", "SM45", "SM44", "SM01"});
    case Committee::Thoracic:
        return codes({"SM41", "SM11", "SM36", "SM45", "SM44", "SM01"});
    case Committee::Breast:
        return codes({"SM36", "SM20", "SM45", "SM01", "SM44", "SM20"});
    case Committee::Urology:
        return codes({"SM36", "SM12", "SM45", "SM44", "SM01"});
    case Committee::Haematology:
        return codes({"SM21", "SM01", "SM28", "SM45", "SM21"});
    case Committee::Supportive:
        return codes({"SM27", "SM36", "SM18", kGeneralPractice, "SM42"});
    }
    return {};
}

QStringList requesterSpecialties(Committee committee) {
    switch (committee) {
    case Committee::Digestive:
        return codes({"SM24", "SM14", "SM36"});
    case Committee::Thoracic:
        return codes({"SM41", "SM11"});
    case Committee::Breast:
        return codes({"SM20", "SM19", "SM36"});
    case Committee::Urology:
        return codes({"SM12", "SM36"});
    case Committee::Haematology:
        return codes({"SM21"});
    case Committee::Supportive:
        return codes({"SM36", "SM27"});
    }
    return {};
}

} // namespace concerto::demo
