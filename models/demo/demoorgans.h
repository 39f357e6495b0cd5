// The demo's tumour sites (private to models/demo): for each committee, the ICD-10 topographies it
// sees, the ICD-O-3 morphologies that fit each one, and, for each organ, the UICC 8 categories a
// board meets with their frequencies (clinical, and pathological where they differ).
#pragma once

#include "models/demo/democlinical.h"

namespace concerto::demo {

struct Weighted {
    const char *value;
    int weight;
};

struct Histology {
    const char *code;  // ICD-O-3
    const char *label; // French, lower case
    int weight;
};

struct SiteProfile {
    Committee committee;
    const char *topography; // ICD-10
    const char *label;      // French, with its article: "du côlon sigmoïde"
    Organ organ;
    bool paired; // right or left
    int weight;
    Sex onlySex; // Unknown: any
    Histology histologies[3];
};

struct OrganStaging {
    std::vector<Weighted> t, n, m1;          // clinical categories, bare ("T4a")
    std::vector<const char *> tOrder;        // the T categories from the smallest, for restaging
    std::vector<const char *> pathologicalT; // empty: tOrder
    std::vector<Weighted> pathologicalN;     // empty: n
    int m1Percent = 0;                       // how often the disease is metastatic at diagnosis
};

// A site of that committee (the supportive-care board borrows the others'), possible for that sex.
const SiteProfile &pickSite(DemoRandom &random, Committee committee, Sex sex);
// The site of a topography (the first one when unknown).
const SiteProfile &siteProfile(const QString &topography);
// The categories of an organ (empty lists for the haematological diseases).
const OrganStaging &organStaging(Organ organ);
// One value of a weighted list.
const char *pickWeighted(DemoRandom &random, const std::vector<Weighted> &list);

bool isHaematology(Organ organ);

} // namespace concerto::demo
