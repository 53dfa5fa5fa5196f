// The registry loader, specified by what it keeps, what it drops and what it says.
#include <doctest/doctest.h>

#include <algorithm>

#include "model/call_each.h"
#include "model/load.h"
#include "model/text.h"

using namespace wgf;

namespace {

// The first diagnostic whose pointer is `pointer` (or nullptr).
const Diagnostic* at(const LoadResult& r, const std::string& pointer) {
    for (const auto& d : r.diagnostics)
        if (d.pointer == pointer) return &d;
    return nullptr;
}

bool mentions(const LoadResult& r, const std::string& text) {
    return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.toString().find(text) != std::string::npos; });
}

const char* kGood = R"J({
  "version": 1,
  "title": "Example community",
  "about": "Groups of the example project",
  "updated": "2026-11-01",
  "links": [{"label": "Contributing", "url": "https://example.org/contributing"}],
  "groups": [
    {
      "id": "networking", "name": "Networking", "kind": "working-group",
      "description": "Traffic management",
      "topics": ["Pilot integration", "TCP support"],
      "leads": [{"name": "Müller Jürgen", "company": "Example Inc", "github": "@jmueller", "role": "chair"}],
      "contacts": [{"kind": "mailing-list", "label": "net@", "url": "mailto:net@example.org"}],
      "meetings": [{"schedule": "Thursdays at 11:00 PT (biweekly)", "rrule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
                    "start": "2026-01-08T11:00", "tz": "America/Los_Angeles", "durationMinutes": 60,
                    "url": "https://meet.example.org/net"}],
      "links": [{"label": "Charter", "url": "https://example.org/charter"}]
    },
    {"id": "core", "name": "Core", "meetings": [{"schedule": "TBD", "note": "TBD"}]}
  ]
})J";

}  // namespace

TEST_CASE("a valid registry loads every field with no diagnostics") {
    auto r = loadRegistry(kGood);
    CHECK_FALSE(r.fatal);
    CHECK(r.diagnostics.empty());
    REQUIRE(r.registry.groups.size() == 2);
    CHECK(r.registry.title == "Example community");
    CHECK(r.registry.updated == "2026-11-01");
    REQUIRE(r.registry.links.size() == 1);
    const Group& g = r.registry.groups[0];
    CHECK(g.id == "networking");
    CHECK(g.topics == std::vector<Text>{"Pilot integration", "TCP support"});
    REQUIRE(g.leads.size() == 1);
    CHECK(g.leads[0].name == "Müller Jürgen");
    CHECK(g.leads[0].github == "jmueller");  // the '@' is not part of the handle
    CHECK(g.leads[0].role == "chair");
    CHECK(g.contacts[0].url == "mailto:net@example.org");
    REQUIRE(g.meetings.size() == 1);
    CHECK(g.meetings[0].rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH");
    CHECK(g.meetings[0].durationMinutes == 60);
    CHECK(g.meetings[0].hasStructuredTime());
    CHECK(g.links[0].label == "Charter");
    CHECK(r.registry.groups[1].meetings[0].note == "TBD");
    CHECK(r.registry.findGroup("core") == 1);
    CHECK(r.registry.findGroup("nope") == -1);
}

TEST_CASE("writing a model and loading it again gives the same JSON") {
    auto first = loadRegistry(kGood);
    std::string once = registryToJson(first.registry);
    auto second = loadRegistry(once);
    CHECK(second.diagnostics.empty());
    CHECK(registryToJson(second.registry) == once);
    CHECK(once.find("\"version\": 1") != std::string::npos);
}

TEST_CASE("a syntax error is fatal and names line and column") {
    auto r = loadRegistry("{\n  \"version\": 1,\n  \"groups\": [ }\n");
    CHECK(r.fatal);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].column == 15);
    CHECK(r.diagnostics[0].message.find("not valid JSON") != std::string::npos);
}

TEST_CASE("the document must be an object of format version 1") {
    CHECK(loadRegistry("[]").fatal);
    CHECK(loadRegistry("\"text\"").fatal);
    auto v2 = loadRegistry(R"J({"version": 2, "groups": []})J");
    CHECK(v2.fatal);
    CHECK(mentions(v2, "version 1"));
    auto none = loadRegistry(R"J({"groups": []})J");
    CHECK_FALSE(none.fatal);
    CHECK(at(none, "/version") != nullptr);
    CHECK(at(none, "/version")->severity == Severity::Warning);
}

TEST_CASE("one bad group does not sink the others") {
    auto r = loadRegistry(R"J({"version":1,"groups":[
        {"id":"a","name":"A"},
        42,
        {"id":"b"},
        {"name":"No id"},
        {"id":"a","name":"Again A"},
        {"id":"c","name":"C"}]})J");
    CHECK_FALSE(r.fatal);
    REQUIRE(r.registry.groups.size() == 2);
    CHECK(r.registry.groups[0].name == "A");  // the first of two duplicates is kept
    CHECK(r.registry.groups[1].id == "c");
    CHECK(at(r, "/groups/1")->message.find("must be an object, not a number") != std::string::npos);
    CHECK(at(r, "/groups/2/name")->groupId == "b");
    CHECK(at(r, "/groups/3/id") != nullptr);
    CHECK(at(r, "/groups/4/id")->message.find("duplicate id 'a'") != std::string::npos);
    CHECK(hasErrors(r.diagnostics));
}

TEST_CASE("wrong types lose only the value concerned, and the message names the place") {
    auto r = loadRegistry(R"J({"version":1,"groups":[{"id":"sec","name":"Security",
        "description": 7, "topics": ["ok", 3], "leads": [{"name": ["x"]}, {"name":"Ann","company":false}],
        "meetings": [{"schedule":"Mondays", "durationMinutes": "an hour", "start": "next monday"}]}]})J");
    REQUIRE(r.registry.groups.size() == 1);
    const Group& g = r.registry.groups[0];
    CHECK(g.description.empty());
    CHECK(g.topics == std::vector<Text>{"ok"});
    REQUIRE(g.leads.size() == 1);
    CHECK(g.leads[0].name == "Ann");
    CHECK(g.meetings[0].durationMinutes == 0);
    CHECK(g.meetings[0].start.empty());
    const Diagnostic* d = at(r, "/groups/0/leads/0/name");
    REQUIRE(d);
    CHECK(d->groupId == "sec");
    CHECK(d->toString() == "error: /groups/0/leads/0/name (group 'sec'): must be a string, not an array");
    CHECK(at(r, "/groups/0/description") != nullptr);
    CHECK(at(r, "/groups/0/topics/1") != nullptr);
    CHECK(at(r, "/groups/0/leads/1/company") != nullptr);
    CHECK(at(r, "/groups/0/meetings/0/durationMinutes") != nullptr);
    CHECK(at(r, "/groups/0/meetings/0/start") != nullptr);
}

TEST_CASE("unknown fields are warnings, for forward compatibility") {
    auto r = loadRegistry(R"J({"version":1,"colour":"red","groups":[{"id":"a","name":"A","slack/channel":"#a"}]})J");
    CHECK_FALSE(hasErrors(r.diagnostics));
    REQUIRE(r.registry.groups.size() == 1);
    CHECK(at(r, "/colour")->severity == Severity::Warning);
    CHECK(at(r, "/groups/0/slack~1channel") != nullptr);  // JSON pointer escaping
}

TEST_CASE("unsafe links are dropped, relative links kept with a warning") {
    auto r = loadRegistry(R"J({"version":1,"links":[{"label":"x","url":"javascript:alert(1)"},{"label":"Guide","url":"CONTRIBUTING.md"}],
      "groups":[{"id":"a","name":"A",
        "contacts":[{"kind":"slack","label":"#a","url":" JavaScript:alert(1)"},{"kind":"forum","url":"data:text/html,<b>x</b>"}],
        "meetings":[{"schedule":"Mondays","url":"java\tscript:alert(1)","notesUrl":"https://notes.example.org"}]}]})J");
    REQUIRE(r.registry.links.size() == 1);
    CHECK(r.registry.links[0].url == "CONTRIBUTING.md");
    CHECK(at(r, "/links/1/url")->severity == Severity::Warning);
    CHECK(at(r, "/links/0/url")->message.find("only http(s) and mailto") != std::string::npos);
    const Group& g = r.registry.groups[0];
    REQUIRE(g.contacts.size() == 1);  // the slack label survives without its unsafe url
    CHECK(g.contacts[0].label == "#a");
    CHECK(g.contacts[0].url.empty());
    CHECK(g.meetings[0].url.empty());
    CHECK(g.meetings[0].notesUrl == "https://notes.example.org");
    CHECK(at(r, "/groups/0/meetings/0/url")->severity == Severity::Error);
}

TEST_CASE("invalid UTF-8 is replaced, reported at its line, and the registry still loads") {
    std::string text = "{\"version\":1,\n\"groups\":[{\"id\":\"a\",\"name\":\"Bad \xC3\x28 name\"}]}";
    auto r = loadRegistry(text);
    CHECK_FALSE(r.fatal);
    REQUIRE(r.registry.groups.size() == 1);
    CHECK(r.registry.groups[0].name == "Bad \xEF\xBF\xBD( name");
    CHECK(r.diagnostics[0].line == 2);
    CHECK(at(r, "/groups/0/name") != nullptr);
}

TEST_CASE("limits: huge strings are cut with a message, deep nesting and oversized input refused") {
    LoadLimits small;
    small.maxStringBytes = 16;
    small.maxGroups = 2;
    auto r = loadRegistry(R"J({"version":1,"groups":[{"id":"a","name":"A name that is far too long for the limit"},
                             {"id":"b","name":"B"},{"id":"c","name":"C"}]})J", small);
    REQUIRE(r.registry.groups.size() == 2);
    CHECK(r.registry.groups[0].name.size() <= 16);
    CHECK(at(r, "/groups/0/name")->message.find("cut short") != std::string::npos);
    CHECK(at(r, "/groups")->message.find("limit of 2") != std::string::npos);

    auto deep = loadRegistry(std::string(100000, '[') + std::string(100000, ']'));
    CHECK(deep.fatal);
    CHECK(deep.diagnostics[0].message.find("nesting deeper") != std::string::npos);

    LoadLimits tiny;
    tiny.maxBytes = 10;
    CHECK(loadRegistry(kGood, tiny).fatal);
}

TEST_CASE("dates and times must be well formed") {
    auto r = loadRegistry(R"J({"version":1,"updated":"last week","groups":[{"id":"a","name":"A",
        "meetings":[{"schedule":"x","time":"25:00","rrule":"every week"}]}]})J");
    CHECK(r.registry.updated.empty());
    CHECK(at(r, "/updated") != nullptr);
    CHECK(r.registry.groups[0].meetings[0].time.empty());
    CHECK(r.registry.groups[0].meetings[0].rrule.empty());
}

TEST_CASE("a parent must name another group") {
    auto r = loadRegistry(R"J({"version":1,"groups":[{"id":"sig-net","name":"SIG Network"},
        {"id":"gateway-api","name":"Gateway API","kind":"subproject","parent":"sig-net"},
        {"id":"orphan","name":"Orphan","parent":"nowhere"}]})J");
    CHECK(r.registry.groups.size() == 3);
    CHECK(r.registry.groups[1].parent == "sig-net");
    CHECK(mentions(r, "parent 'nowhere'"));
}

TEST_CASE("links are classified as a browser would parse them") {
    CHECK(classifyLink("https://example.org") == LinkKind::Safe);
    CHECK(classifyLink("HTTP://EXAMPLE.ORG") == LinkKind::Safe);
    CHECK(classifyLink("mailto:a@example.org") == LinkKind::Safe);
    CHECK(classifyLink("docs/x.md") == LinkKind::Relative);
    CHECK(classifyLink("#anchor") == LinkKind::Relative);
    CHECK(classifyLink("") == LinkKind::Empty);
    CHECK(classifyLink("javascript:alert(1)") == LinkKind::Unsafe);
    CHECK(classifyLink("  jav\nascript:alert(1)") == LinkKind::Unsafe);
    CHECK(classifyLink("data:text/html,x") == LinkKind::Unsafe);
    CHECK(classifyLink("vbscript:x") == LinkKind::Unsafe);
    CHECK(classifyLink("file:///etc/passwd") == LinkKind::Unsafe);
    CHECK(classifyLink("https:evil") == LinkKind::Unsafe);
    // Tabs and newlines anywhere, controls and spaces at either end: as the browser drops them.
    CHECK(classifyLink("ht\ttp\rs://example.org") == LinkKind::Safe);
    CHECK(classifyLink("\x01 https://example.org \x1F") == LinkKind::Safe);
    CHECK(classifyLink(" \t\n ") == LinkKind::Empty);
    // The scheme is compared whole and without case.
    CHECK(classifyLink("MailTo:a@example.org") == LinkKind::Safe);
    CHECK(classifyLink("mailto:") == LinkKind::Unsafe);
    CHECK(classifyLink("httpss://example.org") == LinkKind::Unsafe);
    CHECK(classifyLink("htt://example.org") == LinkKind::Unsafe);
    CHECK(classifyLink("http") == LinkKind::Relative);
}

TEST_CASE("slugs and UTF-8 helpers") {
    CHECK(slugify("Test & Release") == "test-release");
    CHECK(slugify("  API Management ") == "api-management");
    CHECK(findInvalidUtf8("plain ascii") == std::string_view::npos);
    CHECK(findInvalidUtf8("Müller") == std::string_view::npos);
    CHECK(findInvalidUtf8("\xED\xA0\x80") == 0);   // a surrogate
    CHECK(findInvalidUtf8("ab\xC0\xAF") == 2);     // an overlong '/'
    CHECK(repairUtf8("a\xFFz") == "a\xEF\xBF\xBDz");
}

TEST_CASE("invalid UTF-8 is found at its byte, wherever it is in a long ASCII text") {
    for (size_t at = 0; at < 40; ++at) {
        std::string s(40, 'a');
        s[at] = '\xFF';
        CHECK(findInvalidUtf8(s) == at);
        s[at] = 'a';
        s.replace(at, 1, "\xC3\xA9");  // a two-byte character wherever it falls among the ASCII
        CHECK(findInvalidUtf8(s) == std::string_view::npos);
        s += "\xC3";  // cut short at the very end
        CHECK(findInvalidUtf8(s) == s.size() - 1);
    }
}

TEST_CASE("nesting is counted outside strings only, escaped quotes included") {
    LoadLimits shallow;
    shallow.maxDepth = 3;
    auto ok = loadRegistry(R"J({"version":1,"title":"[[[[ \" [[[[ \\","groups":[{"id":"a","name":"{{{{"}]})J", shallow);
    CHECK_FALSE(ok.fatal);
    CHECK(ok.registry.title == "[[[[ \" [[[[ \\");
    auto deep = loadRegistry(R"J({"version":1,"title":"\\","groups":[{"id":"a","name":"A","topics":[["x"]]}]})J", shallow);
    REQUIRE(deep.fatal);
    CHECK(deep.diagnostics[0].toString() == "error: line 1, column 67: nesting deeper than 3 levels");
}

TEST_CASE("text: UTF-8 steps never cut a character") {
    const std::string s = "a\xC3\xA9\xE6\x97\xA5z";  // a, é (2 bytes), 日 (3 bytes), z
    CHECK(utf8Length(s) == 4);
    CHECK(utf8CharStart(s, 2) == 1);   // inside é
    CHECK(utf8CharStart(s, 5) == 3);   // inside 日
    CHECK(utf8CharStart(s, 99) == s.size());
    CHECK(utf8NextCharStart(s, 2) == 3);
    CHECK(utf8NextCharStart(s, 4) == 6);
    CHECK(utf8PrefixBytes(s, 0) == 0);
    CHECK(utf8PrefixBytes(s, 2) == 3);
    CHECK(utf8PrefixBytes(s, 3) == 6);
    CHECK(utf8PrefixBytes(s, 10) == s.size());
    CHECK(utf8Length(std::string_view()) == 0);
    CHECK(utf8CharStart("\x80\x80", 1) == 0);  // stray continuation bytes: back to the start
}

TEST_CASE("the registry's feed folder: kept when http(s) or relative, refused otherwise") {
    LoadResult r = loadRegistry(R"({"version":1,"feeds":" calendars/ ","groups":[{"id":"a","name":"A"}]})");
    CHECK(r.registry.feeds == "calendars/");
    CHECK(r.diagnostics.empty());
    CHECK(registryToJson(r.registry, -1).find("\"feeds\":\"calendars/\"") != std::string::npos);
    for (const char* bad : {"javascript:alert(1)", "mailto:cal@example.org", "webcal://example.org/c/"}) {
        LoadResult b = loadRegistry(std::string(R"({"version":1,"feeds":")") + bad + R"(","groups":[{"id":"a","name":"A"}]})");
        CHECK_MESSAGE(b.registry.feeds.empty(), bad);
        REQUIRE(at(b, "/feeds"));
        CHECK(at(b, "/feeds")->message.find("is not a folder's address") != std::string::npos);
    }
}

TEST_CASE("the rare cases' messages, word for word and at their place") {
    // Each message below is built out of line (load_reader.h): this pins what each one says.
    auto r = loadRegistry(R"J({"version":1,"links":[{"label":"no url"}],"groups":[
      {"id":"Not A Slug","name":"Slug","topics":"one","leads":["x"],"contacts":[{"kind":"chat"}],
       "meetings":[{"rrule":"WEEKLY","start":"tomorrow","time":"9am","durationMinutes":"an hour","anchor":"soon",
                    "status":"sometimes","skip":[{"date":"23 Dec"}],"extra":[{"start":"2026-12-30"}],
                    "rotation":[{"day":"Thursday","time":"10:00"},{"day":"TH","time":"10"}],
                    "url":"meet/now","notesUrl":"javascript:alert(1)"},
                   {"durationMinutes":0}]},
      {"id":"b","name":""},{"name":"C"},{"id":"d","name":"D","description":7}]})J");
    auto message = [&](const std::string& pointer) {
        const Diagnostic* d = at(r, pointer);
        return d ? d->message : std::string("(none)");
    };
    const std::string g = "/groups/0", m = g + "/meetings/0";
    CHECK(message("/links/0/url") == "a link needs a url; it was left out");
    CHECK(message(g + "/id") == "'Not A Slug' is not a slug (lower-case letters, digits and '-'); links to it may break");
    CHECK(message(g + "/topics") == "must be a list, not a string");
    CHECK(message(g + "/leads/0") == "must be an object, not a string; it was left out");
    CHECK(message(g + "/contacts/0") == "a contact needs a url or a label; it was left out");
    CHECK(message(m + "/rrule") == "'WEEKLY' is not a recurrence rule (it needs FREQ=...); it was left out");
    CHECK(message(m + "/start") == "'tomorrow' is not a local date-time YYYY-MM-DDTHH:MM; it was left out");
    CHECK(message(m + "/time") == "'9am' is not a time HH:MM; it was left out");
    CHECK(message(m + "/durationMinutes") == "must be a whole number of minutes from 1 to 1440, not 'an hour'");
    CHECK(message(g + "/meetings/1/durationMinutes") == "must be a whole number of minutes from 1 to 1440, not 0");
    CHECK(message(g + "/meetings/1") == "a meeting with neither a schedule, an rrule nor a note tells a reader nothing");
    CHECK(message(m + "/anchor") == "'soon' is not a date YYYY-MM-DD; it was left out");
    CHECK(message(m + "/status") == "'sometimes' is not one of 'active', 'paused', 'ended'; it was left out");
    CHECK(message(m + "/skip/0/date") == "'23 Dec' is not a date YYYY-MM-DD; this skipped date was left out");
    CHECK(message(m + "/extra/0/start") == "'2026-12-30' is not a local date-time YYYY-MM-DDTHH:MM; this extra date was left out");
    CHECK(message(m + "/rotation/0/day") == "'Thursday' is not a weekday MO, TU, WE, TH, FR, SA or SU; this slot was left out");
    CHECK(message(m + "/rotation/1/time") == "'10' is not a time HH:MM; this slot was left out");
    CHECK(message(m + "/url") == "link 'meet/now' has no scheme; it is resolved against the registry's address");
    CHECK(message(m + "/notesUrl") == "link 'javascript:alert(1)' was dropped: only http(s) and mailto links are allowed");
    CHECK(message("/groups/1/name") == "'name' must not be empty");
    CHECK(message("/groups/1") == "the group was left out: it needs an id and a name");
    CHECK(message("/groups/2/id") == "'id' is required");
    CHECK(message("/groups/3/description") == "must be a string, not a number");
}

TEST_CASE("callEach calls its function once for each index, in order") {
    std::vector<size_t> seen;
    auto note = [&](size_t i) { seen.push_back(i); };
    callEach(0, note);
    CHECK(seen.empty());
    callEach(1, note);
    CHECK(seen == std::vector<size_t>{0});
    seen.clear();
    callEach(4, note);
    CHECK(seen == std::vector<size_t>{0, 1, 2, 3});
}
