// Chooses the interface language (French on a French locale, English otherwise, or the user's setting)
// and installs the embedded translations for it.
#pragma once

#include <QLocale>
#include <QString>

namespace concerto {

// "fr" or "en": the stored setting when there is one, else French for a French system locale.
QString preferredLanguage(const QString &setting = QString(), const QLocale &system = QLocale::system());

// Installs Concerto's and Qt's own translations for `language` on the running application.
// Returns false when Concerto's translation could not be loaded.
bool installTranslations(const QString &language);

} // namespace concerto
