// The demo directory's places (believable addresses in Occitanie, national establishment types) and its
// staffing by national specialty code.
#include "models/demo/demosites.h"

namespace concerto::demo {

const Place kNetworkSeat{"Onco-Occitanie (DSRC)", "", "1", "Avenue Irène Joliot-Curie", "31059", "Toulouse"};

const CentreSite kCentreSites[kCentreSiteCount] = {
    {"Toulouse",
     "31",
     "3C Oncopole Toulouse",
     {{"CHU de Toulouse", "SA01", "2", "Rue Viguerie", "31059", "Toulouse"},
      {"IUCT-Oncopole", "SA36", "1", "Avenue Irène Joliot-Curie", "31059", "Toulouse"},
      {"Clinique Pasteur", "SA04", "45", "Avenue de Lombez", "31076", "Toulouse"}}},
    {"Montpellier",
     "34",
     "3C Montpellier",
     {{"CHU de Montpellier", "SA01", "191", "Avenue du Doyen Gaston Giraud", "34295", "Montpellier"},
      {"Institut du Cancer de Montpellier", "SA36", "208", "Avenue des Apothicaires", "34298", "Montpellier"},
      {"Clinique Clémentville", "SA04", "25", "Rue de Clémentville", "34070", "Montpellier"}}},
    {"Nîmes",
     "30",
     "3C Nîmes-Alès",
     {{"CHU de Nîmes", "SA01", "4", "Rue du Professeur Robert Debré", "30029", "Nîmes"},
      {"Centre hospitalier d'Alès", "SA01", "811", "Avenue du Docteur Jean Goubert", "30103", "Alès"},
      {"Polyclinique du Grand Sud", "SA04", "350", "Avenue Saint-André de Codols", "30900", "Nîmes"}}},
    {"Perpignan",
     "66",
     "3C Pays catalan",
     {{"Centre hospitalier de Perpignan", "SA01", "20", "Avenue du Languedoc", "66046", "Perpignan"},
      {"Clinique Saint-Pierre", "SA04", "81", "Avenue Victor Dalbiez", "66000", "Perpignan"},
      {"Polyclinique Médipôle", "SA04", "", "Rue Ambroise Croizat", "66330", "Cabestany"}}},
    {"Albi",
     "81",
     "3C Tarn",
     {{"Centre hospitalier d'Albi", "SA01", "22", "Boulevard du Général Sibille", "81013", "Albi"},
      {"Centre hospitalier de Castres-Mazamet", "SA01", "6", "Avenue de la Montagne Noire", "81108",
       "Castres"},
      {"Clinique Claude-Bernard", "SA04", "1", "Rue du Père Colombier", "81000", "Albi"}}},
    {"Tarbes",
     "65",
     "3C Hautes-Pyrénées",
     {{"Centre hospitalier de Bigorre", "SA01", "", "Boulevard de Lattre de Tassigny", "65013", "Tarbes"},
      {"Polyclinique de l'Ormeau", "SA04", "12", "Chemin de l'Ormeau", "65000", "Tarbes"},
      {"Centre hospitalier de Lourdes", "SA01", "2", "Avenue Alexandre Marqui", "65100", "Lourdes"}}},
    {"Rodez",
     "12",
     "3C Aveyron",
     {{"Centre hospitalier de Rodez", "SA01", "", "Avenue de l'Hôpital", "12027", "Rodez"},
      {"Clinique Saint-Louis", "SA04", "3", "Rue Pierre Carrère", "12000", "Rodez"},
      {"Centre hospitalier de Millau", "SA01", "265", "Boulevard Achille Souques", "12100", "Millau"}}},
    {"Narbonne",
     "11",
     "3C Aude",
     {{"Centre hospitalier de Narbonne", "SA01", "", "Boulevard du Docteur Lacroix", "11108", "Narbonne"},
      {"Centre hospitalier de Carcassonne", "SA01", "1060", "Chemin de la Madeleine", "11010", "Carcassonne"},
      {"Polyclinique Le Languedoc", "SA04", "", "Avenue de la Côte des Roses", "11100", "Narbonne"}}},
};

// The palliative-care unit's physicians are internists (SM27), psycho-oncology is a psychiatrist's (SM42).
const std::pair<const char *, int> kStaffing[kStaffingCount] = {
    {"SM14", 3}, // chirurgie viscérale et digestive
    {"SM11", 2}, // chirurgie thoracique et cardio-vasculaire
    {"SM20", 3}, // gynécologie-obstétrique: breast surgeons
    {"SM12", 3}, // chirurgie urologique
    {"SM31", 1}, // neuro-chirurgie
    {"SM34", 1}, // ORL et chirurgie cervico-faciale
    {"SM36", 5}, // oncologie, option médicale
    {"SM45", 3}, // radio-thérapie
    {"SM21", 3}, // hématologie
    {"SM24", 3}, // gastro-entérologie et hépatologie
    {"SM41", 3}, // pneumologie
    {"SM19", 2}, // gynécologie médicale
    {"SM15", 1}, // dermatologie et vénéréologie
    {"SM16", 1}, // endocrinologie et métabolisme
    {"SM44", 3}, // radio-diagnostic
    {"SM28", 2}, // médecine nucléaire
    {"SM01", 3}, // anatomie et cytologie pathologiques
    {"SM18", 1}, // gériatrie
    {"SM27", 2}, // médecine interne: palliative care
    {"SM40", 1}, // pédiatrie
    {"SM17", 1}, // génétique médicale
    {"SM42", 1}, // psychiatrie: psycho-oncology
};

} // namespace concerto::demo
