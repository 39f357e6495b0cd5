// The TNM classification as the fiche records it: prefix, T, N, M, stage, and the edition that gives
// them a meaning. Checks one component ("T2a", "ypT2", "cM0") or a whole TnmStaging.
//
// Decisions:
// - Prefixes: c, p, yc, yp, r, rc, rp, on the record or in front of a component ("ypT2").
// - T: T0, Tis with a variant in brackets (Tis(DCIS), Tis(Paget)) or Tispu/Tispd, Ta (bladder, upper
//   urinary tract, penis: the organ is not known here, so Ta is always accepted), T1mi, T1 to T4 with
//   a subcategory a–d and an optional digit (T1a, T1b2, T4d), TX/Tx; an optional (m) or (number)
//   for multiple tumours.
// - N: N0, N1mi, N1 to N3 with a subcategory a–c, NX/Nx; optional (i+), (i-), (mol+), (mol-), (sn).
// - M: M0 (optionally M0(i+)), M1, M1a to M1d (optionally (0)/(1), the LDH of melanoma). MX does not
//   exist since UICC 7's revision (8th edition): refused when the edition is 8 or later, with the
//   reason. pM0 does not exist either (only cM0): refused; cM0, cM1 and pM1 are fine.
// - The edition ("UICC 8", "AJCC 8") is required whenever any of T, N, M is given, and must name its
//   number.
#pragma once

#include "models/domain/tumour.h"
#include "models/validation/check.h"

namespace concerto::validation {

enum class TnmCategory { T, N, M };

// The edition number in "UICC 8", "AJCC 8th" or "UICC 7 (2009)" (7, not the year), or -1 when there is
// none.
int tnmEditionNumber(const QString &edition);

// A TNM prefix: empty, c, p, yc, yp, r, rc or rp.
Check checkTnmPrefix(const QString &prefix);
// One component, with or without its prefix. An empty component is valid (not given).
Check checkTnmComponent(TnmCategory category, const QString &value, int edition = 8);
// A stage group (0, 0a, 0is, IA1, IIB, IIIC1, IVB…); empty is valid; "0A" or "IID" are not groups.
Check checkTnmStage(const QString &stage);
// A whole staging: every part, and the edition whenever T, N or M is given.
Check checkTnmStaging(const TnmStaging &tnm);

} // namespace concerto::validation
