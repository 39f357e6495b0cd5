// The logging category of the models library (store, nomenclatures, demo). Log lines name tables,
// record ids, counts and SQLite's own error text; never a patient's or a professional's value.
#pragma once

#include <QLoggingCategory>

namespace concerto {
Q_DECLARE_LOGGING_CATEGORY(lcStore)
}
