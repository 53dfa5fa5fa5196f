// What changed between two versions of a registry: the digest kept on the device and the
// comparison the widget and `wgfinder diff` make, with meetings told in the viewer's zone.
#include <doctest/doctest.h>

#include "model/digest.h"
#include "model/load.h"
#include "time/changes.h"
#include "time/civil.h"

using namespace wgf;

namespace {

// Monday 2026-11-23 12:00 UTC (winter on both sides of the Atlantic).
const int64_t kNow = daysFromCivil(2026, 11, 23) * 86400 + 12 * 3600;

Registry load(const std::string& json) {
    LoadResult r = loadRegistry(json);
    REQUIRE_FALSE(r.fatal);
    return r.registry;
}

const char* kBefore = R"J({"version":1,"updated":"2026-11-12","groups":[
  {"id":"security","name":"Security","leads":[{"name":"Ann Lee"},{"name":"Bo Chen"}],
   "contacts":[{"kind":"slack","label":"#security","url":"https://slack.example/security"}],
   "meetings":[{"title":"Regular","schedule":"Wednesdays at 19:00 CET","rrule":"FREQ=WEEKLY;BYDAY=WE","time":"19:00",
                "tz":"Europe/Berlin"}]},
  {"id":"docs","name":"Docs","meetings":[{"schedule":"Tuesdays at 17:00 PT","rrule":"FREQ=WEEKLY;BYDAY=TU",
                "time":"17:00","tz":"America/Los_Angeles"}]},
  {"id":"old","name":"Old Group"}
]})J";

// Security's meeting moved to Thursday 18:00 Berlin, a lead left and one came, the contact is new;
// Docs's meeting is written anew in UTC for the same instants; Old Group went, New Group came.
const char* kAfter = R"J({"version":1,"updated":"2026-11-26","groups":[
  {"id":"security","name":"Security",
   "leads":[{"name":"Ann Lee"},{"name":"Cy Park"}],
   "contacts":[{"kind":"slack","label":"#sec","url":"https://slack.example/sec"}],
   "meetings":[{"title":"Regular","schedule":"Thursdays at 18:00 CET",
                "rrule":"FREQ=WEEKLY;BYDAY=TH","time":"18:00","tz":"Europe/Berlin"}]},
  {"id":"docs","name":"Docs",
   "meetings":[{"schedule":"Wednesdays at 01:00 UTC","rrule":"FREQ=WEEKLY;BYDAY=WE","time":"01:00","tz":"UTC"}]},
  {"id":"new","name":"New Group",
   "meetings":[{"schedule":"Every other Monday","rrule":"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO","time":"09:00",
                "tz":"Europe/Berlin"}]}
]})J";

std::vector<std::string> texts(const RegistryChanges& c) {
    std::vector<std::string> out;
    for (const auto& x : c.changes) out.push_back(x.text());
    return out;
}

RegistryChanges compare(const char* before, const char* after, const char* zone) {
    return compareDigests(digestOf(load(before)), digestOf(load(after)), platformZoneDb(), kNow, zone);
}

}  // namespace

TEST_CASE("changes: groups, leads, contacts and a moved meeting, told in the viewer's zone") {
    RegistryChanges c = compare(kBefore, kAfter, "Europe/Berlin");
    CHECK(texts(c) == std::vector<std::string>{
                          "Security: new lead Cy Park",
                          "Security: Bo Chen is no longer a lead",
                          "Security: new contact https://slack.example/sec",
                          "Security: contact removed: https://slack.example/security",
                          "Security: meeting \"Regular\" moved: was Wed 19:00, now Thu 18:00",
                          "New group: New Group",
                          "Group removed: Old Group",
                      });
    CHECK(c.groups == std::vector<std::string>{"security", "new", "old"});
    CHECK(c.changes[4].kindName() == std::string("meeting-moved"));
    CHECK(c.changes[4].was == "Wed 19:00");
    CHECK(c.changes[4].now == "Thu 18:00");
}

TEST_CASE("changes: a moved meeting in another zone reads in that zone; the same instants are no change") {
    RegistryChanges c = compare(kBefore, kAfter, "America/New_York");
    // Berlin 19:00 is New York 13:00; Docs's Tuesday 17:00 PT is Wednesday 01:00 UTC either way.
    CHECK(texts(c)[4] == "Security: meeting \"Regular\" moved: was Wed 13:00, now Thu 12:00");
    for (const auto& x : c.changes) CHECK(x.group != "docs");
}

TEST_CASE("changes: cadence, week, and a time no longer known are said as such") {
    const char* before = R"J({"version":1,"groups":[{"id":"a","name":"A","meetings":[
      {"title":"Sync","rrule":"FREQ=WEEKLY;BYDAY=MO","time":"09:00","tz":"UTC"},
      {"title":"Deep dive","rrule":"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU","start":"2026-11-24T10:00","tz":"UTC"},
      {"title":"Triage","rrule":"FREQ=WEEKLY;BYDAY=FR","time":"15:00","tz":"UTC"}]}]})J";
    const char* after = R"J({"version":1,"groups":[{"id":"a","name":"A","meetings":[
      {"title":"Sync","rrule":"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO","start":"2026-11-30T09:00","tz":"UTC"},
      {"title":"Deep dive","rrule":"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU","start":"2026-12-01T10:00","tz":"UTC"},
      {"title":"Triage","schedule":"Fridays, time to be announced"}]}]})J";
    CHECK(texts(compare(before, after, "UTC")) ==
          std::vector<std::string>{
              "A: meeting \"Sync\" moved: was weekly, now every other week",
              "A: meeting \"Deep dive\" moved: was Tue 24 Nov 10:00, now Tue 1 Dec 10:00",
              "A: meeting \"Triage\" moved: was Fri 15:00, weekly, now time not known (\"Fridays, time to be announced\")",
          });
}

TEST_CASE("changes: meetings added and removed, a group renamed, nothing when nothing changed") {
    const char* before = R"J({"version":1,"groups":[{"id":"a","name":"A","meetings":[
      {"title":"Sync","rrule":"FREQ=WEEKLY;BYDAY=MO","time":"09:00","tz":"UTC"}]}]})J";
    const char* after = R"J({"version":1,"groups":[{"id":"a","name":"Alpha","meetings":[
      {"title":"Office hours","rrule":"FREQ=WEEKLY;BYDAY=TH","time":"16:00","tz":"UTC"}]}]})J";
    CHECK(texts(compare(before, after, "UTC")) == std::vector<std::string>{
                                                      "Alpha: renamed (was \"A\")",
                                                      "Alpha: new meeting \"Office hours\" (Thu 16:00, weekly)",
                                                      "Alpha: meeting \"Sync\" removed (was Mon 09:00, weekly)",
                                                  });
    CHECK(compare(kAfter, kAfter, "Asia/Tokyo").changes.empty());
}

TEST_CASE("changes: the summary line") {
    CHECK(changesSummary(3, "2026-11-12") == "3 changes since 12 Nov");
    CHECK(changesSummary(1, "2026-11-12") == "1 change since 12 Nov");
    CHECK(changesSummary(2, "") == "2 changes");
}

TEST_CASE("digest: its text reads back as written, and compares as no change") {
    RegistryDigest d = digestOf(load(kBefore));
    d.seen = "2026-11-20";
    std::string text = digestText(d);
    CHECK(text.rfind("wgf-digest 1\t2026-11-12\t2026-11-20\t1\n", 0) == 0);
    auto back = parseDigest(text);
    REQUIRE(back);
    CHECK(back->seen == "2026-11-20");
    CHECK(back->groups.size() == 3);
    CHECK(back->groups[0].leads == std::vector<std::string>{"Ann Lee", "Bo Chen"});
    CHECK(compareDigests(*back, d, platformZoneDb(), kNow, "UTC").changes.empty());
    // Tabs and line breaks in a name cannot break the lines; long fields are cut, and still compare.
    Registry r = load(kBefore);
    r.groups[0].name = "Sec\turity\n" + std::string(400, 'x');
    RegistryDigest odd = digestOf(r);
    auto oddBack = parseDigest(digestText(odd));
    REQUIRE(oddBack);
    CHECK(oddBack->groups[0].name.size() == kDigestMaxFieldBytes);
    CHECK(oddBack->groups[0].name.rfind("Sec urity ", 0) == 0);
    CHECK(compareDigests(*oddBack, odd, platformZoneDb(), kNow, "UTC").changes.empty());
}

TEST_CASE("digest: bounded; an incomplete one reports no group it left out as new") {
    Registry big;
    for (int i = 0; i < 3000; ++i) {
        Group g;
        g.id = "group-" + std::to_string(i);
        g.name = std::string(60, 'n');
        g.leads.push_back({std::string(60, 'l'), "", "", ""});
        big.groups.push_back(g);
    }
    std::string text = digestText(digestOf(big));
    CHECK(text.size() <= kDigestMaxBytes);
    auto kept = parseDigest(text);
    REQUIRE(kept);
    CHECK_FALSE(kept->complete);
    CHECK(kept->groups.size() < big.groups.size());
    CHECK(compareDigests(*kept, digestOf(big), platformZoneDb(), kNow, "UTC").changes.empty());
}

TEST_CASE("digest: what is not a digest is refused; stray lines are skipped") {
    CHECK_FALSE(parseDigest(""));
    CHECK_FALSE(parseDigest("{\"zone\":\"UTC\"}"));
    CHECK_FALSE(parseDigest("wgf-digest 2\t\t\t1\n"));
    auto d = parseDigest("wgf-digest 1\t2026-11-12\t\t1\nl\torphan\ng\ta\tA\nm\tbad\nl\tAnn\nzz\n");
    REQUIRE(d);
    REQUIRE(d->groups.size() == 1);
    CHECK(d->groups[0].leads == std::vector<std::string>{"Ann"});
    CHECK(d->groups[0].meetings.empty());
}
