// Shared by the importer's tests: reading pages from the source tree.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "import/markdown.h"

namespace wgf::test {

// A file below the source folder ("tests/fixtures/import/links.md"); empty when missing.
inline std::string readSourceFile(const std::string& relative) {
    std::ifstream in(std::string(WGF_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline const Group* groupById(const Registry& r, const std::string& id) {
    int i = r.findGroup(id);
    return i < 0 ? nullptr : &r.groups[static_cast<size_t>(i)];
}

// The group with this id; the test case stops (and says which id) when there is none.
inline const Group& requireGroup(const Registry& r, const std::string& id) {
    const Group* g = groupById(r, id);
    REQUIRE_MESSAGE(g != nullptr, "the registry has no group \"" << id << "\"");
    return *g;
}

// The diagnostics whose message contains `text`.
inline Diagnostics diagnosticsAbout(const Diagnostics& all, const std::string& text) {
    Diagnostics out;
    for (const auto& d : all)
        if (d.message.find(text) != std::string::npos) out.push_back(d);
    return out;
}

// All diagnostics, one per line, for CAPTURE() in a failing check.
inline std::string listed(const Diagnostics& all) {
    std::string s;
    for (const auto& d : all) s += "\n  " + d.toString();
    return s;
}

}  // namespace wgf::test
