// The top bar's suggestions as you type: after a short pause, the patients, cases and sessions that match
// (services/topsearch.h) drop down under the field; Down and Enter or a click open one. Enter without
// choosing keeps the field's own meaning (the Patients workspace with the matches).
#pragma once

#include "services/topsearch.h"

#include <QObject>
#include <vector>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace concerto {

class Services;

class TopSearchCompleter final : public QObject {
    Q_OBJECT
public:
    TopSearchCompleter(Services &services, QLineEdit *field);

    // The suggestions shown now (tests, and the popup's rows in the same order).
    const std::vector<Suggestion> &suggestions() const { return m_suggestions; }
    QCompleter *completer() const { return m_completer; }
    // Reads the suggestions for the field's text at once (the pause's end).
    void update();

    static constexpr int kPauseMs = 150;

Q_SIGNALS:
    void chosen(const concerto::Suggestion &suggestion);

private:
    Services &m_services;
    QLineEdit *m_field;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    QTimer *m_pause;
    std::vector<Suggestion> m_suggestions;
};

} // namespace concerto
