// Temporary: commands whose libraries are being written.
#include "app/cli/command.h"
namespace concerto::cli {
std::vector<Command> demoCommands() {
    return {};
}
std::vector<Command> nomenclatureCommands() {
    return {};
}
std::vector<Command> identityCommands() {
    return {};
}
} // namespace concerto::cli
