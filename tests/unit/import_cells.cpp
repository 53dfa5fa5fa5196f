// The importer's cell readers: how the text of one table cell becomes leads, topics, meetings.
#include <doctest/doctest.h>

#include "import/cells.h"

using namespace wgf;
using namespace wgf::importer;

TEST_SUITE("import: cells") {

TEST_CASE("a lead is a name with the company in parentheses, with or without a space") {
    auto sven = parsePerson("Sven Mawson (Google)");
    CHECK(sven.name == "Sven Mawson");
    CHECK(sven.company == "Google");
    CHECK(sven.github.empty());
    CHECK(sven.role.empty());

    auto lin = parsePerson("Lin Sun(IBM)");
    CHECK(lin.name == "Lin Sun");
    CHECK(lin.company == "IBM");

    auto plain = parsePerson("  Grace Hopper ");
    CHECK(plain.name == "Grace Hopper");
    CHECK(plain.company.empty());
}

TEST_CASE("a lead's parentheses may also give a role and a GitHub handle") {
    auto ada = parsePerson("Ada Lovelace (Analytical Engines, chair)");
    CHECK(ada.name == "Ada Lovelace");
    CHECK(ada.company == "Analytical Engines");
    CHECK(ada.role == "chair");

    auto alan = parsePerson("Alan Turing (@aturing, Bletchley, Tech Lead)");
    CHECK(alan.name == "Alan Turing");
    CHECK(alan.github == "aturing");
    CHECK(alan.company == "Bletchley");
    CHECK(alan.role == "tech-lead");

    auto twoGroups = parsePerson("Jane Doe (Acme Corp) (co-chair)");
    CHECK(twoGroups.company == "Acme Corp");
    CHECK(twoGroups.role == "co-chair");

    auto nested = parsePerson("Kim Lee (Big Co (Europe))");
    CHECK(nested.name == "Kim Lee");
    CHECK(nested.company == "Big Co (Europe)");
}

TEST_CASE("a GitHub handle stands for the name when it is all there is") {
    auto handle = parsePerson("@grace");
    CHECK(handle.name == "grace");
    CHECK(handle.github == "grace");

    auto both = parsePerson("Grace Hopper @ghopper");
    CHECK(both.name == "Grace Hopper");
    CHECK(both.github == "ghopper");

    auto mail = parsePerson("Grace Hopper grace@example.org (Navy)");
    CHECK(mail.name == "Grace Hopper");
    CHECK(mail.company == "Navy");

    CHECK(parsePerson("(Google)").name.empty());
}

TEST_CASE("role words are normalised and anything else is not a role") {
    CHECK(normaliseRole("Chair") == "chair");
    CHECK(normaliseRole("co chair") == "co-chair");
    CHECK(normaliseRole("Technical Lead") == "tech-lead");
    CHECK(normaliseRole("emeritus") == "emeritus");
    CHECK(normaliseRole("Google") == "");
}

TEST_CASE("GitHub profile links give a handle, other links do not") {
    CHECK(githubHandleFromUrl("https://github.com/edsger") == "edsger");
    CHECK(githubHandleFromUrl("https://github.com/edsger/") == "edsger");
    CHECK(githubHandleFromUrl("https://github.com/istio/community") == "");
    CHECK(githubHandleFromUrl("https://gitlab.com/edsger") == "");
}

TEST_CASE("lists split on commas, semicolons and line breaks, never inside parentheses") {
    std::string_view leads = "Ken Thompson (Bell Labs, Unix), Dennis Ritchie (Bell Labs) and Brian Kernighan; Rob Pike";
    auto items = splitList(leads, true);
    REQUIRE(items.size() == 4);
    CHECK(leads.substr(items[0].first, items[0].second - items[0].first) == "Ken Thompson (Bell Labs, Unix)");
    CHECK(leads.substr(items[1].first, items[1].second - items[1].first) == "Dennis Ritchie (Bell Labs)");
    CHECK(leads.substr(items[2].first, items[2].second - items[2].first) == "Brian Kernighan");
    CHECK(leads.substr(items[3].first, items[3].second - items[3].first) == "Rob Pike");

    // " and " only separates people: in topics it is part of the topic.
    CHECK(parseTopics("Build, test and release") == std::vector<std::string>{"Build", "test and release"});
}

TEST_CASE("topics are split and tidied") {
    CHECK(parseTopics("Configuration, Performance, Stability") ==
          std::vector<std::string>{"Configuration", "Performance", "Stability"});
    CHECK(parseTopics("Auth (mTLS, JWT);  Identity/CA plugins\nAuditing.") ==
          std::vector<std::string>{"Auth (mTLS, JWT)", "Identity/CA plugins", "Auditing"});
    CHECK(parseTopics(" , ,").empty());
}

TEST_CASE("TBD-like and none-like meeting texts are recognised") {
    CHECK(isToBeDecided("TBD"));
    CHECK(isToBeDecided("tba."));
    CHECK(isToBeDecided("To be determined"));
    CHECK_FALSE(isToBeDecided("Tuesdays at 10:00"));
    CHECK(isNone("N/A"));
    CHECK(isNone("none"));
    CHECK_FALSE(isNone("TBD"));
}

static RichText cellWith(std::string text, std::vector<TextLink> links) {
    RichText t;
    t.text = std::move(text);
    t.links = std::move(links);
    return t;
}

TEST_CASE("a meeting link gives the join address; its text is the schedule, verbatim") {
    auto cell = cellWith("Wednesdays at 11:00 PT (biweekly)", {{0, 33, "https://meet.example/sec"}});
    auto m = parseMeetingCell(cell);
    REQUIRE(m.size() == 1);
    CHECK(m[0].schedule == "Wednesdays at 11:00 PT (biweekly)");
    CHECK(m[0].href == "https://meet.example/sec");
}

TEST_CASE("a schedule written around tool and notes links keeps the text and sorts the links") {
    //                     0         1         2         3         4         5
    //                     012345678901234567890123456789012345678901234567890123
    auto cell = cellWith("Tuesdays at 09:00 UTC (Zoom, notes, recordings)",
                         {{23, 27, "https://zoom.example/j/2"}, {29, 34, "notes.md"}, {36, 46, "https://video.example/cli"}});
    auto m = parseMeetingCell(cell);
    REQUIRE(m.size() == 1);
    CHECK(m[0].schedule == "Tuesdays at 09:00 UTC");
    CHECK(m[0].href == "https://zoom.example/j/2");
    CHECK(m[0].notesHref == "notes.md");
    CHECK(m[0].recordingsHref == "https://video.example/cli");
}

TEST_CASE("several time links, or several lines, give several meetings") {
    auto links = cellWith("Tue 08:00 PT, Thu 16:00 UTC", {{0, 12, "https://a"}, {14, 27, "https://b"}});
    auto m = parseMeetingCell(links);
    REQUIRE(m.size() == 2);
    CHECK(m[0].schedule == "Tue 08:00 PT");
    CHECK(m[0].href == "https://a");
    CHECK(m[1].schedule == "Thu 16:00 UTC");
    CHECK(m[1].href == "https://b");

    auto lines = cellWith("Mondays 10:00 UTC\nFridays 18:00 CET\nnotes", {{36, 41, "https://notes"}});
    auto l = parseMeetingCell(lines);
    REQUIRE(l.size() == 2);
    CHECK(l[0].schedule == "Mondays 10:00 UTC");
    CHECK(l[1].schedule == "Fridays 18:00 CET");
    CHECK(l[1].notesHref == "https://notes");  // a notes-only line belongs to the line above
}

TEST_CASE("plain text without a link is a schedule without an address") {
    auto m = parseMeetingCell(cellWith("TBD", {}));
    REQUIRE(m.size() == 1);
    CHECK(m[0].schedule == "TBD");
    CHECK(m[0].href.empty());
    CHECK(parseMeetingCell(cellWith("", {})).empty());
}

}  // TEST_SUITE
