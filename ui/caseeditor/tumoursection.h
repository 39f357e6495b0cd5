// The tumours of a case (fiche section 3), one card each: date of diagnosis, ICD-10 topography and
// laterality, ICD-O-3 morphology (search-as-you-type pickers over the imported national sets), the
// clinical and pathological TNM with their edition and date (each category checked as it is typed,
// with the message of staging and the stage group it gives), and other stagings. Add and remove
// tumours; every change is an undo step of the case.
#pragma once

#include <QWidget>

class QVBoxLayout;

namespace concerto::editing {
class CaseDocument;
}
namespace concerto {
class NomenclatureService;
}

namespace concerto::ui {

class FieldBinder;

class TumourSection final : public QWidget {
    Q_OBJECT
public:
    TumourSection(FieldBinder *binder, NomenclatureService &nomenclatures, QWidget *parent);

private:
    void rebuild();
    QWidget *makeCard(int index);
    QWidget *makeTnm(int index, bool pathological, QWidget *parent);

    FieldBinder *m_binder;
    editing::CaseDocument *m_document;
    NomenclatureService &m_nomenclatures;
    QVBoxLayout *m_cards;
    int m_shown = -1;
};

} // namespace concerto::ui
