#include "import/sigs_yaml.h"

#ifdef WGF_HAVE_YAML

#include "import/yaml_input.h"

#include <algorithm>
#include <set>

#include "import/reader.h"
#include "model/text.h"
#include "time/schedule.h"

namespace wgf {

using namespace importer;

namespace {

int lineOf(const YAML::Node& n) { return yamlLine(n); }

struct SigsReader {
    Reader& reader;
    // The CNCF TOC's tags.yaml (same layout, other community): its Slack and GitHub labels.
    bool cncf = false;

    std::string text(const YAML::Node& map, const char* key, const std::string& groupId = {}) {
        return yamlText(reader, map, key, groupId);
    }

    // The list at `key`, empty when absent; anything else is reported.
    YAML::Node list(const YAML::Node& map, const char* key, const std::string& groupId = {}) {
        auto v = map[key];
        if (!v || v.IsNull()) return YAML::Node(YAML::NodeType::Sequence);
        if (!v.IsSequence()) {
            reader.warn(lineOf(v), std::string("'") + key + "' is not a list; left out", groupId);
            return YAML::Node(YAML::NodeType::Sequence);
        }
        return v;
    }

    void unknownKeys(const YAML::Node& map, std::initializer_list<const char*> known, const std::string& groupId) {
        yamlUnknownKeys(reader, map, known, groupId);
    }

    std::string url(const std::string& href, int line, const std::string& groupId) {
        RichText at;
        at.line = line;
        return reader.vet(href, at, groupId);
    }

    void readPerson(Group& g, const YAML::Node& n, const std::string& role) {
        if (!n.IsMap()) {
            reader.warn(lineOf(n), "a lead that is not a map; left out", g.id);
            return;
        }
        Person p;
        p.name = text(n, "name", g.id);
        p.github = text(n, "github", g.id);
        p.company = text(n, "company", g.id);
        p.role = role;
        if (p.name.empty()) p.name = p.github;
        if (p.name.empty()) {
            reader.warn(lineOf(n), "a lead without a name or github; left out", g.id);
            return;
        }
        reader.addLead(g, std::move(p));
    }

    void readMeetings(Group& g, const YAML::Node& list, const std::string& place) {
        for (const auto& n : list) {
            if (!n.IsMap()) continue;
            auto day = text(n, "day", g.id), time = text(n, "time", g.id), tz = text(n, "tz", g.id);
            auto frequency = text(n, "frequency", g.id);
            std::string schedule;
            if (!day.empty()) schedule = day + "s";
            if (!time.empty()) schedule += (schedule.empty() ? "" : " at ") + time;
            if (!tz.empty()) schedule += " " + tz;
            if (!frequency.empty()) schedule += " (" + frequency + ")";
            std::vector<Meeting> meetings;
            if (!schedule.empty()) {
                auto parsed = parseSchedule(schedule, ScheduleContext{reader.options.updated, place});
                meetings = std::move(parsed.meetings);
                if (!parsed.understood)
                    reader.warn(lineOf(n), "meeting time '" + schedule + "' not understood; kept as text", g.id);
            }
            if (meetings.empty()) meetings.emplace_back();
            int line = lineOf(n);
            for (auto& m : meetings) {
                m.schedule = schedule;
                m.title = text(n, "description", g.id);
                m.url = url(text(n, "url", g.id), line, g.id);
                m.notesUrl = url(text(n, "archive_url", g.id), line, g.id);
                if (m.notesUrl.empty()) m.notesUrl = url(text(n, "meeting_notes_url", g.id), line, g.id);
                m.recordingsUrl = url(text(n, "recordings_url", g.id), line, g.id);
                // tags.yaml gives a calendar page instead of times: its dates are there.
                std::string calendar = url(text(n, "tag_calendar", g.id), line, g.id);
                if (!calendar.empty() && std::none_of(g.links.begin(), g.links.end(), [&](const Link& l) { return l.url == calendar; }))
                    g.links.push_back({"Meeting calendar", calendar});
                if (m.schedule.empty() && m.note.empty()) m.note = calendar.empty() ? "no meeting time given" : "times are on the group's meeting calendar";
                g.meetings.push_back(std::move(m));
            }
            unknownKeys(n, {"description", "day", "time", "tz", "frequency", "url", "archive_url", "recordings_url", "meeting_notes_url",
                            "tag_calendar"},
                        g.id);
        }
    }

    void readContact(Group& g, const YAML::Node& c) {
        if (!c || !c.IsMap()) return;
        int line = lineOf(c);
        if (auto slack = text(c, "slack", g.id); !slack.empty())
            g.contacts.push_back({"slack", cncf ? "Slack channel" : "#" + slack,
                                  url((cncf ? "https://cloud-native.slack.com/archives/" : "https://kubernetes.slack.com/messages/") + slack, line, g.id)});
        if (auto list = text(c, "mailing_list", g.id); !list.empty()) {
            auto u = url(list, line, g.id);
            if (!u.empty()) g.contacts.push_back({"mailing-list", "Mailing list", u});
        }
        for (const auto& t : list(c, "teams", g.id))
            if (t.IsMap())
                if (auto name = text(t, "name", g.id); !name.empty())
                    g.contacts.push_back({"other", "@kubernetes/" + name, url("https://github.com/orgs/kubernetes/teams/" + name, lineOf(t), g.id)});
        if (auto l = c["liaison"]; l && l.IsMap()) readPerson(g, l, "liaison");
        for (const auto& p : list(c, "toc_liaison", g.id)) readPerson(g, p, "liaison");
        unknownKeys(c, {"slack", "mailing_list", "teams", "liaison", "toc_liaison", "github_mentions", "private_mailing_list"}, g.id);
        if (auto p = text(c, "private_mailing_list", g.id); !p.empty())
            if (auto u = url(p, line, g.id); !u.empty()) g.contacts.push_back({"mailing-list", "Private mailing list", u});
    }

    // One entry of a list: a group, its leadership, meetings and contacts.
    Group* readGroup(const YAML::Node& n, const std::string& kind, const std::string& labelPrefix, const std::string& section,
                     const std::string& parent) {
        if (!n.IsMap()) {
            reader.warn(lineOf(n), "an entry that is not a map; left out");
            return nullptr;
        }
        auto name = text(n, "name");
        // A SIG's `dir` is its id on the site; a subproject's name is, unless a group has it already
        // ("sig-testing" the subproject of sig-testing), then it is prefixed with its SIG's.
        auto preferred = text(n, "dir");
        if (!parent.empty()) {
            preferred = slugify(name);
            if (reader.ids.count(preferred)) preferred = parent + "-" + preferred;
        }
        Group* g = reader.newGroup(name, lineOf(n), kind, preferred);
        if (!g) {
            reader.error(lineOf(n), "an entry without a name; left out");
            return nullptr;
        }
        g->parent = parent;
        g->description = text(n, "mission_statement", g->id);
        if (g->description.empty()) g->description = text(n, "description", g->id);
        auto base = text(n, "dir", g->id);
        if (auto charter = text(n, "charter_link", g->id); !charter.empty())
            if (auto u = url(base.empty() ? charter : base + "/" + charter, lineOf(n), g->id); !u.empty()) g->links.push_back({"Charter", u});
        if (auto label = text(n, "label", g->id); !label.empty())
            g->links.push_back({"GitHub label", cncf ? "https://github.com/cncf/toc/labels/" + label
                                                     : "https://github.com/kubernetes/kubernetes/labels/" + labelPrefix + "%2F" + label});
        for (const char* key : {"tag_initiatives", "subproject_initiatives"})
            if (auto u = url(text(n, key, g->id), lineOf(n), g->id); !u.empty()) g->links.push_back({"Initiatives", u});
        for (const auto& o : list(n, "owners", g->id))
            if (o.IsScalar())
                if (auto u = url(o.Scalar(), lineOf(o), g->id); !u.empty()) g->links.push_back({"OWNERS", u});
        if (auto lead = n["leadership"]; lead && lead.IsMap()) {
            for (const auto& p : list(lead, "chairs", g->id)) readPerson(*g, p, "chair");
            for (const auto& p : list(lead, "tech_leads", g->id)) readPerson(*g, p, "tech-lead");
            for (const auto& p : list(lead, "emeritus_leads", g->id)) readPerson(*g, p, "emeritus");
            unknownKeys(lead, {"chairs", "tech_leads", "emeritus_leads"}, g->id);
        }
        for (const auto& p : list(n, "leads", g->id)) readPerson(*g, p, "lead");  // subprojects name theirs so
        readMeetings(*g, list(n, "meetings", g->id), section + " " + name);
        readContact(*g, n["contact"]);
        unknownKeys(n, {"dir", "name", "mission_statement", "description", "charter_link", "label", "leadership", "meetings",
                        "contact", "subprojects", "owners", "stakeholder_sigs", "leads", "tag_subprojects", "tag_initiatives",
                        "subproject_initiatives"},
                    g->id);
        return g;
    }
};

}  // namespace

bool canReadYaml() { return true; }

ImportResult importSigsYaml(std::string_view yaml, const ImportOptions& options) {
    ImportResult result;
    Reader reader{options, result};
    auto top = yamlTopMap(yaml, reader, "sigs.yaml has a map of lists (sigs, workinggroups, usergroups, committees) at the top");
    if (!top) return result;
    const YAML::Node& root = *top;
    SigsReader r{reader};
    static const struct { const char* key; const char* kind; const char* label; const char* section; } lists[] = {
        {"sigs", "sig", "sig", "Special Interest Groups"},
        {"workinggroups", "working-group", "wg", "Working Groups"},
        {"usergroups", "user-group", "ug", "User Groups"},
        {"committees", "committee", "committee", "Committees"},
        {"tags", "tag", "tag", "Technical Advisory Groups"},  // the CNCF TOC's tags.yaml
        {"toc_subprojects", "subproject", "toc", "TOC Subprojects"},
    };
    r.cncf = root["tags"].IsDefined() || root["toc_subprojects"].IsDefined();
    try {
        for (const auto& l : lists)
            for (const auto& n : r.list(root, l.key)) {
                Group* g = r.readGroup(n, l.kind, l.label, l.section, {});
                if (!g) continue;
                // Subprojects after their SIG; `g` may move as groups are added, so keep its id.
                auto parent = g->id;
                for (const char* key : {"subprojects", "tag_subprojects"})
                    for (const auto& s : r.list(n, key, parent)) r.readGroup(s, "subproject", l.label, l.section, parent);
            }
        r.unknownKeys(root, {"sigs", "workinggroups", "usergroups", "committees", "tags", "toc_subprojects"}, {});
    } catch (const YAML::Exception& e) {
        reader.error(e.mark.line >= 0 ? e.mark.line + 1 : 0, "unexpected YAML: " + e.msg);
    }
    auto& reg = result.registry;
    reg.title = options.title.empty() ? "Community groups" : options.title;
    if (!options.updated.empty()) reg.updated = options.updated;
    if (reg.groups.empty())
        reader.error(0, "no group found: sigs.yaml lists them under sigs, workinggroups, usergroups and committees, tags.yaml under tags");
    return result;
}

}  // namespace wgf

#else

#include "import/yaml_input.h"

namespace wgf {

bool canReadYaml() { return false; }

ImportResult importSigsYaml(std::string_view, const ImportOptions&) { return importer::cannotReadYaml("sigs.yaml"); }

}  // namespace wgf

#endif
