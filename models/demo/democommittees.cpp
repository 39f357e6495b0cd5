// The demo committees: names, JDV_RCP_Appareil / JDV_RCP_Organe / JDV_TraitementSoins_FRCP codes,
// weekly or fortnightly meetings, quorum rules and the guidelines each one follows.
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

Guideline guideline(const char *name, const char *version, int year, int month, int day) {
    return {QString::fromUtf8(name), QString::fromLatin1(version), QDate(year, month, day)};
}

const SpecialtyGroup kOncologist = group("Oncologue médical ou spécialiste d'organe",
                                         {"medical-oncology", "gastroenterology", "pulmonology"});
const SpecialtyGroup kRadiotherapist = group("Oncologue radiothérapeute", {"radiation-oncology"});
const SpecialtyGroup kRadiologist = group("Radiologue", {"radiology", "nuclear-medicine"});
const SpecialtyGroup kPathologist = group("Pathologiste", {"pathology"});

} // namespace

const QStringList &allSpecialties() {
    static const QStringList all{QStringLiteral("surgery-digestive"),
                                 QStringLiteral("surgery-thoracic"),
                                 QStringLiteral("surgery-breast-gynaecology"),
                                 QStringLiteral("urology"),
                                 QStringLiteral("neurosurgery"),
                                 QStringLiteral("ent-surgery"),
                                 QStringLiteral("medical-oncology"),
                                 QStringLiteral("radiation-oncology"),
                                 QStringLiteral("haematology"),
                                 QStringLiteral("gastroenterology"),
                                 QStringLiteral("pulmonology"),
                                 QStringLiteral("gynaecology"),
                                 QStringLiteral("dermatology"),
                                 QStringLiteral("endocrinology"),
                                 QStringLiteral("radiology"),
                                 QStringLiteral("nuclear-medicine"),
                                 QStringLiteral("pathology"),
                                 QStringLiteral("geriatrics"),
                                 QStringLiteral("palliative-care"),
                                 QStringLiteral("general-practice"),
                                 QStringLiteral("paediatric-oncology"),
                                 QStringLiteral("genetics"),
                                 QStringLiteral("other")};
    return all;
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
        r.quorum.requiredGroups = {group("Chirurgien digestif", {"surgery-digestive"}), kOncologist,
                                   kRadiotherapist};
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
        r.quorum.requiredGroups = {group("Chirurgien thoracique", {"surgery-thoracic"}), kOncologist,
                                   kRadiotherapist, kRadiologist};
        r.quorum.minimumSpecialties = 4;
        r.guidelines = {guideline("Référentiels AURA en oncologie thoracique", "19e édition", 2023, 1, 20)};
        break;
    case Committee::Breast:
        title = QStringLiteral("RCP Sénologie");
        r.appareil = QStringLiteral("76752008");
        r.organs = QStringList{QStringLiteral("76752008")};
        r.schedule.weekday = 3 + shift;
        r.schedule.start = QTime(8, 0);
        r.quorum.requiredGroups = {
            group("Chirurgien sénologue", {"surgery-breast-gynaecology", "gynaecology"}), kOncologist,
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
        r.quorum.requiredGroups = {group("Urologue", {"urology"}), kOncologist, kRadiotherapist};
        r.quorum.minimumSpecialties = 3;
        r.guidelines = {guideline("Recommandations du CCAFU", "2022-2024", 2022, 11, 30)};
        break;
    case Committee::Haematology:
        title = QStringLiteral("RCP Hématologie");
        r.appareil = QStringLiteral("57171008");
        r.organs = QStringList{QStringLiteral("C3211"), QStringLiteral("C9357"), QStringLiteral("C3242")};
        r.schedule.weekday = 5 - shift;
        r.schedule.start = QTime(14, 0);
        r.quorum.requiredGroups = {
            group("Hématologue", {"haematology"}), kPathologist,
            group("Radiothérapeute ou médecin nucléaire", {"radiation-oncology", "nuclear-medicine"})};
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
        r.quorum.requiredGroups = {
            group("Soins palliatifs", {"palliative-care"}),
            group("Oncologue", {"medical-oncology", "radiation-oncology"}),
            group("Gériatre ou médecin généraliste", {"geriatrics", "general-practice"})};
        r.quorum.minimumSpecialties = 3;
        r.guidelines = {guideline("Référentiels inter-régionaux en soins oncologiques de support (AFSOS)",
                                  "2023", 2023, 2, 1)};
        break;
    }
    r.name = title + QStringLiteral(" – ") + centreName;
    r.schedule.durationMinutes = committee == Committee::Supportive ? 60 : 120;
    r.schedule.place = QStringLiteral("Salle de staff, ") + centreName;
    if (centreIndex % 2 == 0)
        r.schedule.videoLink = QStringLiteral("https://visio.onco-occitanie.example/rcp-%1-%2")
                                   .arg(int(committee))
                                   .arg(centreIndex);
    return r;
}

QStringList memberSpecialties(Committee committee) {
    switch (committee) {
    case Committee::Digestive:
        return {QStringLiteral("medical-oncology"), QStringLiteral("surgery-digestive"),
                QStringLiteral("gastroenterology"), QStringLiteral("radiation-oncology"),
                QStringLiteral("radiology"),        QStringLiteral("pathology")};
    case Committee::Thoracic:
        return {QStringLiteral("pulmonology"),      QStringLiteral("surgery-thoracic"),
                QStringLiteral("medical-oncology"), QStringLiteral("radiation-oncology"),
                QStringLiteral("radiology"),        QStringLiteral("pathology")};
    case Committee::Breast:
        return {QStringLiteral("medical-oncology"),   QStringLiteral("surgery-breast-gynaecology"),
                QStringLiteral("radiation-oncology"), QStringLiteral("pathology"),
                QStringLiteral("radiology"),          QStringLiteral("gynaecology")};
    case Committee::Urology:
        return {QStringLiteral("medical-oncology"), QStringLiteral("urology"),
                QStringLiteral("radiation-oncology"), QStringLiteral("radiology"),
                QStringLiteral("pathology")};
    case Committee::Haematology:
        return {QStringLiteral("haematology"), QStringLiteral("pathology"),
                QStringLiteral("nuclear-medicine"), QStringLiteral("radiation-oncology"),
                QStringLiteral("haematology")};
    case Committee::Supportive:
        return {QStringLiteral("palliative-care"), QStringLiteral("medical-oncology"),
                QStringLiteral("geriatrics"), QStringLiteral("general-practice"), QStringLiteral("other")};
    }
    return {};
}

QStringList requesterSpecialties(Committee committee) {
    switch (committee) {
    case Committee::Digestive:
        return {QStringLiteral("gastroenterology"), QStringLiteral("surgery-digestive"),
                QStringLiteral("medical-oncology")};
    case Committee::Thoracic:
        return {QStringLiteral("pulmonology"), QStringLiteral("surgery-thoracic")};
    case Committee::Breast:
        return {QStringLiteral("surgery-breast-gynaecology"), QStringLiteral("gynaecology"),
                QStringLiteral("medical-oncology")};
    case Committee::Urology:
        return {QStringLiteral("urology"), QStringLiteral("medical-oncology")};
    case Committee::Haematology:
        return {QStringLiteral("haematology")};
    case Committee::Supportive:
        return {QStringLiteral("medical-oncology"), QStringLiteral("palliative-care")};
    }
    return {};
}

} // namespace concerto::demo
