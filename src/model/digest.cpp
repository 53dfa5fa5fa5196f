// wgfinder: a registry's digest and its text form (digest.h).
#include "model/digest.h"

#include <algorithm>

#include "model/text.h"

namespace wgf {

namespace {

constexpr std::string_view kHeader = "wgf-digest 1";
constexpr int kMaxMinutes = 99999;  // five digits in the text form

// A field as the text form holds it: no tabs or line breaks, valid UTF-8, at most
// kDigestMaxFieldBytes. digestOf() applies it too, so a digest read back equals the one written.
std::string field(std::string_view s) {
    std::string out = repairUtf8(s);
    for (char& c : out)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (out.size() > kDigestMaxFieldBytes) out.resize(utf8CharStart(out, kDigestMaxFieldBytes));
    return out;
}

std::vector<std::string_view> splitTabs(std::string_view line) {
    std::vector<std::string_view> parts;
    size_t b = 0;
    for (size_t e; (e = line.find('\t', b)) != std::string_view::npos; b = e + 1) parts.push_back(line.substr(b, e - b));
    parts.push_back(line.substr(b));
    return parts;
}

void put(std::string& out, std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (std::string_view f : fields) {
        if (!first) out += '\t';
        out += f;
        first = false;
    }
    out += '\n';
}

}  // namespace

RegistryDigest digestOf(const Registry& registry) {
    RegistryDigest d;
    d.updated = field(registry.updated);
    d.groups.reserve(registry.groups.size());
    for (const Group& g : registry.groups) {
        DigestGroup dg;
        dg.id = field(g.id);
        dg.name = field(g.name);
        for (const Person& p : g.leads) dg.leads.push_back(field(p.name));
        for (const Contact& c : g.contacts) dg.contacts.push_back(field(c.url.empty() ? c.label : c.url));
        for (const Meeting& m : g.meetings) {
            Meeting k;
            k.title = field(m.title);
            k.schedule = field(m.schedule.empty() ? m.note : m.schedule);
            k.rrule = field(m.rrule);
            k.start = field(m.start);
            k.time = field(m.time);
            k.tz = field(m.tz);
            k.durationMinutes = std::clamp(m.durationMinutes, 0, kMaxMinutes);
            dg.meetings.push_back(std::move(k));
        }
        d.groups.push_back(std::move(dg));
    }
    return d;
}

std::string digestText(const RegistryDigest& digest) {
    std::string out;
    std::string group;
    bool complete = digest.complete;
    std::string body;
    for (const DigestGroup& g : digest.groups) {
        group.clear();
        put(group, {"g", g.id, g.name});
        for (const auto& l : g.leads) put(group, {"l", l});
        for (const auto& c : g.contacts) put(group, {"c", c});
        for (const Meeting& m : g.meetings)
            put(group, {"m", m.title, m.schedule, m.rrule, m.start, m.time, m.tz, std::to_string(m.durationMinutes)});
        if (body.size() + group.size() + 128 > kDigestMaxBytes) {
            complete = false;
            break;
        }
        body += group;
    }
    put(out, {kHeader, digest.updated, digest.seen, complete ? "1" : "0"});
    return out + body;
}

std::optional<RegistryDigest> parseDigest(std::string_view text) {
    size_t eol = text.find('\n');
    auto head = splitTabs(text.substr(0, eol));
    if (head.size() != 4 || head[0] != kHeader) return std::nullopt;
    RegistryDigest d;
    d.updated = field(head[1]);
    d.seen = field(head[2]);
    d.complete = head[3] == "1";
    while (eol != std::string_view::npos) {
        size_t b = eol + 1;
        eol = text.find('\n', b);
        auto f = splitTabs(text.substr(b, eol == std::string_view::npos ? std::string_view::npos : eol - b));
        if (f[0] == "g" && f.size() == 3) {
            d.groups.push_back({field(f[1]), field(f[2]), {}, {}, {}});
        } else if (d.groups.empty()) {
            continue;  // a line before any group: not ours
        } else if (f[0] == "l" && f.size() == 2) {
            d.groups.back().leads.push_back(field(f[1]));
        } else if (f[0] == "c" && f.size() == 2) {
            d.groups.back().contacts.push_back(field(f[1]));
        } else if (f[0] == "m" && f.size() == 8) {
            Meeting m;
            m.title = field(f[1]);
            m.schedule = field(f[2]);
            m.rrule = field(f[3]);
            m.start = field(f[4]);
            m.time = field(f[5]);
            m.tz = field(f[6]);
            for (char c : f[7].substr(0, 5))
                if (c >= '0' && c <= '9') m.durationMinutes = m.durationMinutes * 10 + (c - '0');
            m.durationMinutes = std::min(m.durationMinutes, kMaxMinutes);
            d.groups.back().meetings.push_back(std::move(m));
        }
    }
    return d;
}

}  // namespace wgf
