// Time zones from the platform (TZif natively, Intl in wasm): offsets, wall time -> UTC across
// gaps and overlaps, transitions. Every instant is given explicitly: nothing depends on the
// machine's zone or today's date.
#include <doctest/doctest.h>

#include "time/civil.h"
#include "time/zone.h"

using namespace wgf;

namespace {
int64_t utc(const char* iso) { return *parseUtcInstant(iso); }
int64_t local(const char* iso) { return *parseLocalDateTime(iso); }
}  // namespace

TEST_CASE("zone: civil calendar") {
    CHECK(daysFromCivil(1970, 1, 1) == 0);
    CHECK(weekdayFromDays(daysFromCivil(2025, 3, 12)) == 2);  // a Wednesday
    int y, m, d;
    civilFromDays(daysFromCivil(2024, 2, 29), y, m, d);
    CHECK((y == 2024 && m == 2 && d == 29));
    CHECK(daysFromCivil(1900, 3, 1) < 0);
    CHECK(formatLocalDateTime(fromSeconds(utc("2025-03-09T10:30Z"))) == "2025-03-09T10:30");
    CHECK_FALSE(parseLocalDateTime("2025-02-30T10:00"));
}

TEST_CASE("zone: offsets on the date of each instant") {
    ZoneDb& db = platformZoneDb();
    CHECK(db.utcOffsetSeconds("America/Los_Angeles", utc("2025-01-15T12:00Z")) == -8 * 3600);
    CHECK(db.utcOffsetSeconds("America/Los_Angeles", utc("2025-07-15T12:00Z")) == -7 * 3600);
    CHECK(db.utcOffsetSeconds("Europe/Berlin", utc("2025-03-20T12:00Z")) == 3600);      // US already on DST, EU not yet
    CHECK(db.utcOffsetSeconds("Europe/Berlin", utc("2025-03-31T12:00Z")) == 7200);
    CHECK(db.utcOffsetSeconds("Asia/Kolkata", utc("2025-07-15T12:00Z")) == 19800);      // +05:30
    CHECK(db.utcOffsetSeconds("Australia/Lord_Howe", utc("2025-01-15T12:00Z")) == 11 * 3600);
    CHECK(db.utcOffsetSeconds("Australia/Lord_Howe", utc("2025-07-15T12:00Z")) == 10 * 3600 + 1800);  // half-hour DST
    CHECK(db.utcOffsetSeconds("Etc/GMT-8", utc("2025-07-15T12:00Z")) == 8 * 3600);
    CHECK(db.utcOffsetSeconds("UTC", 0) == 0);
    // Far in the future (past the zone file's table: the POSIX rule takes over).
    CHECK(db.utcOffsetSeconds("America/New_York", utc("2061-07-04T12:00Z")) == -4 * 3600);
    CHECK(db.utcOffsetSeconds("America/New_York", utc("2061-12-04T12:00Z")) == -5 * 3600);
    CHECK_FALSE(db.utcOffsetSeconds("Mars/Olympus_Mons", 0));
    CHECK_FALSE(db.isKnown("../../etc/passwd"));
    CHECK(db.abbreviation("America/Los_Angeles", utc("2025-07-15T12:00Z")) == "PDT");
}

TEST_CASE("zone: an offset is right to the second on the day of a transition, whatever was asked before") {
    // The browser's zone data remembers a day's offset when it is the same all day: a day with a
    // transition must still be answered instant by instant.
    ZoneDb& db = platformZoneDb();
    const int64_t day = utc("2026-03-08T00:00Z"), change = utc("2026-03-08T10:00Z");  // Los Angeles: PST -> PDT
    for (int64_t t : {day, day + 43200, day + 86399, change - 1, change, day + 3600, change + 1})
        CHECK(db.utcOffsetSeconds("America/Los_Angeles", t) == (t < change ? -8 : -7) * 3600);
    // The days beside it are constant, asked twice in any order.
    for (int64_t t : {day - 1, day - 86400, day - 1, day + 86400, day + 2 * 86400 - 1, day + 86400 + 7})
        CHECK(db.utcOffsetSeconds("America/Los_Angeles", t) == (t < day ? -8 : -7) * 3600);
    // Lord Howe moves by half an hour, at 15:00 UTC on 2026-04-04 (02:00 local daylight time).
    const int64_t howe = utc("2026-04-04T15:00Z");
    for (int64_t t : {howe - 86400, howe + 60, howe - 60, howe})
        CHECK(db.utcOffsetSeconds("Australia/Lord_Howe", t) == (t < howe ? 11 * 3600 : 10 * 3600 + 1800));
}

TEST_CASE("zone: wall time -> UTC, with RFC 5545's rule for gaps and overlaps") {
    ZoneDb& db = platformZoneDb();
    CHECK(localToUtc(db, "America/Los_Angeles", local("2025-03-08T11:00")) == utc("2025-03-08T19:00Z"));
    CHECK(localToUtc(db, "America/Los_Angeles", local("2025-03-10T11:00")) == utc("2025-03-10T18:00Z"));
    // 02:30 does not exist on 9 March 2025: read with the offset before the gap -> 03:30 PDT.
    CHECK(localToUtc(db, "America/Los_Angeles", local("2025-03-09T02:30")) == utc("2025-03-09T10:30Z"));
    // 01:30 happens twice on 2 November 2025: the first (PDT) is taken.
    CHECK(localToUtc(db, "America/Los_Angeles", local("2025-11-02T01:30")) == utc("2025-11-02T08:30Z"));
    // Lord Howe: 01:45 happens twice when its half-hour DST ends on 6 April 2025.
    CHECK(localToUtc(db, "Australia/Lord_Howe", local("2025-04-06T01:45")) == utc("2025-04-05T14:45Z"));
    CHECK(localToUtc(db, "Asia/Kolkata", local("2025-03-12T23:30")) == utc("2025-03-12T18:00Z"));
    CHECK_FALSE(localToUtc(db, "Nowhere/Land", 0));
}

TEST_CASE("zone: transitions found by bisection") {
    ZoneDb& db = platformZoneDb();
    auto t = findTransitions(db, "America/Los_Angeles", utc("2025-01-01T00:00Z"), utc("2026-01-01T00:00Z"));
    REQUIRE(t.size() == 2);
    CHECK(t[0].utc == utc("2025-03-09T10:00Z"));
    CHECK(t[0].offsetBefore == -8 * 3600);
    CHECK(t[0].offsetAfter == -7 * 3600);
    CHECK(t[1].utc == utc("2025-11-02T09:00Z"));
    auto lh = findTransitions(db, "Australia/Lord_Howe", utc("2025-01-01T00:00Z"), utc("2026-01-01T00:00Z"));
    REQUIRE(lh.size() == 2);
    CHECK(lh[0].offsetAfter - lh[0].offsetBefore == -1800);
    CHECK(findTransitions(db, "Asia/Kolkata", utc("2025-01-01T00:00Z"), utc("2026-01-01T00:00Z")).empty());
    CHECK(formatUtcOffset(19800) == "UTC+05:30");
    CHECK(formatUtcOffset(-8 * 3600) == "UTC-08:00");
}

TEST_CASE("zone: the viewer's default zone is a known zone") {
    CHECK(platformZoneDb().isKnown(platformDefaultZone()));
}
