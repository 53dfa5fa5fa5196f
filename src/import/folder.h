// wgfinder importer: a folder of meeting files at once -> one registry.
//
//   *.toml: Rust's calendar files (import/calendar_toml.h), a group per calendar with events or
//     includes. An include makes the included calendar's group a child (`parent`) of the
//     including one (the first includer, by path, when several do; the others are reported). The
//     one calendar that has no events, includes others and is included by none (Rust's all.toml)
//     is the registry's title and about, not a group. Include paths are relative to the including
//     file's folder ("../_timezones.toml"); one naming no file of the folder is reported.
//   *.yaml, *.yml: yaml2ical meeting files (import/meetings_yaml.h), a group each (OpenStack's
//     irc-meetings/meetings/); a sigs.yaml is read as import/sigs_yaml.h reads it.
// Files are read in path order; ids are the meeting files' own (meeting_id) or the calendar's path
// ("cargo/team-meeting.toml" -> "cargo-team-meeting"), made unique across the folder with "-2"...
// (reported). Every other file, and every file that is no calendar, is reported as not read. Each
// diagnostic names its file (Diagnostic::file).
#pragma once

#include <string>
#include <vector>

#include "import/markdown.h"

namespace wgf {

struct SourceFile {
    std::string path;  // relative to the folder, '/'-separated: "cargo/team-meeting.toml"
    std::string text;
};

// Never throws on bad input; a folder with no group at all gives an empty registry and errors.
ImportResult importFolder(std::vector<SourceFile> files, const ImportOptions& options = {});

}  // namespace wgf
