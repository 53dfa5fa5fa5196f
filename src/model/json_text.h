// wgfinder: JSON text to a DOM, for the small documents the widget is handed (its configuration,
// the device's remembered state, the zone list). They are read by the registry loader's quick
// reader (json_scan.h) into nlohmann's DOM, so the widget's wasm holds one instance of nlohmann's
// parser (the loader's, for the messages of a registry that is not valid JSON), not two.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

#include "model/json_scan.h"
#include "model/text_source.h"

namespace wgf {

// The document, or a discarded value (is_discarded()) when the text is not valid JSON.
inline nlohmann::json parseJson(std::string_view text) {
    TextView view(text);
    nlohmann::json doc;
    nlohmann::detail::json_sax_dom_parser<nlohmann::json> dom(doc, false);
    if (scanJson(view, dom) != JsonScan::Done) return nlohmann::json(nlohmann::json::value_t::discarded);
    return doc;
}

}  // namespace wgf
