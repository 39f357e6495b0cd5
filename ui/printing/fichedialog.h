// A window of its own showing one fiche RCP as its pages, opened from a list that names the fiche (a
// patient's cases and fiches): Print… (Ctrl+P), Save as PDF… (Ctrl+Shift+S) and Close (Escape).
#pragma once

#include "services/services.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace concerto {

struct Fiche;
class FichePreview;

class FicheDialog final : public QDialog {
    Q_OBJECT
public:
    // Reads the fiche and its context; a fiche that cannot be read says why instead of its pages.
    FicheDialog(Services &services, const QUuid &ficheId, QWidget *parent = nullptr);

    // Opens the fiche's window, not modal (several fiches may be compared), deleted when closed; an
    // already open window of the same fiche is brought to the front instead.
    static FicheDialog *open(Services &services, const QUuid &ficheId, QWidget *parent);

    QUuid ficheId() const { return m_ficheId; }
    FichePreview *preview() const { return m_preview; }
    // Why the fiche cannot be shown; empty when its pages are.
    QString error() const { return m_error; }

public Q_SLOTS:
    void print();
    void saveAsPdf();

private:
    QUuid m_ficheId;
    QString m_error;
    FichePreview *m_preview = nullptr;
    QString m_databasePath; // never written over by Save as PDF
    QLabel *m_banner = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace concerto
