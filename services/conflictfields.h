// The fields of a sync conflict side by side: the record's base (the last copy the server confirmed), the
// server's copy ("theirs") and this computer's ("mine"), flattened into paths (`tumour/topography`), with
// the side a field is settled on when only one side changed it. Pure: no store, no screen.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace concerto {

enum class ConflictSide { Unchosen, Base, Server, Mine };

struct ConflictField {
    QString path;           // object keys joined by '/'; arrays are one field
    QJsonValue base;        // Undefined: not in the base (or no base)
    QJsonValue theirs;      // Undefined: not in the server's copy
    QJsonValue mine;        // Undefined: not in the local copy
    ConflictSide suggested; // the side that changed it alone; Unchosen when both did, differently
    bool differs() const { return theirs != mine; }
};

// Every path of the three copies, in the order of the local copy then the server's then the base's.
std::vector<ConflictField> conflictFields(const std::optional<QJsonObject> &base, const QJsonObject &theirs,
                                          const QJsonObject &mine);

// The server's copy with each chosen path taken from its side (an Undefined value removes the path).
// Fails (nullopt) when a differing field has no side chosen.
std::optional<QJsonObject> mergedBody(const std::vector<ConflictField> &fields, const QJsonObject &theirs,
                                      const std::map<QString, ConflictSide> &choices);

// A value as one line of text for the screen (text as it is, numbers in the locale, yes/no, arrays and
// objects as compact JSON); empty for an absent value.
QString conflictValueText(const QJsonValue &value);

} // namespace concerto
