// Shared by the fuzz targets: a property check that stops the run with a readable message, so a
// broken promise (not only a crash) becomes a libFuzzer artifact.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "model/registry.h"
#include "model/text.h"

#define FUZZ_CHECK(cond, what)                                                        \
    do {                                                                              \
        if (!(cond)) {                                                                \
            std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", std::string(what).c_str(), \
                         __FILE__, __LINE__);                                         \
            std::abort();                                                             \
        }                                                                             \
    } while (0)

namespace wgf::fuzz {

// Every link the model holds must be one the widget may open (or an empty/relative one).
inline void checkLink(const std::string& url, const char* where) {
    FUZZ_CHECK(classifyLink(url) != LinkKind::Unsafe, std::string("unsafe link kept in ") + where + ": " + url);
}

inline void checkText(const std::string& s, const char* where) {
    FUZZ_CHECK(findInvalidUtf8(s) == std::string_view::npos, std::string("invalid UTF-8 kept in ") + where);
}

// The promises every producer of a model (loader, importer) keeps: text is valid UTF-8, links are
// safe, ids are present and unique.
inline void checkModel(const Registry& reg) {
    checkText(reg.title, "title");
    checkText(reg.about, "about");
    for (const auto& l : reg.links) checkLink(l.url, "registry link");
    for (size_t i = 0; i < reg.groups.size(); ++i) {
        const Group& g = reg.groups[i];
        FUZZ_CHECK(!g.id.empty() && !g.name.empty(), "a group without id or name");
        FUZZ_CHECK(reg.findGroup(g.id) == static_cast<int>(i), "duplicate group id " + g.id);
        for (const Text* s : {&g.id, &g.name, &g.kind, &g.parent, &g.status, &g.description})
            checkText(*s, "group field");
        for (const auto& t : g.topics) checkText(t, "topic");
        for (const auto& p : g.leads) {
            checkText(p.name, "lead name");
            checkText(p.company, "lead company");
            checkText(p.github, "lead github");
        }
        for (const auto& c : g.contacts) {
            checkText(c.label, "contact label");
            checkLink(c.url, "contact");
        }
        for (const auto& m : g.meetings) {
            checkText(m.schedule, "meeting schedule");
            checkText(m.note, "meeting note");
            checkLink(m.url, "meeting url");
            checkLink(m.notesUrl, "meeting notesUrl");
            checkLink(m.recordingsUrl, "meeting recordingsUrl");
        }
        for (const auto& l : g.links) {
            checkText(l.label, "link label");
            checkLink(l.url, "group link");
        }
    }
}

}  // namespace wgf::fuzz
