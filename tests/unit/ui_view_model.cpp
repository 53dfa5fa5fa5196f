// What the widget shows, decided without drawing: order, selection, filters, local times, links.
#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "model/load.h"
#include "query/engine.h"
#include "time/civil.h"
#include "ui/view_model.h"

using namespace wgf;
using namespace wgf::ui;

#include "ui_fixture.h"

using namespace wgf::ui::testing;

TEST_CASE("with no query every group shows, in the registry's order") {
    auto vm = makeModel();
    CHECK(ids(vm) == std::vector<std::string>{"security", "networking", "api", "core"});
}

TEST_CASE("sorting by name and by next meeting") {
    auto vm = makeModel();
    vm.setSort(SortOrder::Name);
    CHECK(ids(vm) == std::vector<std::string>{"api", "core", "networking", "security"});
    vm.setSort(SortOrder::NextMeeting);
    // From Monday 12:00 UTC: Tuesday 17:00 PT (Wed 01:00 UTC) comes before Wednesday 11:00 PT; the
    // biweekly meeting has no start (week unknown) and TBD has no time: both last, by name.
    CHECK(ids(vm) == std::vector<std::string>{"networking", "security", "api", "core"});
}

TEST_CASE("the query narrows and ranks") {
    auto vm = makeModel();
    vm.setQuery("google");
    CHECK(ids(vm).size() == 2);
    vm.setQuery("muller");
    CHECK(ids(vm) == std::vector<std::string>{"api"});
    vm.setVisibleRows(0, 10);
    auto spans = vm.spans(static_cast<uint32_t>(vm.registry().findGroup("api")));
    REQUIRE_FALSE(spans.empty());
    CHECK(spanPath(spans[0]) == "leads[0].name");
}

TEST_CASE("next meetings are shown in the viewer's zone, with the day it is there") {
    auto vm = makeModel("Asia/Tokyo");
    // Tuesday 17:00 in Los Angeles (PST, UTC-8) is Wednesday 10:00 in Tokyo.
    const NextMeeting& n = vm.next(static_cast<uint32_t>(vm.registry().findGroup("networking")));
    REQUIRE(n.known());
    CHECK(n.when == "Wed 25 Nov 10:00");
    // A biweekly meeting without a start date gets no guessed date.
    const NextMeeting& b = vm.next(static_cast<uint32_t>(vm.registry().findGroup("api")));
    CHECK_FALSE(b.known());
    CHECK(b.note.find("which week is not given") != std::string::npos);
    // The day facet is the viewer's day: Wednesday in Tokyo.
    vm.toggleFacet(FacetKind::Day, "wed");
    auto shown = ids(vm);
    CHECK(std::find(shown.begin(), shown.end(), "networking") != shown.end());
}

TEST_CASE("changing the viewer's zone moves the day") {
    auto vm = makeModel("America/Los_Angeles");
    vm.toggleFacet(FacetKind::Day, "wed");
    auto la = ids(vm);
    CHECK(std::find(la.begin(), la.end(), "networking") == la.end());
    vm.setViewerZone("Asia/Tokyo");
    auto tokyo = ids(vm);
    CHECK(std::find(tokyo.begin(), tokyo.end(), "networking") != tokyo.end());
    vm.setViewerZone("Mars/Olympus");  // unknown zones are refused
    CHECK(vm.viewerZone() == "Asia/Tokyo");
}

TEST_CASE("fits my hours keeps groups meeting inside the viewer's window") {
    auto vm = makeModel("Europe/Berlin");
    vm.setHours(8 * 60, 20 * 60);
    vm.setFitsHoursOnly(true);
    // Security: Wed 11:00 PT = 20:00 Berlin, ending 21:00: outside. Networking: 02:00: outside.
    // API: 09:00 Berlin: inside.
    CHECK(ids(vm) == std::vector<std::string>{"api"});
}

TEST_CASE("selection follows the keyboard and stays within the results") {
    auto vm = makeModel();
    vm.moveSelection(+1);
    CHECK(vm.selected() == "security");
    vm.moveSelection(+1);
    CHECK(vm.selected() == "networking");
    vm.moveSelection(+10);
    CHECK(vm.selected() == "core");
    vm.moveSelection(-1);
    CHECK(vm.selected() == "api");
    vm.select("nope");
    CHECK(vm.selected() == "api");
    vm.select("");
    CHECK(vm.selectedGroup() == -1);
}

TEST_CASE("the shareable state round-trips through the URL fragment") {
    auto vm = makeModel("Europe/Berlin");
    vm.setQuery("lead:ann \"a b\"");
    vm.select("security");
    vm.toggleFacet(FacetKind::Day, "wed");
    vm.toggleFacet(FacetKind::Company, "Google & Co");
    vm.setSort(SortOrder::Name);
    vm.setFitsHoursOnly(true);
    std::string state = vm.shareState();
    CHECK(state.find("q=lead%3Aann%20%22a%20b%22") != std::string::npos);
    CHECK(state.find("tz=Europe%2FBerlin") != std::string::npos);

    auto other = makeModel("UTC");
    CHECK(other.applyShareState(state));
    CHECK(other.query() == "lead:ann \"a b\"");
    CHECK(other.selected() == "security");
    CHECK(other.viewerZone() == "Europe/Berlin");
    CHECK(other.facetSelected(FacetKind::Day, "wed"));
    CHECK(other.facetSelected(FacetKind::Company, "Google & Co"));
    CHECK(other.sort() == SortOrder::Name);
    CHECK(other.fitsHoursOnly());
    CHECK(other.shareState() == state);
    CHECK_FALSE(other.applyShareState(state));  // nothing changes the second time
}

TEST_CASE("a failed update keeps the last good registry") {
    auto vm = makeModel();
    auto bad = loadRegistry("{ not json");
    vm.setRegistry(std::move(bad.registry), std::move(bad.diagnostics), true);
    CHECK(vm.registry().groups.size() == 4);
    CHECK_FALSE(vm.failedUpdate().empty());
}

TEST_CASE("picked groups make one calendar") {
    auto vm = makeModel();
    vm.togglePick("security");
    vm.togglePick("networking");
    std::string ics = vm.calendar({});
    CHECK(ics.find("BEGIN:VCALENDAR") == 0);
    size_t events = 0;
    for (size_t p = ics.find("BEGIN:VEVENT"); p != std::string::npos; p = ics.find("BEGIN:VEVENT", p + 1)) ++events;
    CHECK(events == 2);
    vm.togglePick("security");
    CHECK(vm.picks().size() == 1);
}

TEST_CASE("percent-encoding keeps unreserved characters") {
    CHECK(percentEncode("a b/c") == "a%20b%2Fc");
    CHECK(percentDecode("a%20b%2Fc") == "a b/c");
    CHECK(percentDecode("100%") == "100%");
    CHECK(formatMinutes(8 * 60 + 5) == "08:05");
}

TEST_CASE("a long result list is ranked as it is scrolled, in the order ranking everything gives") {
    // 1,000 groups that all match "storage", with different scores (the word repeated 1-7 times).
    std::string json = R"({"version":1,"title":"Many","groups":[)";
    for (int i = 0; i < 1000; ++i) {
        std::string words;
        for (int k = 0; k <= (i * 7919) % 7; ++k) words += " storage";
        if (i) json += ',';
        json.append(R"({"id":"g)").append(std::to_string(i)).append(R"(","name":"Team )").append(std::to_string(i));
        json.append(R"(","description":"About)").append(words).append(R"("})");
    }
    json += "]}";
    auto loaded = loadRegistry(json);
    REQUIRE(loaded.registry.groups.size() == 1000);
    SearchIndex reference(loaded.registry);
    QueryOptions all;
    all.limit = 1000;
    QueryResult expected = reference.search("storage", all);
    REQUIRE(expected.hits.size() == 1000);

    ViewModel vm(platformZoneDb());
    vm.setNow(kNow);
    vm.setRegistry(std::move(loaded.registry), {}, false);
    vm.setQuery("storage");
    CHECK(vm.rowCount() == 1000);
    CHECK(vm.result().total == 1000);
    CHECK(vm.result().hits.size() < 1000);  // a keystroke ranks a first page only

    // Scrolling to the end fetches the rows on the way, in the reference order.
    vm.setVisibleRows(990, 1000);
    std::vector<uint32_t> shown, ranked;
    for (size_t row = 0; row < 1000; ++row) shown.push_back(vm.row(row));
    for (const Hit& h : expected.hits) ranked.push_back(h.group);
    CHECK(shown == ranked);
    CHECK_FALSE(vm.spans(vm.row(995)).empty());

    // Keys move through every row; the last one is reachable.
    vm.setQuery("storage ");  // same results, a fresh first page
    vm.select(vm.registry().groups[vm.row(0)].id);
    vm.moveSelection(5000);
    CHECK(vm.selected() == vm.registry().groups[expected.hits[999].group].id);

    // A selection from a shared link finds its row even far down the list.
    vm.applyShareState("q=storage&g=" + vm.registry().groups[expected.hits[700].group].id);
    CHECK(vm.selectedRow() == 700);
    CHECK(vm.order().size() == 1000);
}

TEST_CASE("the screen's facets are the command-line tool's: one set of meeting facts") {
    // The widget (view model) and `wgfinder query --zone` (groupTimeFacts into the index) must
    // count the same days and cadences for the same registry, zone and time.
    ViewModel vm = makeModel("Asia/Tokyo");
    const QueryResult& screen = vm.result();
    auto r = loadRegistry(kRegistry);
    SearchIndex index(r.registry);
    std::vector<GroupTimeFacts> facts;
    for (const Group& g : r.registry.groups) facts.push_back(groupTimeFacts(g, platformZoneDb(), kNow, "Asia/Tokyo"));
    index.setMeetingFacts(std::move(facts));
    QueryResult cli = index.search("");
    auto counts = [](const std::vector<FacetValue>& v) {
        std::vector<std::pair<std::string, size_t>> out;
        for (const auto& x : v) out.emplace_back(x.value, x.count);
        return out;
    };
    CHECK(counts(screen.facets.days) == counts(cli.facets.days));
    CHECK(counts(screen.facets.cadences) == counts(cli.facets.cadences));
    // In Tokyo: Security Thursday 04:00, Networking Wednesday 10:00, API Management Monday 17:00.
    CHECK(counts(cli.facets.days) == std::vector<std::pair<std::string, size_t>>{{"mon", 1}, {"wed", 1}, {"thu", 1}});
    CHECK(counts(cli.facets.cadences) == std::vector<std::pair<std::string, size_t>>{{"weekly", 2}, {"biweekly", 1}});
}

// ---- the page's search() and the screen's decisions (moved out of the drawing code) ----------

TEST_CASE("the page's search() answers as the screen does: days in the viewer's zone") {
    // Networking meets Tuesdays 17:00 in Los Angeles: Wednesday morning in Tokyo.
    auto vm = makeModel("Asia/Tokyo");
    auto found = [&](const char* q) {
        auto j = nlohmann::json::parse(vm.searchJson(q, 10));
        std::vector<std::string> out;
        for (const auto& r : j["results"]) out.push_back(r["id"].get<std::string>());
        return out;
    };
    CHECK(found("day:wed") == std::vector<std::string>{"networking"});  // Security's Wednesday 11:00 PT is Thursday here
    CHECK(found("day:tue").empty());
    vm.setQuery("day:wed");
    CHECK(ids(vm) == found("day:wed"));
    vm.setViewerZone("America/Los_Angeles");
    CHECK(found("day:tue") == std::vector<std::string>{"networking"});
}

TEST_CASE("announcements: said once per change of the query or the count") {
    auto vm = makeModel();
    CHECK(vm.takeAnnouncement() == "4 groups found");
    CHECK(vm.takeAnnouncement() == "");
    vm.setQuery("security");
    CHECK(vm.takeAnnouncement() == "1 group found");
    vm.setQuery("zzzzqqq");
    CHECK(vm.takeAnnouncement() == "No groups found");
}

TEST_CASE("the zone picker offers every zone, found by city, country or offset; the likely ones first") {
    auto vm = makeModel("Asia/Tokyo");
    vm.setZones(readZoneTab("JP\t+353916+1394441\tAsia/Tokyo\nIN\t+2232+08822\tAsia/Kolkata\n"
                            "US\t+404251-0740023\tAmerica/New_York\nDE\t+5230+01322\tEurope/Berlin\n"
                            "US\t+340308-1181434\tAmerica/Los_Angeles\n",
                            "JP\tJapan\nIN\tIndia\nUS\tUnited States\nDE\tGermany\n"));
    vm.setZones({{"Mars/Olympus", "", ""}, {"UTC", "", ""}});  // a name the platform does not know is never offered
    auto zones = [&](const std::string& filter) {
        std::vector<std::string> out;
        for (const auto& o : vm.zoneOptions(filter)) out.push_back(o.zone);
        return out;
    };
    // Without a filter: the viewer's zone, the registry's, UTC, then every other zone by name.
    CHECK(zones("") == std::vector<std::string>{"Asia/Tokyo", "America/Los_Angeles", "Europe/Berlin", "UTC",
                                                "America/New_York", "Asia/Kolkata"});
    CHECK(zones("tokyo") == std::vector<std::string>{"Asia/Tokyo"});
    CHECK(zones("JAPAN") == std::vector<std::string>{"Asia/Tokyo"});
    CHECK(zones("new york") == std::vector<std::string>{"America/New_York"});
    CHECK(zones("india") == std::vector<std::string>{"Asia/Kolkata"});
    CHECK(zones("+05:30") == std::vector<std::string>{"Asia/Kolkata"});
    CHECK(zones("united states") == std::vector<std::string>{"America/Los_Angeles", "America/New_York"});
    CHECK(zones("atlantis").empty());
    // The label says the country and the offset now: Monday 23 November, standard time.
    auto berlin = vm.zoneOptions("berlin");
    REQUIRE(berlin.size() == 1);
    CHECK(berlin[0].label == "Europe/Berlin \xC2\xB7 Germany \xC2\xB7 UTC+01:00");
    CHECK(vm.zoneOptions("utc")[0].label == "UTC \xC2\xB7 UTC+00:00");
    // In July, summer time.
    vm.setNow(daysFromCivil(2026, 7, 1) * 86400);
    CHECK(vm.zoneOptions("berlin")[0].label == "Europe/Berlin \xC2\xB7 Germany \xC2\xB7 UTC+02:00");
    CHECK_FALSE(vm.zonesWithoutCountries());
}

TEST_CASE("the tz database's zone.tab and iso3166.tab are read as the picker's zones") {
    auto zones = readZoneTab("# comment\nJP\t+353916+1394441\tAsia/Tokyo\r\nbad line\nXX\t+0\tEtc/Nowhere\tcomment\n",
                             "# names\nJP\tJapan\n");
    REQUIRE(zones.size() == 2);
    CHECK(zones[0].zone == "Asia/Tokyo");
    CHECK(zones[0].countryCode == "JP");
    CHECK(zones[0].country == "Japan");
    CHECK(zones[1].zone == "Etc/Nowhere");
    CHECK(zones[1].country == "");
    // This platform's own, and UTC: natively the system's zone.tab with its countries; in the
    // browser (and node) Intl's zones, whose countries the web layer adds when the picker opens.
    auto mine = platformZones();
    auto tokyo = std::find_if(mine.begin(), mine.end(), [](const ZoneEntry& e) { return e.zone == "Asia/Tokyo"; });
    REQUIRE(tokyo != mine.end());
#ifdef __EMSCRIPTEN__
    CHECK(tokyo->country.empty());
#else
    CHECK(tokyo->country == "Japan");
#endif
    CHECK(std::any_of(mine.begin(), mine.end(), [](const ZoneEntry& e) { return e.zone == "UTC"; }));
}

TEST_CASE("Copy link: the share state with that group selected, the rest of the view kept") {
    auto vm = makeModel("Europe/Berlin");
    vm.setQuery("lead:ann");
    std::string link = vm.linkState("networking");
    CHECK(link.find("g=networking") != std::string::npos);
    CHECK(link.find("q=lead%3Aann") != std::string::npos);
    CHECK(link.find("tz=Europe%2FBerlin") != std::string::npos);
    auto other = makeModel("UTC");
    CHECK(other.applyShareState(link));
    CHECK(other.selected() == "networking");
    CHECK(other.query() == "lead:ann");
}

TEST_CASE("characters typed on the frame '/' focused the search are typed again, without the '/'") {
    CHECK(textToRetype({'/', 's', 'e', 'c'}) == "sec");
    CHECK(textToRetype({'/', 0x00E9, 't', 0x65E5}) == "\xC3\xA9t\xE6\x97\xA5");
    CHECK(textToRetype({'a', '/', 'b'}) == "a/b");  // only a leading '/' asked for the focus
    CHECK(textToRetype({}) == "");
}

TEST_CASE("a meeting whose week is not given shows its day and time, and the visitor may say which week") {
    auto vm = makeModel("Asia/Tokyo");
    const uint32_t api = static_cast<uint32_t>(vm.registry().findGroup("api"));
    // Every other Monday 09:00 Berlin (CET) is Monday 17:00 in Tokyo; which Monday is not given.
    const NextMeeting& b = vm.next(api);
    CHECK_FALSE(b.known());
    CHECK(b.weekUnknown);
    CHECK(b.when == "Mon 17:00");
    CHECK(vm.nextText(api) == "Mon 17:00 \xC2\xB7 every other week (which week is not given)");
    CHECK(vm.rowText(api) == "API Management. Leads: Cy M\xC3\xBCller (Google). Meets Mon 17:00, every other week (which week is not given)");
    // The two Mondays it may fall on (today's has ended).
    OccurrenceList up = vm.upcoming(api, 0, 3);
    CHECK(up.items.empty());
    CHECK(up.period == 2);
    REQUIRE(up.candidates.size() >= 2);
    CHECK(formatDate(up.candidates[0]) == "Mon 30 Nov");
    CHECK(formatDate(up.candidates[1]) == "Mon 7 Dec");

    // The visitor knows it is the 7th: from then on it is a meeting like any other.
    vm.setWeekChoice(api, 0, startOf(up.candidates[1]));
    CHECK(vm.weekChosen(api, 0));
    CHECK(vm.next(api).known());
    CHECK(vm.next(api).when == "Mon 7 Dec 17:00");
    up = vm.upcoming(api, 0, 2);
    REQUIRE(up.items.size() == 2);
    CHECK(formatOccurrence(up.items[1]) == "Mon 21 Dec 17:00");
    CHECK(vm.deviceVersion() == 1);
    const std::string kept = vm.deviceState();
    CHECK(kept == R"({"weeks":{"api|FREQ=WEEKLY;INTERVAL=2;BYDAY=MO||09:00|Europe/Berlin|0":"2026-12-07T09:00"}})");

    // Kept on the device: the next visit knows it.
    auto later = makeModel("Asia/Tokyo");
    later.applyDeviceState(kept);
    CHECK(later.next(api).when == "Mon 7 Dec 17:00");
    CHECK(later.deviceVersion() == 0);  // nothing new to keep

    // Only a date the meeting may fall on, at its time, and only for a meeting whose week is unknown.
    vm.setWeekChoice(api, 0, "2026-12-08T09:00");  // a Tuesday
    vm.setWeekChoice(api, 0, "2026-12-14T10:00");  // not its time
    vm.setWeekChoice(api, 0, "14 Dec");
    const uint32_t security = static_cast<uint32_t>(vm.registry().findGroup("security"));
    vm.setWeekChoice(security, 0, "2026-12-02T11:00");  // weekly: there is no week to choose
    CHECK_FALSE(vm.weekChosen(security, 0));
    CHECK(vm.deviceState() == kept);
    CHECK(vm.deviceVersion() == 1);

    // Forgotten on request, and when the schedule changes.
    vm.setWeekChoice(api, 0, "");
    CHECK(vm.next(api).weekUnknown);
    CHECK(vm.deviceState() == "{}");
    auto changed = loadRegistry(std::string(kRegistry).replace(std::string(kRegistry).find("\"09:00\""), 7, "\"10:00\""));
    later.setRegistry(std::move(changed.registry), {}, false);
    CHECK(later.next(api).weekUnknown);
    CHECK(later.next(api).when == "Mon 18:00");
}

TEST_CASE("the calendar file says what it holds, what is tentative and what was left out") {
    auto vm = makeModel("Asia/Tokyo");
    const uint32_t api = static_cast<uint32_t>(vm.registry().findGroup("api"));
    CalendarFile one = vm.calendarFile({"api"}, "api.ics");
    CHECK(one.events == 1);
    CHECK(one.tentative == 1);
    CHECK(one.summary == "1 meeting in api.ics. Which week is not known for API Management: marked tentative on every "
                         "week it may fall on (pick the week in the details if you know it).");
    CHECK(one.text.find("STATUS:TENTATIVE") != std::string::npos);
    CHECK(one.text.find("RRULE:FREQ=WEEKLY;BYDAY=MO\r\n") != std::string::npos);

    vm.togglePick("security");
    vm.togglePick("core");
    vm.togglePick("api");
    CalendarFile picked = vm.calendarFile({}, "working-groups.ics");
    CHECK(picked.events == 2);
    CHECK(picked.summary == "2 meetings in working-groups.ics. Which week is not known for API Management: marked tentative on "
                            "every week it may fall on (pick the week in the details if you know it). Left out: Core (TBD).");

    // With the visitor's week the series is a real one, on its dates.
    OccurrenceList up = vm.upcoming(api, 0, 2);
    vm.setWeekChoice(api, 0, startOf(up.candidates[0]));
    one = vm.calendarFile({"api"}, "api.ics");
    CHECK(one.tentative == 0);
    CHECK(one.summary == "1 meeting in api.ics.");
    CHECK(one.text.find("DTSTART;TZID=Europe/Berlin:20261130T090000\r\n") != std::string::npos);
    CHECK(one.text.find("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO\r\n") != std::string::npos);

    // Nothing to put in it: said, with each group's reason.
    ViewModel bare(platformZoneDb());
    auto r = loadRegistry(R"({"version":1,"groups":[{"id":"a","name":"Alpha"},{"id":"b","name":"Beta","meetings":[{"schedule":"Some Thursdays"}]}]})");
    bare.setRegistry(std::move(r.registry), {}, false);
    CalendarFile none = bare.calendarFile({"a", "b"}, "x.ics");
    CHECK(none.events == 0);
    CHECK(none.summary == "No meeting could go in a calendar. Left out: Alpha (no meeting given); Beta (no structured schedule).");
}

TEST_CASE("the zone the visitor picks is kept on the device; one from a link or the platform is not") {
    auto vm = makeModel("Asia/Tokyo");
    vm.applyShareState("tz=Europe%2FParis");
    CHECK(vm.viewerZone() == "Europe/Paris");
    CHECK(vm.deviceVersion() == 0);
    vm.chooseViewerZone("America/Sao_Paulo");
    CHECK(vm.viewerZone() == "America/Sao_Paulo");
    CHECK(vm.deviceState() == R"({"zone":"America/Sao_Paulo"})");
    vm.chooseViewerZone("Mars/Olympus");
    CHECK(vm.deviceState() == R"({"zone":"America/Sao_Paulo"})");
    auto later = makeModel("Asia/Tokyo");
    later.applyDeviceState(vm.deviceState());
    CHECK(later.viewerZone() == "America/Sao_Paulo");
    // What cannot be used is ignored.
    for (const char* bad : {"", "[]", "{\"zone\":\"Mars/Olympus\"}", "{\"zone\":7,\"weeks\":[1]}", "{\"weeks\":{\"x\":\"soon\"}}", "{"}) {
        auto m = makeModel("Asia/Tokyo");
        m.applyDeviceState(bad);
        CHECK(m.viewerZone() == "Asia/Tokyo");
        CHECK(m.deviceState() == "{}");
    }
}
