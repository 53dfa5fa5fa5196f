// How the screen arranges itself at a width: the frame, and the first line of a result row.
#include <doctest/doctest.h>

#include "ui/layout.h"

using namespace wgf::ui;

TEST_CASE("frame: columns on a desktop, one region in one scroll area below, compact on a phone") {
    CHECK(frameLayout(1248).columns);
    CHECK_FALSE(frameLayout(1248).compact);
    CHECK_FALSE(frameLayout(800).columns);
    CHECK_FALSE(frameLayout(800).compact);
    CHECK_FALSE(frameLayout(343).columns);
    CHECK(frameLayout(343).compact);
}

TEST_CASE("result row: the next meeting has a line of its own in a narrow list") {
    CHECK(meetingOnOwnLine(300));
    CHECK(meetingOnOwnLine(580));  // beside an open detail
    CHECK_FALSE(meetingOnOwnLine(900));
}

TEST_CASE("result row: a name that fits is never cut, and nothing is drawn over it") {
    // Room for all: each gets its own width.
    RowLine r = rowLine(900, 120, 110, 200, true, 8);
    CHECK(r.nameMax == 120);
    CHECK(r.chips);
    CHECK(r.nextMax == 200);
    // The name, its chips and the meeting do not fit together: the chips go, the name stays whole,
    // and the meeting gets what is left (cut with an ellipsis), at least a third of the line.
    r = rowLine(420, 150, 110, 260, true, 8);
    CHECK(r.nameMax == 150);
    CHECK_FALSE(r.chips);
    CHECK(r.nextMax == 260);
    CHECK(r.nameMax + 8 + r.nextMax <= 420);
    // A very long name gives way to a third of the line for the meeting.
    r = rowLine(420, 600, 110, 260, true, 8);
    CHECK(r.nextMax == doctest::Approx(140));
    CHECK(r.nameMax + 8 + r.nextMax <= 420 + 0.01);
}

TEST_CASE("result row: with the meeting on its own line the name takes the whole line") {
    RowLine r = rowLine(290, 130, 110, 300, false, 8);
    CHECK(r.nameMax == 130);
    CHECK(r.chips);
    CHECK(r.nextMax == 0);
    r = rowLine(290, 250, 110, 300, false, 8);  // no room for the chips: the name stays whole
    CHECK(r.nameMax == 250);
    CHECK_FALSE(r.chips);
    r = rowLine(290, 400, 110, 300, false, 8);  // longer than the line: cut at its end
    CHECK(r.nameMax == 290);
}
