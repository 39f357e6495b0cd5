// concerto-cli demo (being written).
#include "app/cli/command.h"

namespace concerto::cli {

std::vector<Command> demoCommands() {
    return {};
}

} // namespace concerto::cli
