#include "import/cells.h"

#include <algorithm>

#include "model/text.h"

namespace wgf::importer {

namespace {

bool isAlnum(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80;
}

bool hasAlnum(std::string_view s) { return std::any_of(s.begin(), s.end(), isAlnum); }

// True when `word` occurs in `s` (lower case) as a whole word.
bool hasWord(std::string_view s, std::string_view word) {
    for (size_t at = s.find(word); at != std::string_view::npos; at = s.find(word, at + 1)) {
        bool startOk = at == 0 || !isAlnum(s[at - 1]);
        size_t e = at + word.size();
        // Plurals count: "notes" for "note".
        if (e < s.size() && s[e] == 's') ++e;
        if (startOk && (e >= s.size() || !isAlnum(s[e]))) return true;
    }
    return false;
}


}  // namespace

std::vector<std::pair<size_t, size_t>> splitList(std::string_view text, bool people) {
    std::vector<std::pair<size_t, size_t>> out;
    auto push = [&](size_t b, size_t e) {
        auto item = trim(text.substr(b, e - b));
        if (item.empty()) return;
        auto ib = static_cast<size_t>(item.data() - text.data());
        out.emplace_back(ib, ib + item.size());
    };
    int depth = 0;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '(' || c == '[' || c == '{') ++depth;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0) --depth;
        if (depth > 0) continue;
        size_t sepLen = 0;
        if (c == ',' || c == ';' || c == '\n') sepLen = 1;
        else if (people && c == ' ') {
            auto rest = text.substr(i);
            if (rest.size() > 5 && toLower(rest.substr(0, 5)) == " and ") sepLen = 5;
            else if (rest.size() > 3 && rest.substr(0, 3) == " & ") sepLen = 3;
        }
        if (sepLen == 0) continue;
        push(start, i);
        start = i + sepLen;
        i += sepLen - 1;
    }
    push(start, text.size());
    return out;
}

std::vector<std::string> parseTopics(std::string_view text) {
    std::vector<std::string> out;
    for (auto [b, e] : splitList(text)) {
        auto topic = collapseSpaces(text.substr(b, e - b));
        while (!topic.empty() && (topic.back() == '.' || topic.back() == ' ')) topic.pop_back();  // "Audits . ."
        if (!topic.empty()) out.push_back(std::move(topic));
    }
    return out;
}

std::string normaliseRole(std::string_view word) {
    auto w = collapseSpaces(toLower(trim(word)));
    std::replace(w.begin(), w.end(), ' ', '-');
    static const struct { const char* spelling; const char* role; } roles[] = {
        {"chair", "chair"},           {"co-chair", "co-chair"},       {"cochair", "co-chair"},
        {"lead", "lead"},             {"co-lead", "co-lead"},         {"colead", "co-lead"},
        {"tech-lead", "tech-lead"},   {"technical-lead", "tech-lead"}, {"tl", "tech-lead"},
        {"emeritus", "emeritus"},     {"maintainer", "maintainer"},   {"owner", "owner"},
        {"organizer", "organizer"},   {"organiser", "organizer"},     {"facilitator", "facilitator"},
        {"liaison", "liaison"},       {"secretary", "secretary"},     {"interim", "interim"},
    };
    for (const auto& r : roles)
        if (w == r.spelling) return r.role;
    return {};
}

std::string githubHandleFromUrl(std::string_view url) {
    auto u = trim(url);
    for (std::string_view prefix : {"https://github.com/", "http://github.com/", "https://www.github.com/"}) {
        if (u.size() <= prefix.size() || toLower(u.substr(0, prefix.size())) != prefix) continue;
        auto handle = u.substr(prefix.size());
        while (!handle.empty() && handle.back() == '/') handle.remove_suffix(1);
        // A handle is one path segment of letters, digits and '-'.
        if (handle.empty() || handle.size() > 39) return {};
        for (char c : handle)
            if (!isAlnum(c) && c != '-') return {};
        return std::string(handle);
    }
    return {};
}

Person parsePerson(std::string_view text) {
    Person p;
    std::string_view s = trim(text);
    std::vector<std::string_view> notes;  // contents of trailing "(...)" groups, innermost last
    while (!s.empty() && s.back() == ')') {
        int depth = 0;
        size_t open = std::string_view::npos;
        for (size_t i = s.size(); i-- > 0;) {
            if (s[i] == ')') ++depth;
            else if (s[i] == '(' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open == std::string_view::npos) break;
        notes.push_back(s.substr(open + 1, s.size() - open - 2));
        s = trim(s.substr(0, open));
    }
    std::reverse(notes.begin(), notes.end());

    std::vector<std::string> companies;
    for (auto note : notes) {
        for (auto [b, e] : splitList(note)) {
            auto part = note.substr(b, e - b);
            if (part.front() == '@') {
                if (p.github.empty()) p.github = std::string(trim(part.substr(1)));  // "(@ jdoe)"
            } else if (auto role = normaliseRole(part); !role.empty()) {
                if (p.role.empty()) p.role = role;
            } else {
                companies.push_back(collapseSpaces(part));
            }
        }
    }
    for (size_t i = 0; i < companies.size(); ++i) p.company += (i ? ", " : "") + companies[i];

    // The name: every word but a "@handle" and an e-mail address.
    std::string name;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isAsciiSpace(s[i])) ++i;
        size_t b = i;
        while (i < s.size() && !isAsciiSpace(s[i])) ++i;
        auto word = s.substr(b, i - b);
        if (word.empty()) continue;
        if (word.front() == '@') {
            if (p.github.empty()) p.github = std::string(word.substr(1));
            continue;
        }
        if (word.find('@') != std::string_view::npos) continue;  // jdoe@example.org
        if (!name.empty()) name += ' ';
        name += word;
    }
    // A handle is letters, digits and dashes: no '@' or spaces left at either end ("(@ @jdoe)").
    std::string_view handle = p.github;
    while (!handle.empty() && !isAlnum(handle.back())) handle.remove_suffix(1);
    while (!handle.empty() && !isAlnum(handle.front())) handle.remove_prefix(1);
    p.github = handle;
    p.name = name.empty() ? p.github.view() : std::string_view(name);
    return p;
}

namespace {

std::string_view withoutBullet(std::string_view line) {
    auto t = trim(line);
    if (t.size() >= 2 && (t[0] == '*' || t[0] == '-' || t[0] == '+') && t[1] == ' ') return trim(t.substr(2));
    return t;
}

}  // namespace

bool isBulletLines(std::string_view text) {
    bool any = false;
    size_t b = 0;
    while (b <= text.size()) {
        size_t e = text.find('\n', b);
        if (e == std::string_view::npos) e = text.size();
        auto line = trim(text.substr(b, e - b));
        if (!line.empty()) {
            if (withoutBullet(line).size() == line.size()) return false;
            any = true;
        }
        b = e + 1;
    }
    return any;
}

Person parseBulletPerson(std::string_view line) {
    auto t = withoutBullet(line);
    auto comma = t.find(',');
    Person p = parsePerson(t.substr(0, comma));
    if (comma != std::string_view::npos) {
        auto company = collapseSpaces(t.substr(comma + 1));
        if (!company.empty()) p.company = company;
    }
    return p;
}

bool isToBeDecided(std::string_view text) {
    auto t = collapseSpaces(toLower(trim(text)));
    while (!t.empty() && (t.back() == '.' || t.back() == '!')) t.pop_back();
    return t == "tbd" || t == "tba" || t == "tbc" || t == "to be determined" || t == "to be decided" ||
           t == "to be announced" || t == "to be confirmed";
}

bool isNone(std::string_view text) {
    auto t = collapseSpaces(toLower(trim(text)));
    return t == "n/a" || t == "na" || t == "none" || t == "-" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" ||
           t == "no meetings" || t == "no meeting";
}

namespace {

enum class LinkRole { Join, Tool, Notes, Recordings, Calendar };

LinkRole linkRole(std::string_view text) {
    auto t = toLower(text);
    for (auto w : {"note", "minute", "agenda", "doc"})
        if (hasWord(t, w)) return LinkRole::Notes;
    for (auto w : {"recording", "video", "youtube", "playlist"})
        if (hasWord(t, w)) return LinkRole::Recordings;
    for (auto w : {"calendar", "invite", "invitation", "ics", "ical"})
        if (hasWord(t, w)) return LinkRole::Calendar;
    // A link named after the meeting tool rather than the time: the schedule is the text around.
    for (auto w : {"zoom", "meet", "hangout", "webex", "jitsi", "teams", "join", "link", "here", "call", "url", "bridge"})
        if (hasWord(t, w) && !std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return LinkRole::Tool;
    return LinkRole::Join;
}

// Drops brackets left holding only punctuation once links were cut out ("11:00 PT (, )"),
// collapses spaces and trims separators at both ends.
std::string tidySchedule(std::string s) {
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t open = 0; open < s.size(); ++open) {
            char o = s[open];
            if (o != '(' && o != '[') continue;
            char c = o == '(' ? ')' : ']';
            size_t close = s.find(c, open + 1);
            if (close == std::string::npos) continue;
            auto inside = std::string_view(s).substr(open + 1, close - open - 1);
            if (inside.find(o) != std::string_view::npos || hasAlnum(inside)) continue;
            s.erase(open, close - open + 1);
            changed = true;
            break;
        }
    }
    auto out = collapseSpaces(s);
    auto isSep = [](char c) { return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '|'; };
    size_t b = 0, e = out.size();
    while (b < e && isSep(out[b])) ++b;
    while (e > b && isSep(out[e - 1])) --e;
    return out.substr(b, e - b);
}

}  // namespace

std::vector<MeetingCell> parseMeetingCell(const RichText& cell) {
    std::vector<MeetingCell> out;
    const std::string& text = cell.text;
    size_t lineBegin = 0;
    while (lineBegin <= text.size()) {
        size_t lineEnd = text.find('\n', lineBegin);
        if (lineEnd == std::string::npos) lineEnd = text.size();
        std::string title;
        {
            auto line = std::string_view(text).substr(lineBegin, lineEnd - lineBegin);
            auto stripped = withoutBullet(line);
            lineBegin += static_cast<size_t>(stripped.data() - line.data());
            // "Title ([calendar](c)): time": a ": " outside links and brackets, with no digit before it.
            int depth = 0;
            for (size_t i = lineBegin; i + 1 < lineEnd; ++i) {
                char c = text[i];
                if (c >= '0' && c <= '9') break;
                bool inLink = std::any_of(cell.links.begin(), cell.links.end(), [&](const TextLink& l) { return l.begin <= i && i < l.end; });
                if (inLink) continue;
                if (c == '(' || c == '[') ++depth;
                else if ((c == ')' || c == ']') && depth > 0) --depth;
                else if (c == ':' && depth == 0 && text[i + 1] == ' ') {
                    std::string label;
                    size_t p = lineBegin;
                    for (const auto& l : cell.links) {
                        if (l.begin < lineBegin || l.begin >= i) continue;
                        label += text.substr(p, l.begin - p);
                        p = l.end;
                    }
                    label += text.substr(p, i - p);
                    title = tidySchedule(label);
                    lineBegin = i + 1;
                    break;
                }
            }
        }

        std::string outside;  // the line with every link's text cut out
        std::vector<const TextLink*> join, tools;
        std::string notes, recordings;
        size_t pos = lineBegin;
        for (const auto& link : cell.links) {
            if (link.begin < lineBegin || link.begin >= lineEnd) continue;
            outside += text.substr(pos, link.begin - pos);
            pos = std::min(link.end, lineEnd);
            switch (linkRole(cell.linkText(link))) {
                case LinkRole::Join: join.push_back(&link); break;
                case LinkRole::Tool: tools.push_back(&link); break;
                case LinkRole::Notes: if (notes.empty()) notes = link.href; break;
                case LinkRole::Recordings: if (recordings.empty()) recordings = link.href; break;
                case LinkRole::Calendar: break;
            }
        }
        if (pos < lineEnd) outside += text.substr(pos, lineEnd - pos);

        size_t first = out.size();
        if (hasAlnum(outside) || (join.empty() && !tools.empty())) {
            // The time is written around the links: keep the line minus notes/recording/tool
            // links (a link whose text is the time stays part of the text).
            std::string schedule;
            size_t p = lineBegin;
            for (const auto& link : cell.links) {
                if (link.begin < lineBegin || link.begin >= lineEnd) continue;
                schedule += text.substr(p, link.begin - p);
                if (std::find(join.begin(), join.end(), &link) != join.end()) schedule += cell.linkText(link);
                p = std::min(link.end, lineEnd);
            }
            if (p < lineEnd) schedule += text.substr(p, lineEnd - p);
            MeetingCell m;
            m.schedule = tidySchedule(schedule);
            m.href = !join.empty() ? join.front()->href : !tools.empty() ? tools.front()->href : "";
            m.title = title;
            if (!m.schedule.empty() || !m.href.empty()) out.push_back(std::move(m));
        } else {
            for (const auto* link : join) {
                MeetingCell m;
                m.schedule = collapseSpaces(cell.linkText(*link));
                m.href = link->href;
                m.title = title;
                out.push_back(std::move(m));
            }
        }
        // Notes and recordings belong to this line's meetings, or to the line above.
        size_t from = out.size() > first ? first : (out.empty() ? 0 : first - 1);
        for (size_t k = from; k < out.size(); ++k) {
            if (out[k].notesHref.empty()) out[k].notesHref = notes;
            if (out[k].recordingsHref.empty()) out[k].recordingsHref = recordings;
        }
        lineBegin = lineEnd + 1;
    }
    return out;
}

}  // namespace wgf::importer
