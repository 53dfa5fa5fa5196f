// wgfinder importer: the ways pages lay their groups out (see import/markdown.h for the rules).
//
// Each layout reads the blocks it recognises, adds groups through the Reader and marks the blocks
// it used, so that the page level (page.cpp) can report every table and meeting-like paragraph
// nothing used, with its line.
#pragma once

#include <string>
#include <vector>

#include "import/outline.h"
#include "import/reader.h"

namespace wgf::importer {

// The page as blocks plus, for each block, the headings it sits under (outermost first).
struct Page {
    std::vector<Block> blocks;
    std::vector<std::vector<size_t>> headings;  // indexes into blocks
    std::vector<bool> used;                     // set by the layouts

    // The text of the nearest heading above block `i` (empty when none).
    std::string sectionOf(size_t i) const;
};
Page outlinePage(const std::string& markdown, const std::vector<int>* sourceLines = nullptr);

// Words for parseSchedule's context: the section heading and the group's name ("Europe + Asia General").
std::string placeOf(const std::string& section, const std::string& name);

// Layout 1: tables of groups, one row a group (layout_table.cpp). Returns how many it read.
int readGroupTables(Reader& reader, Page& page);
bool isGroupTable(const Block& table);

// Layout 2: tables of people with the groups each leads ("Name | Company | Groups"), joined to the
// groups read by the other layouts (layout_leads.cpp). Returns how many it read.
int readLeadsTables(Reader& reader, Page& page);
bool isLeadsTable(const Block& table);

// Layout 3: a heading per group, then key/value tables, tables of leads and "Label: value" list
// items (layout_sections.cpp). Returns how many groups it read.
int readSections(Reader& reader, Page& page);

// The kind and status a group gets from the headings above it (and its name, when they say none).
std::string kindFromHeadings(const Page& page, size_t block, const std::string& name);
std::string statusFromHeadings(const Page& page, size_t block);

}  // namespace wgf::importer
