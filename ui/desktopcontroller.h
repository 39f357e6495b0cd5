// The desktop's composition root: its one open database, the services built on it, and its window. File →
// New, Open and Open recent come here: the chosen file is opened first, and only when it opens does a new
// window replace the current one; a file that is refused leaves the current window as it was (and the file as
// it was) and says why.
#pragma once

#include <QObject>
#include <memory>

namespace concerto {

class Services;
class MainWindow;

class DesktopController : public QObject {
    Q_OBJECT
public:
    explicit DesktopController(QObject *parent = nullptr);
    ~DesktopController() override;

    // Opens `path` (an existing Concerto file) or, with `create`, makes a new one there; on success its
    // window replaces the current one. Returns the reason when the file is refused.
    QString switchTo(const QString &path, bool create);
    // The first window: the given file, or the user's own database (made on first start).
    QString start(const QString &path, bool defaultFile);

    MainWindow *window() const { return m_window.get(); }
    Services *services() const { return m_services.get(); }

private:
    // The user's own database may also get its folder made (createFolder); a file named by the user not.
    QString openOrCreate(const QString &path, bool create, bool createFolder);
    void adopt(std::unique_ptr<Services> services, bool created);
    // Encrypts the database at `path` when it is written in clear; the notice for its window (empty when
    // there is nothing to say).
    QString encryptInClear(const QString &path);
    void ask(bool create);

    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    QString m_openingNotice;
};

} // namespace concerto
