// concerto-cli import-nomenclature (being written).
#include "app/cli/command.h"

namespace concerto::cli {

std::vector<Command> nomenclatureCommands() {
    return {};
}

} // namespace concerto::cli
