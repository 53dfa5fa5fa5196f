// wgfinder: JSON text to a DOM, for the small documents the widget is handed (its configuration,
// the device's remembered state, the zone list). It reads through TextIterator, as the registry
// loader does, so the widget's wasm holds one instance of nlohmann's parser, not one per kind of
// input (about 2 KB gzip).
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

#include "model/text_source.h"

namespace wgf {

// The document, or a discarded value (is_discarded()) when the text is not valid JSON.
inline nlohmann::json parseJson(std::string_view text) {
    TextView view(text);
    return nlohmann::json::parse(TextIterator(view), TextIterator::end(view), nullptr, false);
}

}  // namespace wgf
