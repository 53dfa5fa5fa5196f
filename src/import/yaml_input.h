// wgfinder importers: the YAML document of an input (yaml-cpp builds only), checked the same way
// by every YAML importer: UTF-8, syntax, a map at the top; each problem reported with its line.
#pragma once

#include <string>

#include "import/markdown.h"

namespace wgf::importer {

// What an importer answers in a build without the parser of its `format` (the WebAssembly build
// has neither yaml-cpp nor toml++): "this build cannot read TOML; convert the calendar with...".
inline ImportResult cannotReadFormat(const std::string& format, const std::string& what) {
    ImportResult result;
    Diagnostic d;
    d.severity = Severity::Error;
    d.message = "this build cannot read " + format + "; convert " + what + " with the native wgfinder";
    result.diagnostics.push_back(std::move(d));
    return result;
}
inline ImportResult cannotReadYaml(const std::string& what) { return cannotReadFormat("YAML", what); }

}  // namespace wgf::importer

#ifdef WGF_HAVE_YAML

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>

#include "import/reader.h"
#include "model/text.h"

namespace wgf::importer {

// The 1-based line of a node; 0 for a key that is absent (its node has no place).
inline int yamlLine(const YAML::Node& n) { return n.IsDefined() && n.Mark().line >= 0 ? n.Mark().line + 1 : 0; }

// The document's top map, or nullopt once the problem is reported ("not YAML: ...", or
// `notAMap` when the top is not a map).
inline std::optional<YAML::Node> yamlTopMap(std::string_view yaml, Reader& reader, const std::string& notAMap) {
    if (findInvalidUtf8(yaml) != std::string_view::npos) {
        reader.error(0, "the file is not valid UTF-8");
        return std::nullopt;
    }
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        reader.error(e.mark.line >= 0 ? e.mark.line + 1 : 0, "not YAML: " + e.msg);
        return std::nullopt;
    }
    if (!root.IsMap()) {
        reader.error(yamlLine(root), notAMap);
        return std::nullopt;
    }
    return root;
}

// The string at `key` of a map, spaces collapsed; "" when absent; a value that is not text is
// reported and "".
inline std::string yamlText(Reader& reader, const YAML::Node& map, const char* key, const std::string& groupId) {
    auto v = map[key];
    if (!v || v.IsNull()) return {};
    if (!v.IsScalar()) {
        reader.warn(yamlLine(v), std::string("'") + key + "' is not text; left out", groupId);
        return {};
    }
    return collapseSpaces(v.Scalar());
}

// Reports each key of `map` that is not `known`, at its line: nothing read is dropped silently.
inline void yamlUnknownKeys(Reader& reader, const YAML::Node& map, std::initializer_list<const char*> known, const std::string& groupId) {
    for (const auto& kv : map) {
        auto k = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
        bool isKnown = false;
        for (const char* x : known) isKnown = isKnown || k == x;
        if (!isKnown) reader.warn(yamlLine(kv.first), "key '" + k + "' is not kept", groupId);
    }
}

}  // namespace wgf::importer

#endif
