// The parts of the FRCP document, written by cdaheader.cpp and the cdasection*.cpp files.
#pragma once

#include "reports/cda/cdawriter.h"
#include "reports/fichecontext.h"

namespace concerto::reports::cda {

// The header: ids, type, version, patient, author, custodian, legal authenticator, participants,
// the RCP act and the meeting (componentOf).
void writeHeader(Writer &w, const FicheContext &ctx);

// The professional blocks the header and the sections share: the RPPS id, the profession/specialty
// code, the address and phone, the person, their establishment (as `organisationElement`).
void writeProfessional(Writer &w, const FicheContext &ctx, const Professional &p, const char *personElement,
                       const char *organisationElement);
// An establishment or 3C as an organisation: structure id (1 + FINESS), name, address, sector.
void writeOrganisation(Writer &w, const Organisation &o, const char *element);
void writeAddress(Writer &w, const Organisation &o);

// The sections, in the national order.
void writeMotifSection(Writer &w, const FicheContext &ctx);
void writeDiscoverySection(Writer &w, const FicheContext &ctx);
void writeTumourSection(Writer &w, const FicheContext &ctx);
void writeHistorySections(Writer &w, const FicheContext &ctx);      // history, comorbidities, WHO status
void writeResultsAndPhase(Writer &w, const FicheContext &ctx);      // test results, phase, progression
void writeTreatmentsAndReports(Writer &w, const FicheContext &ctx); // treatments, report conclusions
void writeSummarySection(Writer &w, const FicheContext &ctx);
void writeStatusSection(Writer &w, const FicheContext &ctx);
void writeProposalSection(Writer &w, const FicheContext &ctx);
void writeFrameworkSection(Writer &w, const FicheContext &ctx);
void writeCommentsAndDocumentStatus(Writer &w, const FicheContext &ctx);

// Opens <component><section> with its templateIds and code and title: close with endSection().
void beginSection(Writer &w, std::initializer_list<const char *> templateIds, const Code &code,
                  const QString &title);
void endSection(Writer &w);

// French words of the narrative.
QString yesNo(bool b);
QString frenchDate(const QDate &d);

} // namespace concerto::reports::cda
