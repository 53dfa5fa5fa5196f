#include "import/reader.h"

#include <algorithm>

#include "import/cells.h"
#include "import/links.h"
#include "model/text.h"
#include "time/schedule.h"

namespace wgf::importer {

namespace {

Diagnostic diag(Severity severity, int line, std::string message, std::string groupId) {
    Diagnostic d;
    d.severity = severity;
    d.line = line;
    d.column = line > 0 ? 1 : 0;
    d.groupId = std::move(groupId);
    d.message = std::move(message);
    return d;
}

// "jdoe@example.org" written as a link target or as bare text: an e-mail address.
bool isBareEmail(std::string_view s) {
    auto at = s.find('@');
    return at != std::string_view::npos && at > 0 && s.find('.', at) != std::string_view::npos &&
           s.find_first_of("/: \t") == std::string_view::npos;
}

bool isLowerWord(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-' || c == ' '; });
}

}  // namespace

Person personOfRow(const TableRow& row, size_t nameCol, size_t companyCol, size_t profileCol) {
    auto cell = [&](size_t c) -> const RichText* { return c < row.cells.size() ? &row.cells[c] : nullptr; };
    const RichText* nameCell = cell(nameCol);
    if (!nameCell) return {};
    Person p = companyCol < row.cells.size() ? Person{collapseSpaces(nameCell->text), {}, {}, {}} : parsePerson(nameCell->text);
    if (auto* c = cell(companyCol); c && !isNone(c->text)) p.company = collapseSpaces(c->text);
    for (const RichText* c : {nameCell, cell(profileCol)})
        if (c && p.github.empty())
            for (const auto& l : c->links)
                if (auto h = githubHandleFromUrl(l.href); !h.empty()) {
                    p.github = h;
                    break;
                }
    return p;
}

void Reader::warn(int line, std::string message, std::string groupId) {
    result.diagnostics.push_back(diag(Severity::Warning, line, std::move(message), std::move(groupId)));
}

void Reader::warn(const RichText& at, std::string message, std::string groupId) {
    warn(at.line, std::move(message), std::move(groupId));
    if (at.column > 0) result.diagnostics.back().column = at.column;
}

void Reader::error(int line, std::string message, std::string groupId) {
    result.diagnostics.push_back(diag(Severity::Error, line, std::move(message), std::move(groupId)));
}

std::string Reader::vet(const std::string& href, const RichText& at, const std::string& groupId) {
    auto h = std::string(trim(href));
    if (isBareEmail(h)) h = "mailto:" + h;
    auto url = resolveUrl(h, options.baseUrl);
    switch (classifyLink(url)) {
        case LinkKind::Empty: return {};
        case LinkKind::Unsafe:
            warn(at, "link '" + url + "' is not http(s) or mailto; left out", groupId);
            return {};
        default: return url;
    }
}

Group* Reader::newGroup(const std::string& name, int line, const std::string& kind, const std::string& preferredId) {
    auto& groups = result.registry.groups;
    if (name.empty()) return nullptr;
    auto taken = [&](const std::string& id) { return ids.count(id) > 0; };
    std::string id = !preferredId.empty() && !taken(preferredId) ? preferredId : slugify(name);
    if (id.empty()) {
        id = "group-" + std::to_string(groups.size() + 1);
        warn(line, "name '" + name + "' gives no id; using '" + id + "'", id);
    }
    if (taken(id)) {
        int n = 2;
        while (taken(id + "-" + std::to_string(n))) ++n;
        auto unique = id + "-" + std::to_string(n);
        warn(line, "another group already has id '" + id + "'; this one is '" + unique + "'", unique);
        id = unique;
    }
    ids.insert(id);
    Group g;
    g.id = id;
    g.name = name;
    g.kind = options.kind.empty() ? (kind.empty() ? "working-group" : kind) : options.kind;
    groups.push_back(std::move(g));
    return &groups.back();
}

void Reader::addLead(Group& g, Person p) {
    if (p.name.empty()) return;
    for (auto& l : g.leads)
        if (toLower(l.name) == toLower(p.name)) {
            if (l.github.empty()) l.github = p.github;
            if (l.company.empty()) l.company = p.company;
            return;
        }
    g.leads.push_back(std::move(p));
}

void Reader::readLeads(Group& g, const RichText& cell, const std::string& role) {
    auto handleIn = [&](size_t b, size_t e) -> std::string {
        for (const auto& l : cell.links)
            if (l.begin < e && l.end > b)
                if (auto handle = githubHandleFromUrl(l.href); !handle.empty()) return handle;
        return {};
    };
    auto add = [&](Person p, std::string_view item, size_t b, size_t e) {
        // "Governance Committee liaison: tbd", "tbd (escalating)": no one yet.
        if (isNone(item) || isToBeDecided(item) || isToBeDecided(p.name) || isNone(p.name)) return;
        // "[Technical Committee](./community-members.md#technical-committee)": a link to a page of
        // the site names a body of people, not one person.
        for (const auto& l : cell.links)
            if (l.begin < e && l.end > b && classifyLink(l.href) == LinkKind::Relative) {
                warn(cell, "'" + std::string(item) + "' links to a page, not to a person; left out", g.id);
                return;
            }
        if (p.github.empty()) p.github = handleIn(b, e);
        if (!role.empty()) {
            // "(guiding)", "(escalating)": how a sponsor sponsors, not where they work.
            if (isLowerWord(p.company)) p.company.clear();
            p.role = role;
        }
        if (p.name.empty()) {
            if (!isNone(item) && !isToBeDecided(item)) warn(cell, "lead '" + std::string(item) + "' has no name; left out", g.id);
            return;
        }
        addLead(g, std::move(p));
    };
    if (isBulletLines(cell.text)) {
        size_t b = 0;
        while (b <= cell.text.size()) {
            size_t e = cell.text.find('\n', b);
            if (e == std::string::npos) e = cell.text.size();
            auto line = std::string_view(cell.text).substr(b, e - b);
            if (!trim(line).empty()) add(parseBulletPerson(line), line, b, e);
            b = e + 1;
        }
        return;
    }
    for (auto [b, e] : splitList(cell.text, true)) {
        auto item = std::string_view(cell.text).substr(b, e - b);
        add(parsePerson(item), item, b, e);
    }
}

void Reader::readContacts(Group& g, const RichText& cell, const std::string& label) {
    auto columnKind = contactKindOfLabel(label);
    size_t pos = 0;
    std::string outside;
    auto add = [&](const std::string& url, std::string text) {
        Contact c;
        c.url = url;
        c.label = collapseSpaces(text);
        // "* Slack": the bullet is layout, not part of the name.
        if (c.label.empty()) c.label = url.rfind("mailto:", 0) == 0 ? url.substr(7) : url;
        c.kind = contactKindOfUrl(url, columnKind.empty() ? contactKindOfLabel(c.label) : columnKind);
        if (std::none_of(g.contacts.begin(), g.contacts.end(), [&](const Contact& x) { return x.url == c.url; }))
            g.contacts.push_back(std::move(c));
    };
    for (const auto& l : cell.links) {
        outside += cell.text.substr(pos, l.begin - pos) + " ";
        pos = l.end;
        auto url = vet(l.href, cell, g.id);
        if (!url.empty()) add(url, std::string(cell.linkText(l)));
    }
    if (pos < cell.text.size()) outside += cell.text.substr(pos);
    for (auto [b, e] : splitList(outside)) {
        auto item = std::string(trim(std::string_view(outside).substr(b, e - b)));
        if (item.size() >= 2 && (item[0] == '*' || item[0] == '-') && item[1] == ' ') item = std::string(trim(item.substr(2)));
        if (item.find_first_not_of("()[]-:/*. ") == std::string::npos || isNone(item) || isToBeDecided(item)) continue;
        // "(need to join ... for the first time)": a remark about the link before it.
        if (item.front() == '(' && item.back() == ')') continue;
        if (isBareEmail(item)) {
            add("mailto:" + item, item);
            continue;
        }
        // A channel or list named without an address cannot be reached from the widget.
        warn(cell, "contact '" + item + "' has no link; left out", g.id);
    }
}

void Reader::readMeetings(Group& g, const RichText& cell, const std::string& place, const std::string& title) {
    // A meeting keeps no calendar address; the group does, as a link ("[Calendar Invitation](...)").
    for (const auto& l : cell.links) {
        auto text = toLower(cell.linkText(l));
        if (text.find("calendar") == std::string::npos && text.find("invite") == std::string::npos &&
            text.find("invitation") == std::string::npos)
            continue;
        auto url = vet(l.href, cell, g.id);
        if (!url.empty() && std::none_of(g.links.begin(), g.links.end(), [&](const Link& x) { return x.url == url; }))
            g.links.push_back({"Calendar", url});
    }
    for (auto& mc : parseMeetingCell(cell)) {
        auto url = vet(mc.href, cell, g.id);
        auto notes = vet(mc.notesHref, cell, g.id);
        auto recordings = vet(mc.recordingsHref, cell, g.id);
        if (isNone(mc.schedule) && url.empty()) continue;
        std::vector<Meeting> meetings;
        if (isToBeDecided(mc.schedule) || mc.schedule.empty()) {
            Meeting m;
            m.note = mc.schedule;
            meetings.push_back(std::move(m));
        } else {
            auto parsed = parseSchedule(mc.schedule, ScheduleContext{options.updated, place});
            meetings = std::move(parsed.meetings);
            if (meetings.empty()) meetings.emplace_back();
            if (!parsed.understood) {
                std::string why;
                for (const auto& m : meetings)
                    if (!m.note.empty() && why.find(m.note) == std::string::npos) why += (why.empty() ? "" : "; ") + m.note;
                // The schedule reader's note may already say "not understood: ..."; say it once.
                for (std::string_view prefix : {"not understood: ", "not understood"})
                    if (why.rfind(prefix, 0) == 0) why.erase(0, prefix.size());
                warn(cell, "meeting time '" + mc.schedule + "' not understood" + (why.empty() ? "" : ": " + why) + "; kept as text",
                     g.id);
            }
        }
        for (auto& m : meetings) {
            if (!isToBeDecided(mc.schedule)) m.schedule = mc.schedule;  // verbatim, as the page says it
            // The page's own label ("Regular SIG Meeting: ...") names the meeting; else the schedule
            // reader's (a word in parentheses) or the sub-section's.
            if (!mc.title.empty()) m.title = mc.title;
            else if (m.title.empty()) m.title = title;
            m.url = url;
            m.notesUrl = notes;
            m.recordingsUrl = recordings;
            g.meetings.push_back(std::move(m));
        }
    }
}

void Reader::readLinks(Group& g, const RichText& cell, const std::string& label) {
    auto name = collapseSpaces(label);
    if (cell.links.empty() && !name.empty() && !trim(cell.text).empty() && !isNone(cell.text))
        warn(cell, name + " '" + collapseSpaces(cell.text) + "' has no link; left out", g.id);
    for (const auto& l : cell.links) {
        auto url = vet(l.href, cell, g.id);
        if (url.empty()) continue;
        if (std::any_of(g.links.begin(), g.links.end(), [&](const Link& x) { return x.url == url; })) continue;
        auto text = collapseSpaces(cell.linkText(l));
        if (name.empty()) g.links.push_back({text.empty() ? url : text, url});  // links of running text: their own words
        else g.links.push_back({cell.links.size() > 1 && !text.empty() ? name + ": " + text : name, url});
    }
}

void Reader::readField(Group& g, Field field, const std::string& label, const RichText& cell, MeetingExtras& extras,
                       const std::string& place, const std::string& meetingTitle) {
    auto firstLink = [&]() -> std::string {
        for (const auto& l : cell.links)
            if (auto url = vet(l.href, cell, g.id); !url.empty()) return url;
        return {};
    };
    switch (field) {
        case Field::Leads: readLeads(g, cell, {}); break;
        case Field::Members: readLeads(g, cell, {}); break;
        case Field::Sponsors: readLeads(g, cell, "sponsor"); break;
        case Field::Liaison: readLeads(g, cell, "liaison"); break;
        case Field::Contacts: readContacts(g, cell, label); break;
        case Field::Topics:
            for (auto& t : parseTopics(cell.text)) g.topics.push_back(std::move(t));
            break;
        case Field::Description:
            if (g.description.empty()) g.description = collapseSpaces(cell.text);
            break;
        case Field::Meetings: readMeetings(g, cell, place, meetingTitle); break;
        case Field::MeetingLink: {
            // "[Wednesdays at 13:00 PT](meet)" is a time as much as a link; "[Zoom](u)" only a link;
            // "See the top of the [Meeting notes](doc)" the notes.
            auto cells = parseMeetingCell(cell);
            if (std::any_of(cells.begin(), cells.end(), [](const MeetingCell& mc) { return looksLikeSchedule(mc.schedule); })) {
                readMeetings(g, cell, place, meetingTitle);
                break;
            }
            for (const auto& mc : cells) {
                if (extras.notesUrl.empty() && !mc.notesHref.empty()) extras.notesUrl = vet(mc.notesHref, cell, g.id);
                if (extras.recordingsUrl.empty() && !mc.recordingsHref.empty()) extras.recordingsUrl = vet(mc.recordingsHref, cell, g.id);
                if (extras.url.empty() && !mc.href.empty()) extras.url = vet(mc.href, cell, g.id);
            }
            break;
        }
        case Field::MeetingNotes:
            if (extras.notesUrl.empty()) extras.notesUrl = firstLink();
            break;
        case Field::MeetingRecordings:
            if (extras.recordingsUrl.empty()) extras.recordingsUrl = firstLink();
            break;
        case Field::Links: readLinks(g, cell, label); break;
        default: break;
    }
}

void Reader::finishGroup(Group& g, const MeetingExtras& extras) {
    if (!extras.url.empty() && g.meetings.empty()) {
        Meeting m;
        m.url = extras.url;
        m.note = "no meeting time on the page";
        g.meetings.push_back(std::move(m));
    }
    // Notes or recordings of a group that gives no meeting time: still worth a link.
    if (g.meetings.empty()) {
        for (const auto& [label, address] : {std::pair{"Meeting notes", &extras.notesUrl}, std::pair{"Meeting recordings", &extras.recordingsUrl}}) {
            const std::string& url = *address;  // a name the lambda can capture (a structured binding is not one everywhere)
            if (!url.empty() && std::none_of(g.links.begin(), g.links.end(), [&](const Link& x) { return x.url == url; }))
                g.links.push_back({label, url});
        }
    }
    for (auto& m : g.meetings) {
        if (m.url.empty()) m.url = extras.url;
        if (m.notesUrl.empty()) m.notesUrl = extras.notesUrl;
        if (m.recordingsUrl.empty()) m.recordingsUrl = extras.recordingsUrl;
    }
}

}  // namespace wgf::importer
