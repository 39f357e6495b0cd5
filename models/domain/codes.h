// Maps between domain enums and the codes stored in the database and sent on the wire
// (national codes where the CI-SIS value sets define one).
#pragma once

#include <QString>
#include <array>
#include <utility>

namespace concerto {

template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char *>, N>;

template <typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N> &table, Enum value) {
    for (const auto &entry : table)
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    return {};
}

// Unknown codes fall back to the first entry, which each table keeps as its safe default.
template <typename Enum, std::size_t N>
Enum enumOf(const CodeTable<Enum, N> &table, const QString &code, bool *known = nullptr) {
    for (const auto &entry : table)
        if (code == QLatin1String(entry.second)) {
            if (known)
                *known = true;
            return entry.first;
        }
    if (known)
        *known = false;
    return table.front().first;
}

} // namespace concerto
