// concerto-cli check-ins (being written).
#include "app/cli/command.h"

namespace concerto::cli {

std::vector<Command> identityCommands() {
    return {};
}

} // namespace concerto::cli
