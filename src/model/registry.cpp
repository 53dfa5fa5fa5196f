#include "model/registry.h"

namespace wgf {

int Registry::findGroup(std::string_view id) const {
    for (size_t i = 0; i < groups.size(); ++i)
        if (groups[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace wgf
