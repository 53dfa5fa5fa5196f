// wgfinder: time zones, from the platform's own data.
//
// ZoneDb answers "what is the UTC offset of zone Z at instant T". Two implementations, no
// hand-typed offsets anywhere:
//   - native: the system's TZif files (/usr/share/zoneinfo, or $TZDIR), zone_tzif.cpp;
//   - web:    the browser's Intl.DateTimeFormat, src/web/platform_zone_intl.cpp.
// Everything else (wall time -> UTC, transitions for iCalendar VTIMEZONE) is built on the one
// virtual function, so both platforms behave alike.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wgf {

class ZoneDb {
public:
    virtual ~ZoneDb() = default;
    // Offset in seconds (local = utc + offset) of `zone` at `utcSeconds`; nullopt for an unknown zone.
    virtual std::optional<int> utcOffsetSeconds(std::string_view zone, int64_t utcSeconds) = 0;
    // Abbreviation in use at `utcSeconds` ("PDT", "CET"; Intl may give "GMT+9"); empty if none.
    virtual std::string abbreviation(std::string_view zone, int64_t utcSeconds) = 0;
    bool isKnown(std::string_view zone) { return utcOffsetSeconds(zone, 0).has_value(); }
};

// The platform's zone data (TZif natively, Intl in the browser). Lives as long as the program.
ZoneDb& platformZoneDb();
// The viewer's zone: natively $TZ, else /etc/localtime's target, else "UTC"; in the browser
// Intl.DateTimeFormat().resolvedOptions().timeZone.
std::string platformDefaultZone();

// A ZoneDb over the TZif files of `directory` (e.g. "/usr/share/zoneinfo"). Usable on any
// platform that can read files; the native platformZoneDb() is one of these.
std::unique_ptr<ZoneDb> makeTzifZoneDb(std::string directory);

// Wall-clock time (local seconds) in `zone` -> UTC seconds. The rule is RFC 5545's (3.3.5):
//   - in a gap (spring forward), the wall time is read with the offset before the gap, so
//     02:30 on a 02:00->03:00 day is 03:30 after the change;
//   - in an overlap (fall back), the first of the two instants is taken.
// nullopt for an unknown zone.
std::optional<int64_t> localToUtc(ZoneDb& db, std::string_view zone, int64_t localSeconds);

// A change of offset.
struct ZoneTransition {
    int64_t utc = 0;          // first second of the new offset
    int offsetBefore = 0;     // seconds
    int offsetAfter = 0;
    std::string abbreviation; // after the change
};

// All changes of offset in [fromUtc, toUtc), found by scanning day by day and bisecting to the
// second. Two changes closer than a day would be missed (no zone has had one since the 1940s).
std::vector<ZoneTransition> findTransitions(ZoneDb& db, std::string_view zone, int64_t fromUtc, int64_t toUtc);

// "UTC+05:30", "UTC-08:00", "UTC".
std::string formatUtcOffset(int offsetSeconds);

// A zone a visitor can pick, with the country the tz database says it serves (zone.tab).
struct ZoneEntry {
    std::string zone;         // "Asia/Tokyo"
    std::string countryCode;  // "JP"; empty for UTC and zones of no country
    std::string country;      // "Japan"
};

// Every zone the platform knows, for the zone picker: natively the tz database's zone.tab with
// its country names (iso3166.tab) in the zoneinfo folder, and UTC; in the browser the zones of
// Intl.supportedValuesOf("timeZone"), without countries (the web layer adds them later, from the
// same zone.tab, shipped as a file the picker loads when it is first opened).
std::vector<ZoneEntry> platformZones();

// The tz database's zone.tab ("JP<TAB>+353916+1394441<TAB>Asia/Tokyo") and iso3166.tab
// ("JP<TAB>Japan") as entries, in zone.tab's order; '#' lines and malformed lines are skipped.
std::vector<ZoneEntry> readZoneTab(std::string_view zoneTab, std::string_view iso3166Tab);

}  // namespace wgf
