// wgfinder web layer: the build without the importer (wgfinder-core, what a JSON registry's first
// visit downloads) refuses Markdown; the embed script loads wgfinder-core-md for it instead.
#include "web/app.h"

namespace wgf::web {

int applyMarkdown(std::string_view, const char*) {
    const char* message = "a Markdown registry needs the widget to start with one (format=\"markdown\")";
    app->lastDiagnostics = dump(json::array({{{"severity", "error"}, {"pointer", ""}, {"group", ""}, {"line", 0},
                                              {"column", 0}, {"message", message},
                                              {"text", std::string("error: ") + message}}}));
    return -1;
}

}  // namespace wgf::web
