// wgfinder importer: the page as a whole, before and after the layouts read its groups.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "import/layouts.h"
#include "import/reader.h"

namespace wgf::importer {

// The text md4c gets: invalid UTF-8 repaired (and reported), a byte order mark and zero-width
// characters dropped, YAML front matter blanked (its `title:` kept in `frontTitle`), tables made
// the same for every md4c (see normaliseTables in page.cpp). `sourceLines` maps the lines of the
// text returned to the page's, so that diagnostics name the page's lines.
std::string preparePage(std::string_view markdown, Reader& reader, std::string& frontTitle, std::vector<int>& sourceLines);

// Title, about and the page's own links, from the blocks no layout used; then every table and
// meeting-like paragraph nothing used is reported with its line.
void readPageLevel(Reader& reader, Page& page, const std::string& frontTitle);

}  // namespace wgf::importer
