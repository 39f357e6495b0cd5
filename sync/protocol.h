// The wire protocol shared by the client and the server: protocol version and content type.
#pragma once

#include <QString>

namespace concerto::sync {

inline constexpr int kProtocolVersion = 1;
inline QString contentType() {
    return QStringLiteral("application/json; charset=utf-8");
}

} // namespace concerto::sync
