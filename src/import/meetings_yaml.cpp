#include "import/meetings_yaml.h"

#include "model/text.h"

namespace wgf {

bool isMeetingYaml(std::string_view yaml) {
    // Keys at the start of a line, as yaml2ical files write them; no parse needed to tell.
    auto hasKey = [&](const char* key) {
        std::string k = std::string(key) + ":";
        for (size_t at = yaml.find(k); at != std::string_view::npos; at = yaml.find(k, at + 1))
            if (at == 0 || yaml[at - 1] == '\n') return true;
        return false;
    };
    return hasKey("project") && hasKey("schedule");
}

}  // namespace wgf

#ifdef WGF_HAVE_YAML

#include "import/yaml_input.h"

#include <algorithm>
#include <regex>

#include "import/reader.h"
#include "time/civil.h"

namespace wgf {

using namespace importer;

namespace {

int lineOf(const YAML::Node& n) { return yamlLine(n); }

struct MeetingFileReader {
    Reader& reader;
    std::string groupId;

    std::string text(const YAML::Node& map, const char* key) { return yamlText(reader, map, key, groupId); }

    void unknownKeys(const YAML::Node& map, std::initializer_list<const char*> known) { yamlUnknownKeys(reader, map, known, groupId); }

    // "20181225" -> "2018-12-25", or "" when it is not a date.
    static std::string isoDate(const std::string& s) {
        if (s.size() != 8 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
        std::string iso = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
        return parseDate(iso) ? iso : std::string();
    }

    // One schedule entry; `frequency` is returned for pairing. False when it has no usable time.
    bool entry(const YAML::Node& n, Meeting& m, std::string& frequency, std::string& day) {
        const int line = lineOf(n);
        unknownKeys(n, {"time", "day", "irc", "frequency", "start_date", "duration", "skip_dates"});
        std::string time = text(n, "time"), irc = text(n, "irc");
        day = text(n, "day");
        frequency = text(n, "frequency");
        m.schedule = day + (day.empty() ? "" : "s") + (time.empty() ? "" : " at " + time + " UTC") + (frequency.empty() ? "" : " (" + frequency + ")");
        if (!irc.empty()) m.title = "#" + irc + " (IRC)";
        if (auto d = text(n, "duration"); !d.empty()) {
            if (d.size() <= 4 && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; }) && std::stoi(d) > 0 && std::stoi(d) <= 1440)
                m.durationMinutes = std::stoi(d);
            else
                reader.warn(line, "duration '" + d + "' is not a number of minutes; left out", groupId);
        }
        if (auto s = text(n, "start_date"); !s.empty())
            reader.warn(lineOf(n["start_date"]), "start_date " + s + " is not kept: the week comes from the frequency", groupId);
        if (auto skips = n["skip_dates"]; skips && skips.IsSequence()) {
            for (const auto& k : skips) {
                std::string date = k.IsMap() ? isoDate(text(k, "skip_date")) : std::string();
                if (date.empty()) {
                    reader.warn(lineOf(k), "a skipped date that is not YYYYMMDD; left out", groupId);
                    continue;
                }
                m.skip.push_back({date, k.IsMap() ? text(k, "reason") : std::string()});
            }
        } else if (skips && !skips.IsNull()) {
            reader.warn(lineOf(skips), "'skip_dates' is not a list; left out", groupId);
        }
        const bool clock = time.size() == 4 && std::all_of(time.begin(), time.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                           std::stoi(time.substr(0, 2)) < 24 && std::stoi(time.substr(2)) < 60;
        const int wd = weekdayFromName(day);
        auto notUnderstood = [&](const std::string& why) {
            m.note = "not understood: " + why;
            reader.warn(line, "meeting '" + m.schedule + "' kept as text: " + why, groupId);
            return false;
        };
        if (!clock) return notUnderstood("time '" + time + "' is not HHMM");
        if (wd < 0) return notUnderstood("day '" + day + "' is not a weekday");
        std::string byDay = kWeekdays[wd].code;
        m.tz = "UTC";
        m.time = time.substr(0, 2) + ":" + time.substr(2);
        static const char* const ordinals[] = {"first", "second", "third", "fourth"};
        if (frequency == "weekly") {
            m.rrule = "FREQ=WEEKLY;BYDAY=" + byDay;
        } else if (frequency == "biweekly-odd" || frequency == "biweekly-even") {
            m.rrule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + byDay;
            m.weeks = frequency == "biweekly-odd" ? "odd" : "even";
        } else {
            for (int k = 0; k < 4; ++k)
                if (frequency == std::string(ordinals[k]) + "-" + toLower(kWeekdays[wd].name)) m.rrule = "FREQ=MONTHLY;BYDAY=" + std::to_string(k + 1) + byDay;
            if (m.rrule.empty()) {
                m.tz.clear(), m.time.clear();
                if (frequency == "adhoc") return notUnderstood("held when needed (adhoc)");
                if (frequency.rfind("quadweekly", 0) == 0)
                    return notUnderstood("'" + frequency + "' is every fourth ISO week, which this format cannot say exactly");
                return notUnderstood("frequency '" + frequency + "'");
            }
        }
        return true;
    }
};

}  // namespace

ImportResult importMeetingYaml(std::string_view yaml, const ImportOptions& options) {
    ImportResult result;
    Reader reader{options, result};
    auto top = yamlTopMap(yaml, reader, "a yaml2ical meeting file is a map with project, meeting_id, schedule...");
    if (!top) return result;
    const YAML::Node& root = *top;
    MeetingFileReader r{reader, {}};
    try {
        std::string name = r.text(root, "project");
        Group* g = reader.newGroup(name, lineOf(root["project"]), options.kind.empty() ? "team" : options.kind, slugify(r.text(root, "meeting_id")));
        if (!g) {
            reader.error(lineOf(root), "no project name; nothing imported");
            return result;
        }
        r.groupId = g->id;
        g->description = r.text(root, "description");
        std::string agenda = r.text(root, "agenda_url");
        RichText at;
        at.line = lineOf(root["agenda_url"]);
        agenda = agenda.empty() ? agenda : reader.vet(agenda, at, g->id);
        if (!agenda.empty()) g->links.push_back({"Agenda", agenda});
        // "Eric Fried (efried), Jan Klare (jklare)": names with IRC nicks.
        static const std::regex chairRe(R"(\s*([^,(]+?)\s*(\([^)]*\))?\s*(,|$))");
        std::string chairs = r.text(root, "chair");
        for (std::sregex_iterator it(chairs.begin(), chairs.end(), chairRe), end; it != end; ++it)
            if (!(*it)[1].str().empty()) reader.addLead(*g, Person{(*it)[1].str(), "", "", "chair"});
        std::vector<Meeting> meetings;
        std::vector<std::string> frequencies, days;
        auto schedule = root["schedule"];
        if (!schedule || !schedule.IsSequence()) reader.warn(lineOf(root), "no schedule list: no meeting", g->id);
        for (const auto& n : schedule && schedule.IsSequence() ? schedule : YAML::Node(YAML::NodeType::Sequence)) {
            if (!n.IsMap()) {
                reader.warn(lineOf(n), "a schedule entry that is not a map; left out", g->id);
                continue;
            }
            Meeting m;
            std::string frequency, day;
            r.entry(n, m, frequency, day);
            m.notesUrl = agenda;
            meetings.push_back(std::move(m));
            frequencies.push_back(frequency);
            days.push_back(day);
        }
        // One odd-week and one even-week entry: a meeting whose slots take turns.
        if (meetings.size() == 2 && !meetings[0].rrule.empty() && !meetings[1].rrule.empty() && meetings[0].weeks != meetings[1].weeks &&
            !meetings[0].weeks.empty() && !meetings[1].weeks.empty() && meetings[0].title == meetings[1].title) {
            Meeting& odd = meetings[0].weeks == "odd" ? meetings[0] : meetings[1];
            Meeting& even = meetings[0].weeks == "odd" ? meetings[1] : meetings[0];
            Meeting m = odd;
            m.schedule = meetings[0].schedule + "; " + meetings[1].schedule;
            m.rrule = "FREQ=WEEKLY;BYDAY=" + std::string(kWeekdays[weekdayFromName(&odd == &meetings[0] ? days[0] : days[1])].code);
            m.time.clear(), m.tz.clear();
            m.weeks = "odd";
            auto slot = [](const Meeting& x, const char* title) {
                return MeetingSlot{title, x.rrule.substr(x.rrule.size() - 2), x.time, x.tz};
            };
            m.rotation = {slot(odd, "odd weeks"), slot(even, "even weeks")};
            m.skip.insert(m.skip.end(), even.skip.begin(), even.skip.end());
            if (m.durationMinutes != even.durationMinutes) m.durationMinutes = std::max(m.durationMinutes, even.durationMinutes);
            meetings = {m};
        }
        for (auto& m : meetings) g->meetings.push_back(std::move(m));
        r.unknownKeys(root, {"project", "project_url", "meeting_id", "agenda_url", "chair", "description", "schedule"});
        if (auto u = r.text(root, "project_url"); !u.empty()) {
            RichText pu;
            pu.line = lineOf(root["project_url"]);
            if (auto v = reader.vet(u, pu, g->id); !v.empty()) g->links.push_back({"Project", v});
        }
    } catch (const YAML::Exception& e) {
        reader.error(e.mark.line >= 0 ? e.mark.line + 1 : 0, "unexpected YAML: " + e.msg);
    }
    auto& reg = result.registry;
    reg.title = options.title.empty() ? "Meetings" : options.title;
    if (!options.updated.empty()) reg.updated = options.updated;
    return result;
}

}  // namespace wgf

#else

#include "import/yaml_input.h"

namespace wgf {

ImportResult importMeetingYaml(std::string_view, const ImportOptions&) { return importer::cannotReadYaml("the meeting file"); }

}  // namespace wgf

#endif
