// The sections of the case editor other than the tumours, in the order of the fiche: motif and status,
// clinical context (discovery, WHO status, geriatric screening, phase and progression, history and
// comorbidities), test results, treatments, report conclusions, summary and question.
#pragma once

class QWidget;
class QString;

namespace concerto::ui {

class FieldBinder;

QWidget *makeMotifSection(FieldBinder *binder, QWidget *parent);
QWidget *makeClinicalSection(FieldBinder *binder, QWidget *parent);
QWidget *makeResultsSection(FieldBinder *binder, QWidget *parent);
QWidget *makeTreatmentsSection(FieldBinder *binder, QWidget *parent);
QWidget *makeReportsSection(FieldBinder *binder, QWidget *parent);
QWidget *makeSummarySection(FieldBinder *binder, QWidget *parent);

} // namespace concerto::ui
