// Postpones the case on screen: the later session of the committee it goes to (the next one by default)
// and the reason, required (the postponement rate is an indicator, its reasons are read).
#pragma once

#include "models/domain/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace concerto {

class PostponeDialog final : public QDialog {
    Q_OBJECT
public:
    // `later`: the committee's sessions after this one that still take cases, in date order.
    PostponeDialog(const QString &patient, const std::vector<Session> &later, QWidget *parent = nullptr);

    QUuid sessionId() const;
    QString reason() const;
    void accept() override;

private:
    QComboBox *m_session = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace concerto
