#include "import/folder.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "import/calendar_toml.h"
#include "import/meetings_yaml.h"
#include "import/reader.h"
#include "import/sigs_yaml.h"
#include "model/text.h"

namespace wgf {

namespace {

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "cargo/office-hours.toml" + "../_timezones.toml" -> "_timezones.toml"; "" when it leaves the folder.
std::string resolveInclude(const std::string& from, const std::string& include) {
    std::vector<std::string> parts;
    std::string dir = from.find('/') == std::string::npos ? "" : from.substr(0, from.rfind('/'));
    std::string all = include.rfind('/', 0) == 0 ? include.substr(1) : (dir.empty() ? include : dir + "/" + include);
    size_t at = 0;
    while (at <= all.size()) {
        size_t slash = all.find('/', at);
        std::string part = all.substr(at, slash == std::string::npos ? std::string::npos : slash - at);
        if (part == "..") {
            if (parts.empty()) return {};
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        if (slash == std::string::npos) break;
        at = slash + 1;
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

}  // namespace

ImportResult importFolder(std::vector<SourceFile> files, const ImportOptions& options) {
    ImportResult out;
    importer::Reader reader{options, out};
    auto warn = [&](const std::string& file, int line, std::string message, std::string groupId = {}) {
        reader.warn(line, std::move(message), std::move(groupId));
        out.diagnostics.back().file = file;
    };
    std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    std::unordered_set<std::string> ids;
    struct Calendar {
        std::string file, groupId;  // groupId: "" when the file gave no group
        CalendarIncludes includes;
        size_t group = 0;           // index in out.registry.groups
    };
    std::vector<Calendar> calendars;
    std::map<std::string, size_t> calendarOf;  // path -> index in calendars
    for (const auto& f : files) {
        ImportResult one;
        Calendar cal{f.path, {}, {}, 0};
        const bool toml = endsWith(f.path, ".toml"), yaml = endsWith(f.path, ".yaml") || endsWith(f.path, ".yml");
        if (toml && isCalendarToml(f.text)) {
            std::string id = slugify(f.path.substr(0, f.path.size() - 5));
            one = importCalendarToml(f.text, options, id, &cal.includes);
        } else if (yaml) {
            one = isMeetingYaml(f.text) ? importMeetingYaml(f.text, options) : importSigsYaml(f.text, options);
        } else {
            warn(f.path, 0, toml ? "a TOML file that is not a calendar (no name with events, meta or timezones); not read"
                             : "neither a calendar (.toml) nor a meeting file (.yaml); not read");
            continue;
        }
        // The file's groups join the folder's, their ids unique across it.
        std::map<std::string, std::string> renamed;
        for (auto& g : one.registry.groups) {
            if (ids.count(g.id)) {
                int n = 2;
                while (ids.count(g.id + "-" + std::to_string(n))) ++n;
                std::string unique = g.id + "-" + std::to_string(n);
                warn(f.path, 0, "another file's group already has id '" + g.id + "'; this one is '" + unique + "'", unique);
                renamed[g.id] = unique;
                g.id = unique;
            }
            ids.insert(g.id);
        }
        for (auto& g : one.registry.groups)
            if (auto it = renamed.find(g.parent); it != renamed.end()) g.parent = it->second;
        for (auto& d : one.diagnostics) {
            d.file = f.path;
            if (auto it = renamed.find(d.groupId); it != renamed.end()) d.groupId = it->second;
            out.diagnostics.push_back(std::move(d));
        }
        if (toml) {
            cal.group = out.registry.groups.size();
            cal.groupId = one.registry.groups.empty() ? "" : one.registry.groups[0].id;
            calendarOf[f.path] = calendars.size();
            calendars.push_back(std::move(cal));
        }
        for (auto& g : one.registry.groups) out.registry.groups.push_back(std::move(g));
    }
    // Includes: the included calendar's group belongs to the including one's.
    std::vector<bool> included(calendars.size(), false);
    for (const auto& c : calendars)
        for (const auto& inc : c.includes.includes) {
            auto target = resolveInclude(c.file, inc.path);
            auto it = calendarOf.find(target);
            if (it == calendarOf.end()) {
                warn(c.file, inc.line, "include '" + inc.path + "' names no calendar of the folder; not read", c.groupId);
                continue;
            }
            included[it->second] = true;
            const Calendar& child = calendars[it->second];
            if (c.groupId.empty() || child.groupId.empty()) continue;
            Group& g = out.registry.groups[child.group];
            if (g.parent.empty()) g.parent = c.groupId;
            else warn(c.file, inc.line, "'" + child.file + "' is also included here; its group stays under '" + g.parent + "'", c.groupId);
        }
    // The root calendar (Rust's all.toml): the registry's title and about rather than a group.
    std::vector<size_t> roots;
    for (size_t i = 0; i < calendars.size(); ++i)
        if (!included[i] && !calendars[i].groupId.empty() && !calendars[i].includes.hasEvents && !calendars[i].includes.includes.empty()) roots.push_back(i);
    auto& reg = out.registry;
    if (roots.size() == 1) {
        const std::string rootId = calendars[roots[0]].groupId;
        auto it = std::find_if(reg.groups.begin(), reg.groups.end(), [&](const Group& g) { return g.id == rootId; });
        reg.title = it->name;
        reg.about = it->description;
        reg.groups.erase(it);
        for (auto& g : reg.groups)
            if (g.parent == rootId) g.parent.clear();
    }
    if (!options.title.empty()) reg.title = options.title;
    if (reg.title.empty()) reg.title = "Meetings";
    if (!options.updated.empty()) reg.updated = options.updated;
    if (reg.groups.empty()) {
        Diagnostic d;
        d.message = "no file of the folder gave a group; nothing imported";
        out.diagnostics.push_back(std::move(d));
    }
    return out;
}

}  // namespace wgf
