// The outcome of a store operation: success, or a message a user can read (and whether the failure is a
// conflict with a newer stored copy). Reads carry their value with it, so that a failed query or step is
// an error for the caller, never a shorter list.
#pragma once

#include "models/store/storeerror.h"

#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace concerto {

struct [[nodiscard]] StoreResult {
    bool ok = true;
    QString error;
    // The write was refused because the stored record changed since the caller read it (another window,
    // another process): the stored copy was kept as it is; read it again to show both.
    bool conflict = false;

    explicit operator bool() const { return ok; }
    static StoreResult success() { return {}; }
    static StoreResult failure(const QString &message) { return {false, message, false}; }
    static StoreResult conflicting(const QString &message) { return {false, message, true}; }
};

// A read: the value, or why it could not be read (`error` in the user's language; `value` is then
// empty and must not be shown as if it were the whole answer).
template <typename T>
struct [[nodiscard]] StoreRead {
    T value{};
    QString error;

    // No conversion to bool: for a StoreRead<std::optional<T>>, "read" and "found" must not be confused.
    bool ok() const { return error.isEmpty(); }
    const T &operator*() const { return value; }
    T &operator*() { return value; }
    const T *operator->() const { return &value; }
    T *operator->() { return &value; }

    static StoreRead success(T v) { return {std::move(v), {}}; }
    static StoreRead failure(const QString &message) { return {T{}, message}; }
};

// The first item of a list read, if any, keeping the read's error.
template <typename T>
StoreRead<std::optional<T>> firstOf(StoreRead<std::vector<T>> found) {
    if (!found.ok())
        return StoreRead<std::optional<T>>::failure(found.error);
    return StoreRead<std::optional<T>>::success(found->empty() ? std::nullopt
                                                               : std::optional<T>(std::move(found->front())));
}

} // namespace concerto
