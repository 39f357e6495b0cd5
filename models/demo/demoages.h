// Ages at diagnosis and the history that goes with an age, for the demo (private to models/demo): each
// organ's median age and spread follow the French registry figures (Santé publique France and INCa,
// national estimates of cancer incidence in metropolitan France 1990-2018, and the Panorama des
// cancers en France): about 63 for breast, 70 for myeloma, 68 for all sites, a few per cent under 40,
// Hodgkin lymphoma bimodal (young adults, then after 60).
#pragma once

#include "models/demo/democlinical.h"

namespace concerto::demo {

// An age at diagnosis, in years, for a patient with a cancer of that organ.
int diagnosisAge(DemoRandom &random, Organ organ);

// A past medical history that fits the age (no 30 pack-years at 25, no COPD nor coronary stent in the
// young).
QString historyForAge(DemoRandom &random, int age);

} // namespace concerto::demo
