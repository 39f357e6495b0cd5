// French words of the printed documents: fixed literals and the national display names of the codes.
#include "reports/fichewords.h"

#include "models/domain/boardtime.h"

namespace concerto::reports::words {

namespace {

struct Word {
    const char *code;
    const char *text; // UTF-8
};

QString lookup(const Word *table, std::size_t size, const QString &code) {
    for (std::size_t i = 0; i < size; ++i)
        if (code == QLatin1String(table[i].code))
            return QString::fromUtf8(table[i].text);
    return code;
}

template <std::size_t N>
QString lookup(const Word (&table)[N], const QString &code) {
    return lookup(table, N, code);
}

} // namespace

QString treatmentType(const QString &code) {
    // JDV_TypeTraitement_FRCP_CISIS display names (capitalised as a line of the fiche starts).
    static const Word table[] = {{"387713003", "Intervention chirurgicale"},
                                 {"C15313", "Radiothérapie"},
                                 {"C15195", "Curiethérapie"},
                                 {"C15632", "Chimiothérapie"},
                                 {"C93352", "Thérapie ciblée"},
                                 {"C547", "Hormonothérapie"},
                                 {"C15262", "Immunothérapie"},
                                 {"C63334", "Radiologie interventionnelle"},
                                 {"MED-556", "Fenêtre thérapeutique"},
                                 {"MED-226", "Surveillance seule"},
                                 {"MED-227", "Surveillance active"},
                                 {"C157891", "Endoscopie interventionnelle"},
                                 {"MED-232", "Irathérapie"},
                                 {"MED-126", "Allogreffe / Autogreffe"},
                                 {"GEN-092.03.01", "Autre(s) traitement(s)"},
                                 {"GEN-092.03.02", "Autre(s) traitement(s) médicamenteux spécifique(s)"},
                                 {"C15747", "Soins de support"},
                                 {"C15252", "Soins palliatifs"}};
    return lookup(table, code);
}

QString treatmentState(TreatmentState state) {
    switch (state) {
    case TreatmentState::Done:
        return QStringLiteral("réalisé");
    case TreatmentState::Ongoing:
        return QStringLiteral("en cours");
    case TreatmentState::NotDone:
        return QStringLiteral("non réalisé");
    }
    return {};
}

QString quorumStatus(QuorumStatus status) {
    static const Word table[] = {
        {"ORG-126", "Quorum atteint"}, {"ORG-133", "Quorum non atteint"}, {"GEN-010", "Ne sait pas"}};
    return lookup(table, quorumStatusCode(status));
}

QString caseStatus(const QString &code) {
    static const Word table[] = {{"ORG-128", "Cas enregistré"}, {"ORG-134", "Cas discuté"}};
    return lookup(table, code);
}

QString phase(const QString &code) {
    static const Word table[] = {{"MED-268", "Phase initiale du cancer"}, {"MED-244", "Rechute du cancer"}};
    return lookup(table, code);
}

QString documentStatus(DocumentStatus status) {
    switch (status) {
    case DocumentStatus::InProgress:
        return QStringLiteral("en cours d'exécution");
    case DocumentStatus::Completed:
        return QStringLiteral("réalisé");
    case DocumentStatus::Approved:
        return QStringLiteral("approuvé");
    case DocumentStatus::Closed:
        return QStringLiteral("clôturé");
    }
    return {};
}

QString nature(const QString &code) {
    static const Word table[] = {{"ORG-117", "RCP Appareil – Organes"},
                                 {"ORG-132", "RCP transversale / soins de support"}};
    return lookup(table, code);
}

QString sex(Sex sex) {
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("Masculin");
    case Sex::Female:
        return QStringLiteral("Féminin");
    case Sex::Unknown:
        return QStringLiteral("Inconnu");
    }
    return {};
}

QString laterality(const QString &value) {
    static const Word table[] = {{"right", "droite"},
                                 {"left", "gauche"},
                                 {"bilateral", "bilatérale"},
                                 {"not applicable", "non applicable"},
                                 {"not-applicable", "non applicable"}};
    return lookup(table, value);
}

QString reportKind(const QString &kind) {
    static const Word table[] = {{"operative", "Compte rendu opératoire"},
                                 {"pathology", "Compte rendu anatomopathologique"},
                                 {"molecular", "Compte rendu de biologie moléculaire"}};
    return lookup(table, kind);
}

QString identityStatus(IdentityStatus status) {
    switch (status) {
    case IdentityStatus::Provisional:
        return QStringLiteral("provisoire");
    case IdentityStatus::Recovered:
        return QStringLiteral("récupérée");
    case IdentityStatus::Validated:
        return QStringLiteral("validée");
    case IdentityStatus::Qualified:
        return QStringLiteral("qualifiée");
    }
    return {};
}

QString yesNo(bool value) {
    return value ? QStringLiteral("oui") : QStringLiteral("non");
}

QString date(const QDate &d) {
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString monthOrDay(const QDate &d, bool dayKnown) {
    if (!d.isValid())
        return {};
    return d.toString(dayKnown ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("MM/yyyy"));
}

QString boardDateTime(const QDateTime &utc) {
    if (!utc.isValid())
        return {};
    const QDateTime local = toBoardTime(utc);
    return local.date().toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(" à ") +
           local.time().toString(QStringLiteral("HH:mm"));
}

QString bornOn(Sex sex, const QDate &birth) {
    const QString word = sex == Sex::Female ? QStringLiteral("née le")
                         : sex == Sex::Male ? QStringLiteral("né le")
                                            : QStringLiteral("né(e) le");
    return word + QLatin1Char(' ') + date(birth);
}

} // namespace concerto::reports::words
