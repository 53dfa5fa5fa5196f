// wgfinder, inside the registry loader (load.cpp, its only includer): where a JSON value is
// (pointer tokens, type names, nesting depth) and the Reader that checks and converts each
// value of a parsed group or top-level field (a Tree of load_tree.h) into the model, reporting
// at its place.
#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>

#include "model/load.h"
#include "model/load_tree.h"
#include "model/text.h"

namespace wgf::loader {

inline std::string escapePointerToken(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

inline std::string typeName(Kind kind) {
    switch (kind) {
        case Kind::Null: return "null";
        case Kind::Object: return "an object";
        case Kind::Array: return "an array";
        case Kind::String: return "a string";
        case Kind::Boolean: return "a boolean";
        case Kind::Integer:
        case Kind::Unsigned:
        case Kind::Float: return "a number";
    }
    return "an unsupported value";
}
inline std::string typeName(Value v) { return typeName(v.kind()); }

// Where a value is: `at`, or its field `key` when there is one. Spelled out as a JSON pointer only
// when a problem is reported there (most fields read have none, and each pointer is an allocation).
struct Place {
    const std::string& at;
    const char* key = nullptr;
    std::string pointer() const { return key ? at + "/" + key : at; }
};

// A list item's reader, passed by reference and called through one pointer (Reader::list).
class ItemFn {
public:
    template <class F>
    ItemFn(F&& f)  // NOLINT: converts from any callable, as std::function does
        : obj_(&f), call_([](void* o, Value v, const std::string& p) { (*static_cast<std::remove_reference_t<F>*>(o))(v, p); }) {}
    void operator()(Value v, const std::string& p) const { call_(obj_, v, p); }

private:
    void* obj_;
    void (*call_)(void*, Value, const std::string&);
};

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

    // The messages of the rare cases, built out of line. Built in place, each message's
    // temporary strings (and their clean-ups should one throw) made the readers of a group and of
    // a meeting the largest functions of a load: V8 compiles a hot function whole, branches never
    // taken included, and those two took most of its optimising compiler's time at 1,000 groups.
    // "'value' is not what; outcome" at `at` or its field `key`.
    [[gnu::cold, gnu::noinline]] void notA(Severity sev, const std::string& at, const char* key, std::string_view value,
                                           const char* what, const char* outcome) {
        report(sev, Place{at, key}.pointer(), "'" + shorten(value) + "' is not " + what + "; " + outcome);
    }
    [[gnu::cold, gnu::noinline]] void wrongType(const std::string& at, const char* key, const char* expected, Value v,
                                                const char* outcome = "") {
        report(Severity::Error, Place{at, key}.pointer(), std::string("must be ") + expected + ", not " + typeName(v) + outcome);
    }
    [[gnu::cold, gnu::noinline]] void problem(Severity sev, const std::string& at, const char* key, const char* message) {
        report(sev, Place{at, key}.pointer(), message);
    }

    // Optional string field: absent or null -> "", wrong type -> error and "".
    Text str(Value obj, const char* key, const std::string& at, bool required = false) {
        return Text(fieldView(obj, key, at, required));
    }
    // The same for a field whose values repeat across groups (a company, a zone, a rule, a
    // schedule, a person who leads several groups...): equal values share one copy.
    Text shared(Value obj, const char* key, const std::string& at, bool required = false) {
        return pool_.intern(fieldView(obj, key, at, required));
    }
    Text shared(std::string_view s) { return pool_.intern(s); }

    std::string_view fieldView(Value obj, const char* key, const std::string& at, bool required) {
        Value it = obj.field(key);
        if (it.is_null()) {  // absent or null
            if (required) missing(at, key);
            return {};
        }
        return stringView(it, Place{at, key}, required ? key : nullptr);
    }

    [[gnu::cold, gnu::noinline]] void missing(const std::string& at, const char* key) {
        report(Severity::Error, at + "/" + key, std::string("'") + key + "' is required");
    }

    // The value, trimmed, read in place: valid while `v` is.
    std::string_view stringView(Value v, const Place& place, const char* requiredName = nullptr) {
        if (!v.is_string()) {
            wrongType(place.at, place.key, "a string", v);
            return {};
        }
        std::string_view s = v.text();  // read in place: one copy, of what is kept
        if (s.size() > limits_.maxStringBytes) s = tooLong(s, place);
        if (repairedUtf8_ && s.find("\xEF\xBF\xBD") != std::string_view::npos)
            problem(Severity::Warning, place.at, place.key, "held invalid UTF-8, shown as \xEF\xBF\xBD");
        std::string_view t = trim(s);
        if (requiredName && t.empty()) empty(place, requiredName);
        return t;
    }
    [[gnu::cold, gnu::noinline]] std::string_view tooLong(std::string_view s, const Place& place) {
        size_t cut = utf8CharStart(s, limits_.maxStringBytes);
        report(Severity::Error, place.pointer(), "is " + std::to_string(s.size()) + " bytes long, more than the limit of " +
                                       std::to_string(limits_.maxStringBytes) + "; it was cut short");
        return s.substr(0, cut);
    }
    [[gnu::cold, gnu::noinline]] void empty(const Place& place, const char* name) {
        report(Severity::Error, place.pointer(), std::string("'") + name + "' must not be empty");
    }

    // A link value: unsafe schemes are dropped (error), relative ones kept (warning). Read in
    // place and copied once, into the model.
    Text url(Value obj, const char* key, const std::string& at) {
        return Text(checkUrl(fieldView(obj, key, at, false), Place{at, key}));
    }

    // The link, or nothing when it is dropped.
    std::string_view checkUrl(std::string_view u, const Place& place) {
        const LinkKind kind = classifyLink(u);
        if (kind == LinkKind::Empty || kind == LinkKind::Safe) return u;
        return otherLink(u, kind, place);
    }
    [[gnu::cold, gnu::noinline]] std::string_view otherLink(std::string_view u, LinkKind kind, const Place& place) {
        if (kind == LinkKind::Relative) {
            report(Severity::Warning, place.pointer(), "link '" + std::string(u) + "' has no scheme; it is resolved against the registry's address");
            return u;
        }
        report(Severity::Error, place.pointer(), "link '" + shorten(u) + "' was dropped: only http(s) and mailto links are allowed");
        return {};
    }

    static std::string shorten(std::string_view s) {
        return s.size() > 60 ? std::string(s.substr(0, 57)) + "..." : std::string(s);
    }

    // Array field: absent/null -> empty; wrong type -> error. Calls fn(item, pointer) per item,
    // stopping at the list limit. One function for every kind of item (fn is called through a
    // pointer), not a copy of it inlined in each caller: the group's reader stays small.
    void list(Value obj, const char* key, const std::string& at, ItemFn fn) {
        Value it = obj.field(key);
        if (it.is_null()) return;  // absent or null
        if (!it.is_array()) {
            wrongType(at, key, "a list", it);
            return;
        }
        size_t n = it.size();
        if (n > limits_.maxListItems) n = tooMany(at, key, n);
        std::string p = at + "/" + key + "/";  // each item's pointer in one string, its index replaced item after item
        const size_t base = p.size();
        for (size_t i = 0; i < n; ++i) {
            p.resize(base);
            p += std::to_string(i);
            fn(it[i], p);
        }
    }

    [[gnu::cold, gnu::noinline]] size_t tooMany(const std::string& at, const char* key, size_t n) {
        report(Severity::Error, at + "/" + key, "has " + std::to_string(n) + " items, more than the limit of " +
                                                   std::to_string(limits_.maxListItems) + "; the rest were left out");
        return limits_.maxListItems;
    }

    // Room for a list's items before they are read (no spare capacity left in the model).
    template <typename T>
    void reserve(Value obj, const char* key, std::vector<T>& out) {
        if (Value it = obj.field(key); it.is_array()) out.reserve(std::min(it.size(), limits_.maxListItems));
    }

    bool expectObject(Value v, const std::string& p) {
        if (v.is_object()) return true;
        wrongType(p, nullptr, "an object", v, "; it was left out");
        return false;
    }

    void unknownFields(Value obj, const std::string& at, std::initializer_list<std::string_view> known) {
        for (size_t i = 0, n = obj.size(); i < n; ++i) {
            std::string_view name = obj.key(i);
            if (std::none_of(known.begin(), known.end(), [&](std::string_view k) { return sameBytes(k, name); })) {
                reportUnknown(obj, at, known);
                return;
            }
        }
    }
    [[gnu::cold, gnu::noinline]] void reportUnknown(Value obj, const std::string& at, std::initializer_list<std::string_view> known) {
        std::set<std::string> unknown;  // each once, in the order of the keys (as nlohmann's DOM held them)
        for (size_t i = 0, n = obj.size(); i < n; ++i) {
            std::string_view name = obj.key(i);
            if (std::none_of(known.begin(), known.end(), [&](std::string_view k) { return sameBytes(k, name); }))
                unknown.emplace(name);
        }
        for (const std::string& name : unknown)
            report(Severity::Warning, at + "/" + escapePointerToken(name), "unknown field '" + shorten(name) + "' was ignored");
    }

    Link link(Value v, const std::string& p, bool& ok) {
        Link l;
        ok = false;
        if (!expectObject(v, p)) return l;
        unknownFields(v, p, {"label", "url"});
        l.label = str(v, "label", p);
        l.url = url(v, "url", p);
        if (l.url.empty()) {
            if (Value u = v.field("url"); u.is_string() && classifyLink(u.text()) == LinkKind::Unsafe)
                return l;  // already reported as dropped
            problem(Severity::Error, p, "url", "a link needs a url; it was left out");
            return l;
        }
        if (l.label.empty()) l.label = l.url;
        ok = true;
        return l;
    }

    // The number of two digits at `at` (checked to be digits by the caller).
    static int twoDigits(std::string_view s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

    static bool isDate(std::string_view s) {
        // YYYY-MM-DD with a plausible month and day.
        if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
        for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
            if (s[i] < '0' || s[i] > '9') return false;
        int m = twoDigits(s, 5), d = twoDigits(s, 8);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    static bool isTime(std::string_view s) {
        if (s.size() != 5 || s[2] != ':') return false;
        for (size_t i : {0u, 1u, 3u, 4u})
            if (s[i] < '0' || s[i] > '9') return false;
        return twoDigits(s, 0) < 24 && twoDigits(s, 3) < 60;
    }

    // A meeting, a group: functions of their own (noinline), each compiled by V8 by itself when it
    // gets hot, not as one large function with its caller's work.
    [[gnu::noinline]] Meeting meeting(Value v, const std::string& p, bool& ok) {
        Meeting m;
        ok = expectObject(v, p);
        if (!ok) return m;
        unknownFields(v, p, {"title", "schedule", "rrule", "start", "time", "tz", "durationMinutes", "url",
                             "notesUrl", "recordingsUrl", "note", "status", "anchor", "weeks", "skip", "extra",
                             "rotation"});
        m.title = shared(v, "title", p);
        m.schedule = shared(v, "schedule", p);
        m.rrule = shared(v, "rrule", p);
        m.start = str(v, "start", p);
        m.time = shared(v, "time", p);
        m.tz = shared(v, "tz", p);
        m.url = url(v, "url", p);
        m.notesUrl = url(v, "notesUrl", p);
        m.recordingsUrl = url(v, "recordingsUrl", p);
        m.note = str(v, "note", p);
        if (!m.rrule.empty() && m.rrule.rfind("FREQ=", 0) != 0 && m.rrule.find(";FREQ=") == std::string::npos) {
            notA(Severity::Error, p, "rrule", m.rrule, "a recurrence rule (it needs FREQ=...)", kLeftOut);
            m.rrule.clear();
        }
        if (!m.start.empty() && !isDateTime(m.start)) {
            notA(Severity::Error, p, "start", m.start, kDateTime, kLeftOut);
            m.start.clear();
        }
        if (!m.time.empty() && !isTime(m.time)) {
            notA(Severity::Error, p, "time", m.time, kTime, kLeftOut);
            m.time.clear();
        }
        if (Value it = v.field("durationMinutes"); !it.is_null()) {
            if (it.is_number_integer() && it.integer() > 0 && it.integer() <= 24 * 60)
                m.durationMinutes = static_cast<int>(it.integer());
            else
                badDuration(p, it);
        }
        if (m.schedule.empty() && m.rrule.empty() && m.note.empty())
            problem(Severity::Warning, p, nullptr, "a meeting with neither a schedule, an rrule nor a note tells a reader nothing");
        meetingCalendar(v, p, m);
        return m;
    }

    static constexpr const char* kLeftOut = "it was left out";
    static constexpr const char* kDateTime = "a local date-time YYYY-MM-DDTHH:MM";
    static constexpr const char* kDate = "a date YYYY-MM-DD";
    static constexpr const char* kTime = "a time HH:MM";

    [[gnu::cold, gnu::noinline]] void badDuration(const std::string& p, Value it) {
        report(Severity::Error, p + "/durationMinutes", "must be a whole number of minutes from 1 to 1440, not " +
                                                             (it.is_string() ? "'" + shorten(std::string(it.text())) + "'" : it.toJson().dump()));
    }

    // A value that must be one of `allowed` (or absent): otherwise an error, and "". Read in place.
    std::string_view oneOf(Value obj, const char* key, const std::string& at, std::initializer_list<const char*> allowed) {
        std::string_view s = fieldView(obj, key, at, false);
        if (s.empty()) return s;
        for (const char* a : allowed)
            if (s == a) return s;
        notOneOf(at, key, s, allowed);
        return {};
    }
    [[gnu::cold, gnu::noinline]] void notOneOf(const std::string& at, const char* key, std::string_view s,
                                               std::initializer_list<const char*> allowed) {
        std::string words;
        for (const char* a : allowed) words += std::string(words.empty() ? "'" : ", '") + a + "'";
        report(Severity::Error, at + "/" + key, "'" + shorten(s) + "' is not one of " + words + "; it was left out");
    }

    // What a meeting's dates are besides its rule: status, which week, skipped and extra dates,
    // rotating slots (format version 1, compatible additions).
    void meetingCalendar(Value v, const std::string& p, Meeting& m) {
        m.status = shared(oneOf(v, "status", p, {"active", "paused", "ended"}));
        m.weeks = shared(oneOf(v, "weeks", p, {"odd", "even"}));
        m.anchor = str(v, "anchor", p);
        if (!m.anchor.empty() && !isDate(m.anchor)) {
            notA(Severity::Error, p, "anchor", m.anchor, kDate, kLeftOut);
            m.anchor.clear();
        }
        datedList(v, p, "skip", "date", false, "this skipped date was left out", [&](std::string date, std::string reason) {
            m.skip.push_back({std::move(date), std::move(reason)});
        });
        datedList(v, p, "extra", "start", true, "this extra date was left out", [&](std::string start, std::string reason) {
            m.extra.push_back({std::move(start), std::move(reason)});
        });
        list(v, "rotation", p, [&](Value t, const std::string& tp) {
            if (!expectObject(t, tp)) return;
            unknownFields(t, tp, {"title", "day", "time", "tz"});
            MeetingSlot s{shared(t, "title", tp), shared(t, "day", tp), str(t, "time", tp, true), shared(t, "tz", tp)};
            if (!s.day.empty() && !isWeekdayCode(s.day)) {
                notA(Severity::Error, tp, "day", s.day, "a weekday MO, TU, WE, TH, FR, SA or SU", "this slot was left out");
            } else if (!s.time.empty() && !isTime(s.time)) {
                notA(Severity::Error, tp, "time", s.time, kTime, "this slot was left out");
            } else if (!s.time.empty()) {
                m.rotation.push_back(std::move(s));
            }
        });
    }

    // `key`: a list of {field: date (with its time when `withTime`), reason}; add(date, reason)
    // for each one of the right form, the others reported, with `leftOut`.
    template <class Add>
    void datedList(Value v, const std::string& p, const char* key, const char* field, bool withTime, const char* leftOut, Add add) {
        list(v, key, p, [&](Value t, const std::string& tp) {
            if (!expectObject(t, tp)) return;
            unknownFields(t, tp, {field, "reason"});
            std::string when = str(t, field, tp, true), reason = str(t, "reason", tp);
            if (when.empty()) return;
            if (withTime ? isDateTime(when) : isDate(when))
                add(std::move(when), std::move(reason));
            else
                notA(Severity::Error, tp, field, when, withTime ? kDateTime : kDate, leftOut);
        });
    }

    static bool isDateTime(std::string_view s) {
        return s.size() == 16 && s[10] == 'T' && isDate(s.substr(0, 10)) && isTime(s.substr(11));
    }

    static bool isWeekdayCode(std::string_view s) {
        static const char* const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        return std::any_of(std::begin(codes), std::end(codes), [&](const char* c) { return s == c; });
    }

    Person person(Value v, const std::string& p, bool& ok) {
        Person x;
        ok = expectObject(v, p);
        if (!ok) return x;
        unknownFields(v, p, {"name", "company", "github", "role"});
        x.name = shared(v, "name", p, true);
        x.company = shared(v, "company", p);
        // "@jdoe", even "@@jdoe" or "@ jdoe": "jdoe". Every leading '@' and space goes at once,
        // so what is written out loads as itself.
        std::string_view github = fieldView(v, "github", p, false);
        auto handle = std::find_if(github.begin(), github.end(), [](char c) { return c != '@' && !isAsciiSpace(c); });
        github.remove_prefix(static_cast<size_t>(handle - github.begin()));
        x.github = shared(github);
        x.role = shared(v, "role", p);
        ok = !x.name.empty();
        return x;
    }

    Contact contact(Value v, const std::string& p, bool& ok) {
        Contact c;
        ok = expectObject(v, p);
        if (!ok) return c;
        unknownFields(v, p, {"kind", "label", "url"});
        c.kind = shared(v, "kind", p);
        c.label = shared(v, "label", p);
        c.url = url(v, "url", p);
        if (c.url.empty() && c.label.empty()) {
            if (!v.field("url")) problem(Severity::Error, p, nullptr, "a contact needs a url or a label; it was left out");
            ok = false;
        }
        if (c.kind.empty()) c.kind = "other";
        return c;
    }

    // Returns false when the group cannot be used (not an object, no id, no name).
    [[gnu::noinline]] bool group(Value v, const std::string& p, Group& g) {
        groupId_.clear();
        if (!expectObject(v, p)) return false;
        if (Value id = v.field("id"); id.is_string()) groupId_ = std::string(trim(id.text()));
        g.id = str(v, "id", p, true);
        g.name = str(v, "name", p, true);
        if (g.id.empty() || g.name.empty()) {
            problem(Severity::Error, p, nullptr, "the group was left out: it needs an id and a name");
            return false;
        }
        if (slugify(g.id) != g.id)
            notA(Severity::Warning, p, "id", g.id, "a slug (lower-case letters, digits and '-')", "links to it may break");
        unknownFields(v, p, {"id", "name", "kind", "parent", "status", "description", "topics", "leads", "contacts",
                             "meetings", "links"});
        g.kind = shared(v, "kind", p);
        g.parent = str(v, "parent", p);
        g.status = shared(v, "status", p);
        g.description = str(v, "description", p);
        reserve(v, "topics", g.topics);
        list(v, "topics", p, [&](Value t, const std::string& tp) {
            std::string_view s = stringView(t, Place{tp});
            if (!s.empty()) g.topics.push_back(shared(s));
        });
        reserve(v, "leads", g.leads);
        list(v, "leads", p, [&](Value t, const std::string& tp) {
            bool ok = false;
            Person x = person(t, tp, ok);
            if (ok) g.leads.push_back(std::move(x));
        });
        reserve(v, "contacts", g.contacts);
        list(v, "contacts", p, [&](Value t, const std::string& tp) {
            bool ok = false;
            Contact c = contact(t, tp, ok);
            if (ok) g.contacts.push_back(std::move(c));
        });
        reserve(v, "meetings", g.meetings);
        list(v, "meetings", p, [&](Value t, const std::string& tp) {
            bool ok = false;
            Meeting m = meeting(t, tp, ok);
            if (ok) g.meetings.push_back(std::move(m));
        });
        reserve(v, "links", g.links);
        list(v, "links", p, [&](Value t, const std::string& tp) {
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
    TextPool pool_;  // the values of the fields that repeat, for this load
    bool repairedUtf8_;
    std::string groupId_;
};

}  // namespace wgf::loader
