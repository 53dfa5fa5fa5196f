// wgfinder web layer: Markdown registries in the build with the importer (wgfinder-core-md).
#include "import/markdown.h"
#include "model/json_text.h"
#include "model/load.h"
#include "web/app.h"

namespace wgf::web {

int applyMarkdown(std::string_view text, const char* options) {
    json o = wgf::parseJson(options ? options : "{}");
    if (o.is_discarded() || !o.is_object()) o = json::object();
    wgf::ImportOptions opts;
    // Options come from the host page: a value that is not a string is ignored, never thrown on.
    auto option = [&](const char* key) {
        auto it = o.find(key);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    opts.baseUrl = option("baseUrl");
    opts.title = option("title");
    opts.updated = option("updated");
    opts.kind = option("kind");
    auto result = wgf::importMarkdown(text, opts);
    // The importer reports a page without groups as an error, so the model's rule refuses it.
    bool fatal = !wgf::usableRegistry(result.registry, result.diagnostics);
    return applyRegistry(std::move(result.registry), std::move(result.diagnostics), fatal);
}

}  // namespace wgf::web
