// Calendar feeds for a static site: their file names, their addresses in the registry's feed
// folder, and what each holds.
#include <doctest/doctest.h>

#include "model/load.h"
#include "time/civil.h"
#include "time/feeds.h"

using namespace wgf;

TEST_CASE("feeds: a group's file is named by its id, never outside the folder") {
    CHECK(feedFileName("security") == "security.ics");
    CHECK(feedFileName("Test_Release.v2") == "Test_Release.v2.ics");
    for (const char* bad : {"", "../up", "a/b", ".hidden", "all", "caf\xC3\xA9", "a b", "a\\b"})
        CHECK_MESSAGE(feedFileName(bad).empty(), bad);
}

TEST_CASE("feeds: a group's address in the registry's feed folder") {
    Registry r;
    CHECK(feedUrl(r, "security").empty());  // no folder named: no feed
    r.feeds = "calendars";
    CHECK(feedUrl(r, "security") == "calendars/security.ics");
    r.feeds = "https://example.org/wg/calendars/";
    CHECK(feedUrl(r, "security") == "https://example.org/wg/calendars/security.ics");
    CHECK(feedUrl(r, "../up").empty());
}

TEST_CASE("feeds: one per group named for it, then all; meetings left out are said once") {
    LoadResult loaded = loadRegistry(R"J({"version":1,"title":"Example WGs","groups":[
      {"id":"a","name":"Alpha","meetings":[{"rrule":"FREQ=WEEKLY;BYDAY=MO","time":"10:00","tz":"UTC"}]},
      {"id":"b c","name":"Bad id","meetings":[{"rrule":"FREQ=WEEKLY;BYDAY=TU","time":"10:00","tz":"UTC"}]},
      {"id":"d","name":"Delta","meetings":[{"schedule":"now and then"}]}]})J");
    REQUIRE_FALSE(loaded.fatal);
    IcsOptions o;
    o.nowUtc = *parseUtcInstant("2025-03-01T00:00Z");
    FeedSet set = icsFeeds(loaded.registry, platformZoneDb(), o);
    REQUIRE(set.feeds.size() == 3);
    CHECK(set.feeds[0].fileName == "a.ics");
    CHECK(set.feeds[0].ics.events == 1);
    CHECK(set.feeds[0].ics.text.find("X-WR-CALNAME:Example WGs: Alpha\r\n") != std::string::npos);
    CHECK(set.feeds[0].ics.text.find("REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n") != std::string::npos);
    CHECK(set.feeds[1].fileName == "d.ics");
    CHECK(set.feeds[1].ics.events == 0);
    CHECK(set.feeds[2].fileName == "all.ics");
    CHECK(set.feeds[2].ics.events == 2);
    CHECK(set.feeds[2].ics.text.find("X-WR-CALNAME:Example WGs\r\n") != std::string::npos);
    CHECK(set.feeds[2].ics.text.find("UID:a-0@example-wgs\r\n") != std::string::npos);
    REQUIRE(set.diagnostics.size() == 2);
    CHECK(set.diagnostics[0].pointer == "/groups/1/id");
    CHECK(set.diagnostics[1].pointer == "/groups/2/meetings/0");
}
