// wgfinder: registry JSON -> model, with validation.
//
// The loader never throws and never aborts. A syntax error loses the document (and says where);
// any other problem loses at most the value concerned: a bad group is skipped and listed, an
// unknown field is a warning, an unsafe link is dropped.
#pragma once

#include <string>
#include <string_view>

#include "model/diagnostics.h"
#include "model/registry.h"

namespace wgf {

class TextSource;

// Limits that keep a hostile or broken registry from eating the visitor's memory or time.
struct LoadLimits {
    size_t maxBytes = 64u << 20;        // whole document
    size_t maxStringBytes = 64u << 10;  // any one string value
    size_t maxGroups = 200000;
    size_t maxListItems = 1000;         // leads, topics, contacts, meetings, links per group
    size_t maxDepth = 32;               // JSON nesting
};

struct LoadResult {
    Registry registry;
    Diagnostics diagnostics;
    // True when no usable registry came out (syntax error, not an object, wrong version, or no
    // group survived its errors: usableRegistry()). The caller should then keep showing its last
    // good data.
    bool fatal = false;
};

// The one rule for "is this load worth showing?", for JSON loads and Markdown imports alike: a
// registry with groups is (its bad parts were reported and left out); one without any group is
// not when errors explain why (a registry that truly has no groups yet is shown as empty).
bool usableRegistry(const Registry& registry, const Diagnostics& diagnostics);

LoadResult loadRegistry(std::string_view json, const LoadLimits& limits = {});
// The same, the text read a part at a time (text_source.h): the widget's registry from the page's
// copy, a file from disk. What comes out is what the text in one piece gives.
LoadResult loadRegistry(TextSource& json, const LoadLimits& limits = {});

// Model -> registry JSON (format v1), fields in schema order, empty fields left out.
std::string registryToJson(const Registry& registry, int indent = 2);

}  // namespace wgf
