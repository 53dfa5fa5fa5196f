// Registry JSON -> model. Every value is checked where it is read; a problem becomes a Diagnostic
// naming its JSON pointer and group, and loses only the value concerned.
#include "model/load.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <type_traits>

#include "model/text.h"

namespace wgf {
namespace {

using json = nlohmann::json;

std::string escapePointerToken(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string typeName(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
        case json::value_t::number_float: return "a number";
        default: return "an unsupported value";
    }
}

// Scans the text once before parsing: depth of nesting outside strings, so that a hostile
// "[[[[..." is refused with a place instead of exhausting the stack later.
bool checkDepth(std::string_view text, size_t maxDepth, size_t& offset) {
    size_t depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth) {
                offset = i;
                return false;
            }
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return true;
}

// Walks the parsed document with the current pointer and group, reporting as it goes.
class Reader {
public:
    Reader(const LoadLimits& limits, Diagnostics& out, bool repairedUtf8)
        : limits_(limits), out_(out), repairedUtf8_(repairedUtf8) {}

    void report(Severity sev, const std::string& pointer, std::string message) {
        Diagnostic d;
        d.severity = sev;
        d.pointer = pointer;
        d.groupId = groupId_;
        d.message = std::move(message);
        out_.push_back(std::move(d));
    }

    // Optional string field: absent or null -> "", wrong type -> error and "".
    std::string str(const json& obj, const char* key, const std::string& at, bool required = false) {
        auto it = obj.find(key);
        std::string p = at + "/" + key;
        if (it == obj.end() || it->is_null()) {
            if (required) report(Severity::Error, p, std::string("'") + key + "' is required");
            return {};
        }
        return stringValue(*it, p, required ? key : nullptr);
    }

    std::string stringValue(const json& v, const std::string& p, const char* requiredName = nullptr) {
        if (!v.is_string()) {
            report(Severity::Error, p, "must be a string, not " + typeName(v));
            return {};
        }
        std::string_view s = v.get_ref<const std::string&>();  // read in place: one copy, of what is kept
        if (s.size() > limits_.maxStringBytes) {
            size_t cut = utf8CharStart(s, limits_.maxStringBytes);
            report(Severity::Error, p, "is " + std::to_string(s.size()) + " bytes long, more than the limit of " +
                                           std::to_string(limits_.maxStringBytes) + "; it was cut short");
            s = s.substr(0, cut);
        }
        if (repairedUtf8_ && s.find("\xEF\xBF\xBD") != std::string_view::npos)
            report(Severity::Warning, p, "held invalid UTF-8, shown as \xEF\xBF\xBD");
        std::string_view t = trim(s);
        if (requiredName && t.empty()) report(Severity::Error, p, std::string("'") + requiredName + "' must not be empty");
        return std::string(t);
    }

    // A link value: unsafe schemes are dropped (error), relative ones kept (warning).
    std::string url(const json& obj, const char* key, const std::string& at) {
        std::string u = str(obj, key, at);
        return checkUrl(u, at + "/" + key);
    }

    std::string checkUrl(const std::string& u, const std::string& p) {
        switch (classifyLink(u)) {
            case LinkKind::Empty:
            case LinkKind::Safe: return u;
            case LinkKind::Relative:
                report(Severity::Warning, p, "link '" + u + "' has no scheme; it is resolved against the registry's address");
                return u;
            case LinkKind::Unsafe:
                report(Severity::Error, p, "link '" + shorten(u) + "' was dropped: only http(s) and mailto links are allowed");
                return {};
        }
        return {};
    }

    static std::string shorten(const std::string& s) {
        return s.size() > 60 ? s.substr(0, 57) + "..." : s;
    }

    // Array field: absent/null -> empty; wrong type -> error. Calls fn(item, pointer) per item,
    // stopping at the list limit.
    template <typename Fn>
    void list(const json& obj, const char* key, const std::string& at, Fn fn) {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return;
        std::string p = at + "/" + key;
        if (!it->is_array()) {
            report(Severity::Error, p, std::string("must be a list, not ") + typeName(*it));
            return;
        }
        size_t n = it->size();
        if (n > limits_.maxListItems) {
            report(Severity::Error, p, "has " + std::to_string(n) + " items, more than the limit of " +
                                           std::to_string(limits_.maxListItems) + "; the rest were left out");
            n = limits_.maxListItems;
        }
        for (size_t i = 0; i < n; ++i) fn((*it)[i], p + "/" + std::to_string(i));
    }

    // Room for a list's items before they are read (no spare capacity left in the model).
    template <typename T>
    void reserve(const json& obj, const char* key, std::vector<T>& out) {
        auto it = obj.find(key);
        if (it != obj.end() && it->is_array()) out.reserve(std::min(it->size(), limits_.maxListItems));
    }

    bool expectObject(const json& v, const std::string& p) {
        if (v.is_object()) return true;
        report(Severity::Error, p, "must be an object, not " + typeName(v) + "; it was left out");
        return false;
    }

    void unknownFields(const json& obj, const std::string& at, std::initializer_list<const char*> known) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool isKnown = false;
            for (const char* k : known)
                if (it.key() == k) isKnown = true;
            if (!isKnown)
                report(Severity::Warning, at + "/" + escapePointerToken(it.key()),
                       "unknown field '" + shorten(it.key()) + "' was ignored");
        }
    }

    Link link(const json& v, const std::string& p, bool& ok) {
        Link l;
        ok = false;
        if (!expectObject(v, p)) return l;
        unknownFields(v, p, {"label", "url"});
        l.label = str(v, "label", p);
        l.url = url(v, "url", p);
        if (l.url.empty()) {
            if (v.contains("url") && !v["url"].is_null() && v["url"].is_string() && classifyLink(v["url"].get<std::string>()) == LinkKind::Unsafe)
                return l;  // already reported as dropped
            report(Severity::Error, p + "/url", "a link needs a url; it was left out");
            return l;
        }
        if (l.label.empty()) l.label = l.url;
        ok = true;
        return l;
    }

    // The number of two digits at `at` (checked to be digits by the caller).
    static int twoDigits(const std::string& s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

    static bool isDate(const std::string& s) {
        // YYYY-MM-DD with a plausible month and day.
        if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
        for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
            if (s[i] < '0' || s[i] > '9') return false;
        int m = twoDigits(s, 5), d = twoDigits(s, 8);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    static bool isTime(const std::string& s) {
        if (s.size() != 5 || s[2] != ':') return false;
        for (size_t i : {0u, 1u, 3u, 4u})
            if (s[i] < '0' || s[i] > '9') return false;
        return twoDigits(s, 0) < 24 && twoDigits(s, 3) < 60;
    }

    Meeting meeting(const json& v, const std::string& p, bool& ok) {
        Meeting m;
        ok = expectObject(v, p);
        if (!ok) return m;
        unknownFields(v, p, {"title", "schedule", "rrule", "start", "time", "tz", "durationMinutes", "url",
                             "notesUrl", "recordingsUrl", "note", "status", "anchor", "weeks", "skip", "extra",
                             "rotation"});
        m.title = str(v, "title", p);
        m.schedule = str(v, "schedule", p);
        m.rrule = str(v, "rrule", p);
        m.start = str(v, "start", p);
        m.time = str(v, "time", p);
        m.tz = str(v, "tz", p);
        m.url = url(v, "url", p);
        m.notesUrl = url(v, "notesUrl", p);
        m.recordingsUrl = url(v, "recordingsUrl", p);
        m.note = str(v, "note", p);
        if (!m.rrule.empty() && m.rrule.rfind("FREQ=", 0) != 0 && m.rrule.find(";FREQ=") == std::string::npos) {
            report(Severity::Error, p + "/rrule", "'" + shorten(m.rrule) + "' is not a recurrence rule (it needs FREQ=...); it was left out");
            m.rrule.clear();
        }
        if (!m.start.empty() && !isDateTime(m.start)) {
            report(Severity::Error, p + "/start", "'" + shorten(m.start) + "' is not a local date-time YYYY-MM-DDTHH:MM; it was left out");
            m.start.clear();
        }
        if (!m.time.empty() && !isTime(m.time)) {
            report(Severity::Error, p + "/time", "'" + shorten(m.time) + "' is not a time HH:MM; it was left out");
            m.time.clear();
        }
        if (auto it = v.find("durationMinutes"); it != v.end() && !it->is_null()) {
            if (it->is_number_integer() && it->get<long long>() > 0 && it->get<long long>() <= 24 * 60)
                m.durationMinutes = static_cast<int>(it->get<long long>());
            else
                report(Severity::Error, p + "/durationMinutes", "must be a whole number of minutes from 1 to 1440, not " +
                                                                     (it->is_string() ? "'" + shorten(it->get<std::string>()) + "'" : it->dump()));
        }
        if (m.schedule.empty() && m.rrule.empty() && m.note.empty())
            report(Severity::Warning, p, "a meeting with neither a schedule, an rrule nor a note tells a reader nothing");
        meetingCalendar(v, p, m);
        return m;
    }

    // A value that must be one of `allowed` (or absent): otherwise an error, and "".
    std::string oneOf(const json& obj, const char* key, const std::string& at, std::initializer_list<const char*> allowed) {
        std::string s = str(obj, key, at);
        if (s.empty()) return s;
        std::string words;
        for (const char* a : allowed) {
            if (s == a) return s;
            words += std::string(words.empty() ? "'" : ", '") + a + "'";
        }
        report(Severity::Error, at + "/" + key, "'" + shorten(s) + "' is not one of " + words + "; it was left out");
        return {};
    }

    // What a meeting's dates are besides its rule: status, which week, skipped and extra dates,
    // rotating slots (format version 1, compatible additions).
    void meetingCalendar(const json& v, const std::string& p, Meeting& m) {
        m.status = oneOf(v, "status", p, {"active", "paused", "ended"});
        m.weeks = oneOf(v, "weeks", p, {"odd", "even"});
        m.anchor = str(v, "anchor", p);
        if (!m.anchor.empty() && !isDate(m.anchor)) {
            report(Severity::Error, p + "/anchor", "'" + shorten(m.anchor) + "' is not a date YYYY-MM-DD; it was left out");
            m.anchor.clear();
        }
        datedList(v, p, "skip", "date", false, "skipped date", [&](std::string date, std::string reason) {
            m.skip.push_back({std::move(date), std::move(reason)});
        });
        datedList(v, p, "extra", "start", true, "extra date", [&](std::string start, std::string reason) {
            m.extra.push_back({std::move(start), std::move(reason)});
        });
        list(v, "rotation", p, [&](const json& t, const std::string& tp) {
            if (!expectObject(t, tp)) return;
            unknownFields(t, tp, {"title", "day", "time", "tz"});
            MeetingSlot s{str(t, "title", tp), str(t, "day", tp), str(t, "time", tp, true), str(t, "tz", tp)};
            if (!s.day.empty() && !isWeekdayCode(s.day)) {
                report(Severity::Error, tp + "/day", "'" + shorten(s.day) + "' is not a weekday MO, TU, WE, TH, FR, SA or SU; this slot was left out");
            } else if (!s.time.empty() && !isTime(s.time)) {
                report(Severity::Error, tp + "/time", "'" + shorten(s.time) + "' is not a time HH:MM; this slot was left out");
            } else if (!s.time.empty()) {
                m.rotation.push_back(std::move(s));
            }
        });
    }

    // `key`: a list of {field: date (with its time when `withTime`), reason}; add(date, reason)
    // for each one of the right form, the others reported as `what` left out.
    template <class Add>
    void datedList(const json& v, const std::string& p, const char* key, const char* field, bool withTime, const char* what, Add add) {
        list(v, key, p, [&](const json& t, const std::string& tp) {
            if (!expectObject(t, tp)) return;
            unknownFields(t, tp, {field, "reason"});
            std::string when = str(t, field, tp, true), reason = str(t, "reason", tp);
            if (when.empty()) return;
            if (withTime ? isDateTime(when) : isDate(when))
                add(std::move(when), std::move(reason));
            else
                report(Severity::Error, tp + "/" + field,
                       "'" + shorten(when) + "' is not " + (withTime ? "a local date-time YYYY-MM-DDTHH:MM" : "a date YYYY-MM-DD") +
                           "; this " + what + " was left out");
        });
    }

    static bool isDateTime(const std::string& s) {
        return s.size() == 16 && s[10] == 'T' && isDate(s.substr(0, 10)) && isTime(s.substr(11));
    }

    static bool isWeekdayCode(const std::string& s) {
        static const char* const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        return std::any_of(std::begin(codes), std::end(codes), [&](const char* c) { return s == c; });
    }

    Person person(const json& v, const std::string& p, bool& ok) {
        Person x;
        ok = expectObject(v, p);
        if (!ok) return x;
        unknownFields(v, p, {"name", "company", "github", "role"});
        x.name = str(v, "name", p, true);
        x.company = str(v, "company", p);
        x.github = str(v, "github", p);
        // "@jdoe", even "@@jdoe" or "@ jdoe": "jdoe". Every leading '@' and space goes at once,
        // so what is written out loads as itself.
        auto handle = std::find_if(x.github.begin(), x.github.end(), [](char c) { return c != '@' && !isAsciiSpace(c); });
        x.github.erase(x.github.begin(), handle);
        x.role = str(v, "role", p);
        ok = !x.name.empty();
        return x;
    }

    Contact contact(const json& v, const std::string& p, bool& ok) {
        Contact c;
        ok = expectObject(v, p);
        if (!ok) return c;
        unknownFields(v, p, {"kind", "label", "url"});
        c.kind = str(v, "kind", p);
        c.label = str(v, "label", p);
        c.url = url(v, "url", p);
        if (c.url.empty() && c.label.empty()) {
            if (!v.contains("url")) report(Severity::Error, p, "a contact needs a url or a label; it was left out");
            ok = false;
        }
        if (c.kind.empty()) c.kind = "other";
        return c;
    }

    // Returns false when the group cannot be used (not an object, no id, no name).
    bool group(const json& v, const std::string& p, Group& g) {
        groupId_.clear();
        if (!expectObject(v, p)) return false;
        if (auto it = v.find("id"); it != v.end() && it->is_string()) groupId_ = std::string(trim(it->get<std::string>()));
        g.id = str(v, "id", p, true);
        g.name = str(v, "name", p, true);
        if (g.id.empty() || g.name.empty()) {
            report(Severity::Error, p, "the group was left out: it needs an id and a name");
            return false;
        }
        if (slugify(g.id) != g.id)
            report(Severity::Warning, p + "/id", "'" + shorten(g.id) + "' is not a slug (lower-case letters, digits and '-'); links to it may break");
        unknownFields(v, p, {"id", "name", "kind", "parent", "status", "description", "topics", "leads", "contacts",
                             "meetings", "links"});
        g.kind = str(v, "kind", p);
        g.parent = str(v, "parent", p);
        g.status = str(v, "status", p);
        g.description = str(v, "description", p);
        reserve(v, "topics", g.topics);
        list(v, "topics", p, [&](const json& t, const std::string& tp) {
            std::string s = stringValue(t, tp);
            if (!s.empty()) g.topics.push_back(std::move(s));
        });
        reserve(v, "leads", g.leads);
        list(v, "leads", p, [&](const json& t, const std::string& tp) {
            bool ok = false;
            Person x = person(t, tp, ok);
            if (ok) g.leads.push_back(std::move(x));
        });
        reserve(v, "contacts", g.contacts);
        list(v, "contacts", p, [&](const json& t, const std::string& tp) {
            bool ok = false;
            Contact c = contact(t, tp, ok);
            if (ok) g.contacts.push_back(std::move(c));
        });
        reserve(v, "meetings", g.meetings);
        list(v, "meetings", p, [&](const json& t, const std::string& tp) {
            bool ok = false;
            Meeting m = meeting(t, tp, ok);
            if (ok) g.meetings.push_back(std::move(m));
        });
        reserve(v, "links", g.links);
        list(v, "links", p, [&](const json& t, const std::string& tp) {
            bool ok = false;
            Link l = link(t, tp, ok);
            if (ok) g.links.push_back(std::move(l));
        });
        return true;
    }

    void clearGroup() { groupId_.clear(); }

private:
    const LoadLimits& limits_;
    Diagnostics& out_;
    bool repairedUtf8_;
    std::string groupId_;
};

// Streams the document through nlohmann's SAX interface so that the whole registry never exists
// as a JSON DOM: each group is built as a small DOM of its own, handed to Reader::group (the
// per-group conversion) and dropped; the top-level fields other than "groups" are kept as a small
// DOM and converted once the document is known to be valid, in the order the whole-document
// loader used. The groups' diagnostics are kept apart meanwhile and follow the top-level ones, so
// what comes out is what a DOM of the whole document would have given, diagnostics included.
class Streamer {
public:
    Streamer(const LoadLimits& limits, bool repairedUtf8)
        : limits_(limits), groupReader_(limits, groupDiagnostics_, repairedUtf8) {}

    // ---- nlohmann SAX events
    bool null() { return value([&](auto& dom) { return dom.null(); }, json::value_t::null); }
    bool boolean(bool v) { return value([&](auto& dom) { return dom.boolean(v); }, json::value_t::boolean); }
    bool number_integer(json::number_integer_t v) {
        return value([&](auto& dom) { return dom.number_integer(v); }, json::value_t::number_integer);
    }
    bool number_unsigned(json::number_unsigned_t v) {
        return value([&](auto& dom) { return dom.number_unsigned(v); }, json::value_t::number_unsigned);
    }
    bool number_float(json::number_float_t v, const json::string_t& s) {
        return value([&](auto& dom) { return dom.number_float(v, s); }, json::value_t::number_float);
    }
    bool string(json::string_t& v) { return value([&](auto& dom) { return dom.string(v); }, json::value_t::string); }
    bool binary(json::binary_t& v) { return value([&](auto& dom) { return dom.binary(v); }, json::value_t::binary); }
    bool start_object(std::size_t n) { return open([&](auto& dom) { return dom.start_object(n); }, json::value_t::object); }
    bool start_array(std::size_t n) { return open([&](auto& dom) { return dom.start_array(n); }, json::value_t::array); }
    bool key(json::string_t& k) {
        if (capture_) return capture_->key(k);
        if (skipTo_ >= 0) return true;
        if (depth_ == 1 && rootIsObject_) key_ = k;  // the top-level field whose value comes next
        return true;
    }
    bool end_object() { return close([&](auto& dom) { return dom.end_object(); }); }
    bool end_array() {
        if (!capture_ && skipTo_ < 0 && inGroups_ && depth_ == 2) inGroups_ = false;  // the end of "groups"
        return close([&](auto& dom) { return dom.end_array(); });
    }
    template <class Exception>
    bool parse_error(std::size_t, const std::string&, const Exception& e) {
        errorWhat_ = e.what();
        if constexpr (std::is_same_v<Exception, json::parse_error>) {
            positioned_ = true;
            errorByte_ = e.byte;
        }
        return false;
    }

    // ---- after a successful parse
    bool rootIsObject() const { return rootIsObject_; }
    json::value_t rootType() const { return rootType_; }
    json& top() { return top_; }  // the top-level fields; "groups", when streamed, is an empty list
    size_t groupCount() const { return groupCount_; }
    std::vector<Group>& groups() { return groups_; }
    Diagnostics& groupDiagnostics() { return groupDiagnostics_; }
    std::set<std::string>& seen() { return seen_; }

    bool positioned_ = false;  // a parse_error (with its place), not a number out of range
    std::string errorWhat_;
    size_t errorByte_ = 0;

private:
    using DomParser = nlohmann::detail::json_sax_dom_parser<json>;

    // Where a value that starts now goes: the top-level DOM, one group's DOM, or nowhere.
    void begin(json::value_t type) {
        if (depth_ == 0) {
            rootType_ = type;
            rootIsObject_ = type == json::value_t::object;
            if (!rootIsObject_) skipTo_ = 0;  // only its type matters (and that it parses)
            return;
        }
        if (!rootIsObject_) return;
        if (depth_ == 1) {
            if (key_ == "groups") {  // a later "groups" replaces an earlier one, as in a DOM
                groups_.clear();
                groupDiagnostics_.clear();
                seen_.clear();
                groupCount_ = 0;
                if (type == json::value_t::array) {
                    top_["groups"] = json::array();
                    inGroups_ = true;
                    return;
                }
            }
            startCapture(top_[key_]);
        } else if (depth_ == 2 && inGroups_) {
            if (groupCount_ < limits_.maxGroups) {
                group_ = json();
                startCapture(group_);
                capturingGroup_ = true;
            } else {
                skipTo_ = 2;  // over the limit: counted, not read
            }
            ++groupCount_;
        }
    }
    void startCapture(json& target) {
        capture_.emplace(target, false);
        captureDepth_ = depth_;
    }
    // A value is complete: hand a group to its conversion.
    void finish() {
        if (capture_ && depth_ == captureDepth_) {
            capture_.reset();
            if (capturingGroup_) {
                capturingGroup_ = false;
                addGroup();
                group_ = json();
            }
        }
        if (skipTo_ >= 0 && depth_ == static_cast<size_t>(skipTo_) && rootIsObject_) skipTo_ = -1;
    }
    template <class F>
    bool value(F&& forward, json::value_t type) {
        if (!capture_ && skipTo_ < 0) begin(type);
        if (capture_) forward(*capture_);
        finish();
        return true;
    }
    template <class F>
    bool open(F&& forward, json::value_t type) {
        if (!capture_ && skipTo_ < 0) begin(type);
        ++depth_;
        if (capture_) forward(*capture_);
        return true;
    }
    template <class F>
    bool close(F&& forward) {
        if (capture_) forward(*capture_);
        --depth_;
        finish();
        return true;
    }

    void addGroup() {
        std::string p = "/groups/" + std::to_string(groupCount_ - 1);
        Group g;
        if (!groupReader_.group(group_, p, g)) return;
        if (!seen_.insert(g.id).second) {
            groupReader_.report(Severity::Error, p + "/id", "duplicate id '" + g.id + "'; this group was left out (the first one is kept)");
            return;
        }
        groups_.push_back(std::move(g));
    }

    const LoadLimits& limits_;
    Diagnostics groupDiagnostics_;
    Reader groupReader_;
    size_t depth_ = 0;
    bool rootIsObject_ = false;
    json::value_t rootType_ = json::value_t::discarded;
    std::string key_;
    json top_ = json::object();
    bool inGroups_ = false;
    std::optional<DomParser> capture_;
    size_t captureDepth_ = 0;
    bool capturingGroup_ = false;
    int skipTo_ = -1;  // skipping a value until the depth is back to this
    json group_;
    size_t groupCount_ = 0;
    std::vector<Group> groups_;
    std::set<std::string> seen_;
};

}  // namespace

LoadResult loadRegistry(std::string_view input, const LoadLimits& limits) {
    LoadResult r;
    auto fatal = [&](std::string message, int line = 0, int column = 0) {
        Diagnostic d;
        d.severity = Severity::Error;
        d.message = std::move(message);
        d.line = line;
        d.column = column;
        r.diagnostics.push_back(std::move(d));
        r.fatal = true;
        return r;
    };
    if (input.size() > limits.maxBytes)
        return fatal("the registry is " + std::to_string(input.size()) + " bytes, more than the limit of " +
                     std::to_string(limits.maxBytes));

    // Invalid UTF-8 is reported at its place and replaced, so the rest of the registry still loads.
    // Valid text is read where it is (no copy).
    std::string repairedText;
    std::string_view text = input;
    bool repaired = false;
    if (size_t bad = findInvalidUtf8(input); bad != std::string_view::npos) {
        int line = 0, column = 0;
        lineColumnAt(std::string(input.substr(0, bad + 1)), bad, line, column);
        Diagnostic d;
        d.severity = Severity::Warning;
        d.line = line;
        d.column = column;
        d.message = "invalid UTF-8 (first at this place) was replaced by \xEF\xBF\xBD";
        r.diagnostics.push_back(d);
        repairedText = repairUtf8(input);
        text = repairedText;
        repaired = true;
    }
    if (size_t at = 0; !checkDepth(text, limits.maxDepth, at)) {
        int line = 0, column = 0;
        lineColumnAt(std::string(text.substr(0, at + 1)), at, line, column);
        return fatal("nesting deeper than " + std::to_string(limits.maxDepth) + " levels", line, column);
    }

    Streamer st(limits, repaired);
    if (!json::sax_parse(text, &st)) {
        if (!st.positioned_) {
            // A number too large for any type ("1e400") is out_of_range.406, not a parse_error, and
            // carries no position: "[json.exception.out_of_range.406] number overflow parsing '1e400'".
            const std::string& what = st.errorWhat_;
            auto bracket = what.find("] ");
            return fatal("the registry is not valid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)));
        }
        int line = 0, column = 0;
        size_t at = st.errorByte_ > 0 ? st.errorByte_ - 1 : 0;
        lineColumnAt(std::string(text.substr(0, at + 1)), at, line, column);
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1,
        // column 2: "; keep only the explanation after that place (which has ": " of its own:
        // "syntax error while parsing value - invalid literal; last read: '/'").
        const std::string& what = st.errorWhat_;
        auto place = what.find(", column ");
        auto colon = what.find(": ", place == std::string::npos ? 0 : place);
        std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
        return fatal("the registry is not valid JSON: " + reason, line, column);
    }
    if (!st.rootIsObject()) return fatal("the registry must be a JSON object, not " + typeName(json(st.rootType())));
    const json& doc = st.top();

    Reader rd(limits, r.diagnostics, repaired);
    Registry& reg = r.registry;
    if (auto it = doc.find("version"); it == doc.end()) {
        rd.report(Severity::Warning, "/version", "no 'version'; read as version 1");
    } else if (!it->is_number_integer() || it->get<long long>() != 1) {
        return fatal("/version: this reader understands registry format version 1, not " + it->dump());
    }
    rd.unknownFields(doc, "", {"$schema", "version", "title", "about", "updated", "feeds", "links", "groups"});
    reg.title = rd.str(doc, "title", "");
    reg.about = rd.str(doc, "about", "");
    reg.updated = rd.str(doc, "updated", "");
    if (!reg.updated.empty() && !(reg.updated.size() >= 10 && Reader::isDate(reg.updated.substr(0, 10)))) {
        rd.report(Severity::Error, "/updated", "'" + Reader::shorten(reg.updated) + "' is not an ISO date (YYYY-MM-DD); it was left out");
        reg.updated.clear();
    }
    reg.feeds = rd.str(doc, "feeds", "");
    if (LinkKind k = classifyLink(reg.feeds); k == LinkKind::Unsafe || (k == LinkKind::Safe && toLower(reg.feeds).rfind("http", 0) != 0)) {
        rd.report(Severity::Error, "/feeds", "'" + Reader::shorten(reg.feeds) + "' is not a folder's address (http(s), or relative to the registry); it was left out");
        reg.feeds.clear();
    }
    rd.list(doc, "links", "", [&](const json& v, const std::string& p) {
        bool ok = false;
        Link l = rd.link(v, p, ok);
        if (ok) reg.links.push_back(std::move(l));
    });

    auto groups = doc.find("groups");
    if (groups == doc.end() || !groups->is_array()) {
        rd.report(Severity::Error, "/groups", groups == doc.end() ? "no 'groups' list" : "must be a list, not " + typeName(*groups));
        r.fatal = !usableRegistry(r.registry, r.diagnostics);
        return r;
    }
    size_t n = st.groupCount();
    if (n > limits.maxGroups) {
        rd.report(Severity::Error, "/groups", "has " + std::to_string(n) + " groups, more than the limit of " +
                                                  std::to_string(limits.maxGroups) + "; the rest were left out");
    }
    // The groups, converted one by one while the document streamed by (Streamer::addGroup).
    for (auto& d : st.groupDiagnostics()) r.diagnostics.push_back(std::move(d));
    reg.groups = std::move(st.groups());
    reg.groups.shrink_to_fit();
    const std::set<std::string>& seen = st.seen();
    for (size_t i = 0; i < reg.groups.size(); ++i) {
        const Group& g = reg.groups[i];
        if (!g.parent.empty() && (g.parent == g.id || !seen.count(g.parent))) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.groupId = g.id;
            d.message = "parent '" + g.parent + "' is not a group of this registry";
            r.diagnostics.push_back(d);
        }
    }
    r.fatal = !usableRegistry(r.registry, r.diagnostics);
    return r;
}

bool usableRegistry(const Registry& registry, const Diagnostics& diagnostics) {
    return !registry.groups.empty() || !hasErrors(diagnostics);
}

namespace {

using ojson = nlohmann::ordered_json;

void put(ojson& o, const char* key, const std::string& v) {
    if (!v.empty()) o[key] = v;
}

// `key`: [one object per item, filled by fill(object, item)], when there are items.
template <class Item, class Fill>
void putList(ojson& o, const char* key, const std::vector<Item>& items, Fill fill) {
    if (items.empty()) return;
    ojson a = ojson::array();
    for (const Item& item : items) {
        ojson y;
        fill(y, item);
        a.push_back(std::move(y));
    }
    o[key] = std::move(a);
}

ojson linksJson(const std::vector<Link>& links) {
    ojson a = ojson::array();
    for (const auto& l : links) {
        ojson o;
        put(o, "label", l.label);
        put(o, "url", l.url);
        a.push_back(std::move(o));
    }
    return a;
}

}  // namespace

std::string registryToJson(const Registry& reg, int indent) {
    ojson doc;
    doc["version"] = reg.version;
    put(doc, "title", reg.title);
    put(doc, "about", reg.about);
    put(doc, "updated", reg.updated);
    put(doc, "feeds", reg.feeds);
    if (!reg.links.empty()) doc["links"] = linksJson(reg.links);
    ojson groups = ojson::array();
    for (const auto& g : reg.groups) {
        ojson o;
        put(o, "id", g.id);
        put(o, "name", g.name);
        put(o, "kind", g.kind);
        put(o, "parent", g.parent);
        put(o, "status", g.status);
        put(o, "description", g.description);
        if (!g.topics.empty()) o["topics"] = g.topics;
        if (!g.leads.empty()) {
            ojson a = ojson::array();
            for (const auto& p : g.leads) {
                ojson x;
                put(x, "name", p.name);
                put(x, "company", p.company);
                put(x, "github", p.github);
                put(x, "role", p.role);
                a.push_back(std::move(x));
            }
            o["leads"] = std::move(a);
        }
        if (!g.contacts.empty()) {
            ojson a = ojson::array();
            for (const auto& c : g.contacts) {
                ojson x;
                put(x, "kind", c.kind);
                put(x, "label", c.label);
                put(x, "url", c.url);
                a.push_back(std::move(x));
            }
            o["contacts"] = std::move(a);
        }
        if (!g.meetings.empty()) {
            ojson a = ojson::array();
            for (const auto& m : g.meetings) {
                ojson x = ojson::object();  // "{}", not null, when every field was dropped
                put(x, "title", m.title);
                put(x, "schedule", m.schedule);
                put(x, "rrule", m.rrule);
                put(x, "start", m.start);
                put(x, "time", m.time);
                put(x, "tz", m.tz);
                if (m.durationMinutes > 0) x["durationMinutes"] = m.durationMinutes;
                put(x, "url", m.url);
                put(x, "notesUrl", m.notesUrl);
                put(x, "recordingsUrl", m.recordingsUrl);
                put(x, "note", m.note);
                put(x, "status", m.status);
                put(x, "anchor", m.anchor);
                put(x, "weeks", m.weeks);
                putList(x, "skip", m.skip, [](ojson& y, const MeetingSkip& k) {
                    put(y, "date", k.date);
                    put(y, "reason", k.reason);
                });
                putList(x, "extra", m.extra, [](ojson& y, const MeetingExtra& e) {
                    put(y, "start", e.start);
                    put(y, "reason", e.reason);
                });
                putList(x, "rotation", m.rotation, [](ojson& y, const MeetingSlot& r) {
                    put(y, "title", r.title);
                    put(y, "day", r.day);
                    put(y, "time", r.time);
                    put(y, "tz", r.tz);
                });
                a.push_back(std::move(x));
            }
            o["meetings"] = std::move(a);
        }
        if (!g.links.empty()) o["links"] = linksJson(g.links);
        groups.push_back(std::move(o));
    }
    doc["groups"] = std::move(groups);
    // Replace rather than throw on invalid UTF-8: the model may come from a repaired source.
    return doc.dump(indent, ' ', false, ojson::error_handler_t::replace) + (indent >= 0 ? "\n" : "");
}

}  // namespace wgf
