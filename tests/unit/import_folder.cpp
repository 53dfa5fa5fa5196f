// A folder of meeting files read at once: Rust's calendar repository (calendars including
// calendars) and OpenStack's yaml2ical meeting files, each file a group, every file accounted for.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "import/folder.h"
#include "import_fixture.h"

using namespace wgf;
using wgf::test::diagnosticsAbout;
using wgf::test::readSourceFile;
using wgf::test::requireGroup;

namespace {

// Every file below tests/fixtures/import/<folder>, paths relative to it.
std::vector<SourceFile> folder(const std::string& name) {
    namespace fs = std::filesystem;
    const fs::path root = fs::path(WGF_SOURCE_DIR) / "tests/fixtures/import" / name;
    std::vector<SourceFile> files;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file()) {
            auto rel = fs::relative(e.path(), root).generic_string();
            files.push_back({rel, readSourceFile("tests/fixtures/import/" + name + "/" + rel)});
        }
    return files;
}
bool saidAbout(const ImportResult& r, const std::string& file, const std::string& part) {
    for (const auto& d : diagnosticsAbout(r.diagnostics, part))
        if (d.file == file) return true;
    return false;
}

}  // namespace

TEST_SUITE("import: a folder of meeting files") {

#if defined(WGF_HAVE_TOML) && defined(WGF_HAVE_YAML)

TEST_CASE("Rust's calendars: the root calendar names the registry, includes make the tree") {
    ImportOptions o;
    o.updated = "2026-12-01";
    auto r = importFolder(folder("rust-calendar"), o);
    const Registry& reg = r.registry;
    CHECK(reg.title == "Rust Project");
    CHECK(reg.about == "Meetings for all of the teams in the Rust project");
    CHECK(reg.findGroup("all") < 0);  // the root is the registry, not a group
    CHECK(reg.findGroup("timezones") < 0);
    CHECK(reg.groups.size() == 34);
    // compiler.toml only includes: a group without meetings, the parent of what it includes.
    const Group& compiler = requireGroup(reg, "compiler");
    CHECK(compiler.name == "Rust Compiler Team + Working Groups");
    CHECK(compiler.meetings.empty());
    CHECK(compiler.parent.empty());
    CHECK(requireGroup(reg, "wg-async").parent == "compiler");
    CHECK(requireGroup(reg, "compiler-events-only").parent == "compiler");
    // A path in a folder: cargo/office-hours.toml, included by cargo.toml.
    const Group& office = requireGroup(reg, "cargo-office-hours");
    CHECK(office.parent == "cargo");
    CHECK(office.meetings.empty());  // both its rules ended in March 2026: reported, not kept
    CHECK(requireGroup(reg, "cargo-team-meeting").meetings.size() == 1);
    CHECK(requireGroup(reg, "wg-embedded").kind == "working-group");
    // "../_timezones.toml" from cargo/ resolves; no include is left unresolved.
    CHECK(diagnosticsAbout(r.diagnostics, "names no calendar of the folder").empty());
    // Every file is accounted for: the timezone definitions say they are not used.
    CHECK(saidAbout(r, "_timezones.toml", "timezone definitions only"));
    CHECK(saidAbout(r, "SOURCE", "not read"));
    for (const auto& d : r.diagnostics) CHECK_MESSAGE(!d.file.empty(), d.toString());
}

TEST_CASE("yaml2ical meeting files: a group each, their ids their own") {
    auto r = importFolder(folder("yaml2ical"));
    const Registry& reg = r.registry;
    CHECK(reg.groups.size() == 4);
    CHECK(requireGroup(reg, "nova").meetings.at(0).rotation.size() == 2);
    CHECK(reg.title == "Meetings");
    CHECK(saidAbout(r, "nova-team-meeting.yaml", "start_date 20160114 is not kept"));
}

TEST_CASE("ids are unique across the folder; an include outside it is reported") {
    std::vector<SourceFile> files = {
        {"a.yaml", "project: Docs\nmeeting_id: docs\nschedule: []\n"},
        {"b.yaml", "project: Docs again\nmeeting_id: docs\nschedule: []\n"},
        {"team.toml", "name = \"Team\"\n[meta]\nincludes = [ \"../elsewhere.toml\", \"sub.toml\" ]\n"},
        {"sub.toml", "name = \"Sub\"\n[[events]]\nuid = \"1\"\ntitle = \"T\"\nstart = \"2026-12-01T10:00:00.00Z\"\n"},
        {"notes.txt", "hello"},
    };
    auto r = importFolder(files);
    CHECK(r.registry.groups.size() == 3);  // Team is the root: the registry's title
    CHECK(r.registry.title == "Team");
    CHECK(requireGroup(r.registry, "docs-2").name == "Docs again");
    CHECK(saidAbout(r, "b.yaml", "another file's group already has id 'docs'; this one is 'docs-2'"));
    CHECK(saidAbout(r, "team.toml", "include '../elsewhere.toml' names no calendar of the folder"));
    CHECK(saidAbout(r, "notes.txt", "neither a calendar (.toml) nor a meeting file (.yaml); not read"));
    CHECK(requireGroup(r.registry, "sub").parent.empty());
    CHECK(importFolder({}).diagnostics.at(0).message == "no file of the folder gave a group; nothing imported");
}

#endif
}
