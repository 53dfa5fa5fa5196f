// wgfinder: time zones in the browser (and node) from Intl.DateTimeFormat - the platform's own
// zone data, no table shipped with the page. Implements platformZoneDb()/platformDefaultZone()
// declared in time/zone.h for the Emscripten build.
#include <emscripten.h>

#include <algorithm>
#include <vector>
#include <string>

#include "time/zone.h"

// Offset in seconds of `zone` at `utcMs`, or -100000 for an unknown zone. The wall clock is read
// with formatToParts (hourCycle h23) and compared with the instant; one formatter per zone is kept.
EM_JS(int, wgf_intl_offset, (const char* zone, double utcMs), {
    var name = UTF8ToString(zone);
    var cache = Module.wgfZoneFormatters || (Module.wgfZoneFormatters = {});
    var f = cache[name];
    if (f === undefined) {
        try {
            f = new Intl.DateTimeFormat('en-US', {timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric',
                                                  day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
                                                  era: 'short'});
        } catch (e) {
            f = null;
        }
        cache[name] = f;
    }
    if (f === null) return -100000;
    var p = {};
    f.formatToParts(new Date(utcMs)).forEach(function(x) { p[x.type] = x.value; });
    var year = +p.year;
    if (p.era === 'BC' || p.era === 'B') year = 1 - year;
    var wall = Date.UTC(year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
    if (year >= 0 && year < 100) { var d = new Date(wall); d.setUTCFullYear(year); wall = d.getTime(); }
    return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 1000);
});

// Abbreviation ("PDT", or "GMT+9" where the locale has none) into `out`; returns its length.
EM_JS(int, wgf_intl_abbreviation, (const char* zone, double utcMs, char* out, int cap), {
    try {
        var parts = new Intl.DateTimeFormat('en-US', {timeZone: UTF8ToString(zone), timeZoneName: 'short'})
                        .formatToParts(new Date(utcMs));
        var s = String();
        parts.forEach(function(x) { if (x.type === 'timeZoneName') s = x.value; });
        stringToUTF8(s, out, cap);
        return lengthBytesUTF8(s);
    } catch (e) {
        return 0;
    }
});

EM_JS(int, wgf_intl_default_zone, (char* out, int cap), {
    var s = 'UTC';
    try { s = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch (e) {}
    stringToUTF8(s, out, cap);
    return lengthBytesUTF8(s);
});

// The zones the browser knows, one per line (none where Intl.supportedValuesOf is missing).
EM_JS(int, wgf_intl_zones, (char* out, int cap), {
    var s = String();
    try { s = Intl.supportedValuesOf('timeZone').join('\n'); } catch (e) {}
    stringToUTF8(s, out, cap);
    return lengthBytesUTF8(s);
});

namespace wgf {

namespace {

class IntlZoneDb final : public ZoneDb {
public:
    std::optional<int> utcOffsetSeconds(std::string_view zone, int64_t utc) override {
        if (zone.empty() || zone.size() > 64) return std::nullopt;
        // Intl accepts a limited range of dates: keep within years 1900..2200.
        if (utc < -2208988800LL) utc = -2208988800LL;
        if (utc > 7258118400LL) utc = 7258118400LL;
        // Each call asks Intl to format a date (microseconds each, and a registry of a thousand
        // groups asks tens of thousands of times while it loads): a UTC day whose offset is the same
        // at its start, middle and end is remembered. A day with a transition is asked each time.
        std::vector<Day>& days = daysOf(zone);
        int64_t day = utc >= 0 ? utc / 86400 : -((-utc + 86399) / 86400);
        auto it = std::lower_bound(days.begin(), days.end(), day, [](const Day& d, int64_t v) { return d.day < v; });
        if (it != days.end() && it->day == day && it->offset != kVaries) return it->offset;
        if (it == days.end() || it->day != day) {
            int64_t start = day * 86400;
            int a = ask(zone, start), b = ask(zone, start + 43200), c = ask(zone, start + 86399);
            if (a == kUnknown || b == kUnknown || c == kUnknown) return std::nullopt;
            if (days.size() > 4096) days.clear(), it = days.end();
            it = days.insert(it, {day, a == b && b == c ? a : kVaries});
            if (it->offset != kVaries) return it->offset;
        }
        int off = ask(zone, utc);
        if (off == kUnknown) return std::nullopt;
        return off;
    }
    std::string abbreviation(std::string_view zone, int64_t utc) override {
        std::string z(zone);
        char buf[64];
        int n = wgf_intl_abbreviation(z.c_str(), (double)utc * 1000.0, buf, sizeof buf);
        return n > 0 && n < (int)sizeof buf ? std::string(buf, (size_t)n) : std::string();
    }

private:
    static constexpr int kUnknown = -100000, kVaries = -100001;
    struct Day {
        int64_t day;  // UTC days since 1970-01-01
        int offset;   // or kVaries
    };
    struct Zone {
        std::string name;
        std::vector<Day> days;  // sorted
    };
    std::vector<Zone> zones_;  // the few zones a registry and its visitor use

    static int ask(std::string_view zone, int64_t utc) {
        std::string z(zone);
        return wgf_intl_offset(z.c_str(), (double)utc * 1000.0);
    }
    std::vector<Day>& daysOf(std::string_view zone) {
        for (Zone& z : zones_)
            if (z.name == zone) return z.days;
        if (zones_.size() > 512) zones_.clear();  // the zone picker's list walks every zone once an hour
        zones_.push_back({std::string(zone), {}});
        return zones_.back().days;
    }
};

}  // namespace

ZoneDb& platformZoneDb() {
    static IntlZoneDb db;
    return db;
}

std::vector<ZoneEntry> platformZones() {
    std::string text(16384, '\0');
    int n = wgf_intl_zones(text.data(), static_cast<int>(text.size()));
    if (n >= static_cast<int>(text.size())) {
        text.assign(static_cast<size_t>(n) + 1, '\0');
        n = wgf_intl_zones(text.data(), static_cast<int>(text.size()));
    }
    text.resize(n > 0 ? static_cast<size_t>(std::min<int>(n, static_cast<int>(text.size()))) : 0);
    std::vector<ZoneEntry> zones;
    bool utc = false;
    for (size_t b = 0; b < text.size();) {
        size_t e = std::min(text.find('\n', b), text.size());
        if (e > b) {
            zones.push_back({text.substr(b, e - b), "", ""});
            utc |= zones.back().zone == "UTC";
        }
        b = e + 1;
    }
    if (!utc) zones.push_back({"UTC", "", ""});
    return zones;
}

std::string platformDefaultZone() {
    char buf[128];
    int n = wgf_intl_default_zone(buf, sizeof buf);
    return n > 0 && n < (int)sizeof buf ? std::string(buf, (size_t)n) : std::string("UTC");
}

}  // namespace wgf
