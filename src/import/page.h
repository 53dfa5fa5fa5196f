// wgfinder importer: the page as a whole, before and after the layouts read its groups.
#pragma once

#include <string>
#include <string_view>

#include "import/layouts.h"
#include "import/reader.h"

namespace wgf::importer {

// The text md4c gets: invalid UTF-8 repaired (and reported), a byte order mark and zero-width
// characters dropped, YAML front matter blanked (its `title:` kept in `frontTitle`), short table
// delimiter rows widened. Never adds or removes a line, so diagnostics keep the page's lines.
std::string preparePage(std::string_view markdown, Reader& reader, std::string& frontTitle);

// Title, about and the page's own links, from the blocks no layout used; then every table and
// meeting-like paragraph nothing used is reported with its line.
void readPageLevel(Reader& reader, Page& page, const std::string& frontTitle);

}  // namespace wgf::importer
