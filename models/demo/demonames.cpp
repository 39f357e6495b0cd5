// The word lists of the demo data. Names are common French ones; codes are the INSEE codes of the
// communes and countries named.
#include "models/demo/demonames.h"

#include <iterator>

namespace concerto::demo {

const char *const kFamilyNames[] = {
    "Martin",     "Bernard",      "Dubois",        "Thomas",        "Robert",      "Richard",  "Petit",
    "Durand",     "Leroy",        "Moreau",        "Simon",         "Laurent",     "Lefèvre",  "Michel",
    "Garcia",     "David",        "Bertrand",      "Roux",          "Vincent",     "Fournier", "Morel",
    "Girard",     "André",        "Mercier",       "Dupont",        "Lambert",     "Bonnet",   "François",
    "Martínez",   "Legrand",      "Garnier",       "Faure",         "Rousseau",    "Blanc",    "Guérin",
    "Muller",     "Henry",        "Roussel",       "Nicolas",       "Perrin",      "Mathieu",  "Clément",
    "Gauthier",   "Dumont",       "Lopez",         "Fontaine",      "Chevalier",   "Robin",    "Masson",
    "Sánchez",    "Gérard",       "Nguyen",        "Boyer",         "Denis",       "Lemaire",  "Duval",
    "Joly",       "Gautier",      "Roger",         "Roche",         "Roy",         "Noël",     "Meyer",
    "Lucas",      "Meunier",      "Jean",          "Pérez",         "Marchand",    "Dufour",   "Blanchard",
    "Barbier",    "Brun",         "Dumas",         "Brunet",        "Schmitt",     "Leroux",   "Colin",
    "Fernández",  "Pierre",       "Renard",        "Arnaud",        "Rolland",     "Caron",    "Aubert",
    "Giraud",     "Leclerc",      "Vidal",         "Bourgeois",     "Renaud",      "Lemoine",  "Picard",
    "Gaillard",   "Philippe",     "Leclercq",      "Lacroix",       "Fabre",       "Dupuis",   "Olivier",
    "Rodríguez",  "Da Silva",     "Hubert",        "Louis",         "Charles",     "Guillot",  "Rivière",
    "Le Gall",    "Guillaume",    "Adam",          "Rey",           "Moulin",      "Gonzalez", "Berger",
    "Lecomte",    "Ménard",       "Fleury",        "Deschamps",     "Carpentier",  "Julien",   "Benoît",
    "Paris",      "Maillard",     "Marchal",       "Aubry",         "Vasseur",     "Le Roux",  "Renault",
    "Jacquet",    "Collet",       "Prévost",       "Poirier",       "Charpentier", "Royer",    "Huet",
    "Baron",      "Dupuy",        "Pons",          "Paul",          "Laine",       "Carré",    "Breton",
    "Rémy",       "Schneider",    "Perrot",        "Barré",         "Marty",       "Cousin",   "N'Diaye",
    "Diallo",     "Traoré",       "Benali",        "Haddad",        "Mansouri",    "Ferreira", "Pereira",
    "Saint-Éloi", "Saint-Martin", "Lefèvre-Utile", "Dupont-Aignan", "Boissière",   "Besançon", "Hérault",
    "Chênevert",  "Bénézech",     "Castanié",      "Ségura",        "Pagès",       "Crémieux", "Évrard",
    "D'Aubigné",  "L'Hôte",       "Le Bihan",      "Quéré",         "Caussé",      "Lefèbvre", "Prud'homme",
};
const std::size_t kFamilyNameCount = std::size(kFamilyNames);

const char *const kFemaleGivenNames[] = {
    "Marie",         "Nathalie",    "Isabelle",     "Sylvie",       "Catherine", "Françoise", "Martine",
    "Christine",     "Monique",     "Valérie",      "Hélène",       "Sandrine",  "Nicole",    "Véronique",
    "Anne",          "Brigitte",    "Stéphanie",    "Céline",       "Chantal",   "Élodie",    "Jacqueline",
    "Aurélie",       "Émilie",      "Julie",        "Danielle",     "Geneviève", "Mélanie",   "Noëlle",
    "Marie-Thérèse", "Anne-Sophie", "Marie-Hélène", "Marie-Claude", "Josée",     "Agnès",     "Thérèse",
    "Bénédicte",     "Léa",         "Chloé",        "Zoé",          "Inès",      "Maëlle",    "Océane",
    "Gaëlle",        "Fatoumata",   "Aïcha",        "Yasmine",      "Joëlle",    "Mireille",  "Odile",
    "Renée",         "Solène",      "Ségolène",     "Éliane",       "Lucie",     "Camille",   "Claire",
};
const std::size_t kFemaleGivenNameCount = std::size(kFemaleGivenNames);

const char *const kMaleGivenNames[] = {
    "Jean",        "Philippe",    "Michel",    "Alain",     "Patrick",     "Nicolas",       "Christophe",
    "Pierre",      "Christian",   "Éric",      "Frédéric",  "Laurent",     "Stéphane",      "David",
    "Pascal",      "Daniel",      "Sébastien", "Julien",    "Thierry",     "Olivier",       "Bernard",
    "Jérôme",      "Thomas",      "François",  "Hervé",     "Gérard",      "André",         "René",
    "Jean-Pierre", "Jean-Claude", "Jean-Marc", "Jean-Loïc", "Pierre-Yves", "Jean-Baptiste", "Benoît",
    "Clément",     "Joël",        "Noël",      "Raphaël",   "Gaël",        "Loïc",          "Aimé",
    "Mathéo",      "Théo",        "Léo",       "Félix",     "Mamadou",     "Moussa",        "Karim",
    "Mehdi",       "Rémi",        "Grégoire",  "Aurélien",  "Cédric",      "Yannick",       "Étienne",
};
const std::size_t kMaleGivenNameCount = std::size(kMaleGivenNames);

const char *const kStreets[] = {
    "rue de la République",  "avenue Jean-Jaurès",       "rue Victor-Hugo",
    "place du Capitole",     "boulevard Gambetta",       "rue des Lilas",
    "chemin de la Fontaine", "allée des Châtaigniers",   "rue Pasteur",
    "impasse des Écoles",    "route de Saint-Éloi",      "rue du Général-de-Gaulle",
    "avenue de l'Europe",    "rue des Pénitents-Blancs", "quai de la Daurade",
    "rue Émile-Zola",        "chemin des Vignes",        "rue de l'Église",
    "place de la Mairie",    "rue Sainte-Thérèse",
};
const std::size_t kStreetCount = std::size(kStreets);

const Commune kRegionCommunes[] = {
    {"Toulouse", "31555", "31000"},      {"Montpellier", "34172", "34000"},
    {"Nîmes", "30189", "30000"},         {"Perpignan", "66136", "66000"},
    {"Béziers", "34032", "34500"},       {"Montauban", "82121", "82000"},
    {"Narbonne", "11262", "11100"},      {"Albi", "81004", "81000"},
    {"Carcassonne", "11069", "11000"},   {"Sète", "34301", "34200"},
    {"Castres", "81065", "81100"},       {"Tarbes", "65440", "65000"},
    {"Rodez", "12202", "12000"},         {"Alès", "30007", "30100"},
    {"Cahors", "46042", "46000"},        {"Auch", "32013", "32000"},
    {"Millau", "12145", "12100"},        {"Lourdes", "65286", "65100"},
    {"Foix", "09122", "09000"},          {"Mende", "48095", "48000"},
    {"Figeac", "46102", "46100"},        {"Colomiers", "31149", "31770"},
    {"Lunel", "34145", "34400"},         {"Agde", "34003", "34300"},
    {"Saint-Gaudens", "31483", "31800"}, {"Villefranche-de-Rouergue", "12300", "12200"},
    {"Pamiers", "09225", "09100"},       {"Bagnols-sur-Cèze", "30028", "30200"},
};
const std::size_t kRegionCommuneCount = std::size(kRegionCommunes);

const Commune kBirthCommunes[] = {
    {"Toulouse", "31555", "31000"},
    {"Montpellier", "34172", "34000"},
    {"Nîmes", "30189", "30000"},
    {"Perpignan", "66136", "66000"},
    {"Béziers", "34032", "34500"},
    {"Montauban", "82121", "82000"},
    {"Albi", "81004", "81000"},
    {"Carcassonne", "11069", "11000"},
    {"Rodez", "12202", "12000"},
    {"Tarbes", "65440", "65000"},
    {"Paris 14e Arrondissement", "75114", "75014"},
    {"Paris 12e Arrondissement", "75112", "75012"},
    {"Lyon", "69123", "69000"},
    {"Marseille", "13055", "13000"},
    {"Bordeaux", "33063", "33000"},
    {"Lille", "59350", "59000"},
    {"Nantes", "44109", "44000"},
    {"Strasbourg", "67482", "67000"},
    {"Saint-Étienne", "42218", "42000"},
    {"Besançon", "25056", "25000"},
    {"Ajaccio", "2A004", "20000"},
    {"Bastia", "2B033", "20200"},
    {"Porto-Vecchio", "2A247", "20137"},
    {"Corte", "2B096", "20250"},
    {"Pointe-à-Pitre", "97120", "97110"},
    {"Saint-Denis", "97411", "97400"},
};
const std::size_t kBirthCommuneCount = std::size(kBirthCommunes);

const Country kCountries[] = {
    {"Maroc", "99350"},   {"Algérie", "99352"}, {"Tunisie", "99351"},       {"Portugal", "99139"},
    {"Espagne", "99134"}, {"Italie", "99127"},  {"Allemagne", "99109"},     {"Belgique", "99131"},
    {"Sénégal", "99341"}, {"Mali", "99335"},    {"Côte d'Ivoire", "99326"}, {"Viêt Nam", "99243"},
};
const std::size_t kCountryCount = std::size(kCountries);

} // namespace concerto::demo
