// Search-as-you-type for a code field (ICD-10 topography, ICD-O-3 morphology): a popup under the field
// lists "code — label" from the imported national value set (NomenclatureService::search); choosing
// one puts the code in the field. Without an imported set the field takes a code typed by hand, and
// its tooltip says the list is empty.
#pragma once

#include <QObject>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace concerto {
class NomenclatureService;
}

namespace concerto::ui {

class CodePicker final : public QObject {
    Q_OBJECT
public:
    // `setName`: the set's display name, e.g. "JDV_Tumeur" or "JDV_Morphologie".
    CodePicker(QLineEdit *field, NomenclatureService &repository, const QString &setName);

    // The label of a code in the set (empty when unknown or no set).
    QString labelOf(const QString &code) const;
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void codeChosen(const QString &code);

private:
    void search(const QString &text);

    QLineEdit *m_field;
    NomenclatureService &m_repository;
    QString m_oid;
    QCompleter *m_completer;
    QStringListModel *m_model;
};

} // namespace concerto::ui
