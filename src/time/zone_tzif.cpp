// wgfinder: ZoneDb over the system's TZif files (RFC 8536), version 2+ data and its POSIX TZ
// footer for instants past the last listed transition.
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "time/civil.h"
#include "time/zone.h"

namespace wgf {

namespace {

// A POSIX TZ rule such as "PST8PDT,M3.2.0,M11.1.0" or "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0".
struct PosixRule {
    struct Date {
        char kind = 'M';      // 'M' (month.week.day), 'J' (1..365, no Feb 29), 'D' (0..365)
        int month = 0, week = 0, weekday = 0, day = 0;
        int time = 7200;      // seconds after local midnight, may be negative or > 24 h
    };
    std::string stdName, dstName;
    int stdOffset = 0, dstOffset = 0;  // local = utc + offset
    bool hasDst = false;
    Date start, end;

    // Seconds since epoch (local day start) of the rule's date in `year`, plus its time.
    static int64_t localInstant(const Date& d, int year) {
        int64_t days;
        if (d.kind == 'M') {
            int64_t first = daysFromCivil(year, d.month, 1);
            int wd = (weekdayFromDays(first) + 1) % 7;  // 0 = Sunday as POSIX counts
            int64_t day = first + (d.weekday - wd + 7) % 7 + (d.week - 1) * 7;
            if (d.week == 5)
                while (day >= first + daysInMonth(year, d.month)) day -= 7;
            days = day;
        } else if (d.kind == 'J') {
            bool leap = daysInMonth(year, 2) == 29;
            days = daysFromCivil(year, 1, 1) + d.day - 1 + (leap && d.day >= 60 ? 1 : 0);
        } else {
            days = daysFromCivil(year, 1, 1) + d.day;
        }
        return days * 86400 + d.time;
    }

    // Offset and daylight flag at `utc`.
    int offsetAt(int64_t utc, bool& dst) const {
        dst = false;
        if (!hasDst) return stdOffset;
        int year = fromSeconds(utc + stdOffset).year;
        int64_t s = localInstant(start, year) - stdOffset;  // starts on standard time
        int64_t e = localInstant(end, year) - dstOffset;    // ends on daylight time
        dst = s < e ? (utc >= s && utc < e) : !(utc >= e && utc < s);
        return dst ? dstOffset : stdOffset;
    }
};

bool parseName(const std::string& s, size_t& i, std::string& out) {
    if (i < s.size() && s[i] == '<') {
        size_t e = s.find('>', i);
        if (e == std::string::npos) return false;
        out = s.substr(i + 1, e - i - 1);
        i = e + 1;
        return true;
    }
    size_t b = i;
    while (i < s.size() && std::isalpha((unsigned char)s[i])) ++i;
    out = s.substr(b, i - b);
    return i - b >= 3;
}

// "[+-]hh[:mm[:ss]]" -> seconds.
bool parseHms(const std::string& s, size_t& i, int& out) {
    int sign = 1;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) sign = s[i++] == '-' ? -1 : 1;
    int parts[3] = {0, 0, 0};
    for (int p = 0; p < 3; ++p) {
        if (p > 0) {
            if (i < s.size() && s[i] == ':') ++i;
            else break;
        }
        size_t b = i;
        while (i < s.size() && std::isdigit((unsigned char)s[i])) parts[p] = parts[p] * 10 + (s[i++] - '0');
        if (i == b) return false;
    }
    out = sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
    return true;
}

bool parseDateRule(const std::string& s, size_t& i, PosixRule::Date& d) {
    auto num = [&](int& v) {
        size_t b = i;
        v = 0;
        while (i < s.size() && std::isdigit((unsigned char)s[i])) v = v * 10 + (s[i++] - '0');
        return i > b;
    };
    if (i < s.size() && s[i] == 'M') {
        ++i;
        d.kind = 'M';
        if (!num(d.month) || i >= s.size() || s[i++] != '.' || !num(d.week) || i >= s.size() || s[i++] != '.' ||
            !num(d.weekday))
            return false;
        if (d.month < 1 || d.month > 12 || d.week < 1 || d.week > 5 || d.weekday > 6) return false;
    } else if (i < s.size() && s[i] == 'J') {
        ++i;
        d.kind = 'J';
        if (!num(d.day) || d.day < 1 || d.day > 365) return false;
    } else {
        d.kind = 'D';
        if (!num(d.day) || d.day > 365) return false;
    }
    d.time = 7200;
    if (i < s.size() && s[i] == '/') {
        ++i;
        if (!parseHms(s, i, d.time)) return false;
    }
    return true;
}

std::optional<PosixRule> parsePosix(const std::string& s) {
    PosixRule r;
    size_t i = 0;
    int off;
    if (!parseName(s, i, r.stdName) || !parseHms(s, i, off)) return std::nullopt;
    r.stdOffset = -off;  // POSIX counts west of Greenwich as positive
    if (i == s.size()) return r;
    if (!parseName(s, i, r.dstName)) return std::nullopt;
    r.hasDst = true;
    r.dstOffset = r.stdOffset + 3600;
    if (i < s.size() && s[i] != ',') {
        if (!parseHms(s, i, off)) return std::nullopt;
        r.dstOffset = -off;
    }
    if (i >= s.size() || s[i++] != ',' || !parseDateRule(s, i, r.start) || i >= s.size() || s[i++] != ',' ||
        !parseDateRule(s, i, r.end) || i != s.size())
        return std::nullopt;
    return r;
}

struct TzifZone {
    struct Type {
        int offset = 0;
        bool dst = false;
        std::string abbr;
    };
    std::vector<int64_t> times;
    std::vector<uint8_t> typeOf;  // per transition
    std::vector<Type> types;
    std::optional<PosixRule> footer;

    const Type* typeAt(int64_t utc, int& offset, std::string& abbr) const {
        if (!times.empty() && utc >= times.back() && footer) {
            bool dst;
            offset = footer->offsetAt(utc, dst);
            abbr = dst ? footer->dstName : footer->stdName;
            return nullptr;
        }
        if (times.empty() || utc < times.front()) {
            if (times.empty() && footer) {
                bool dst;
                offset = footer->offsetAt(utc, dst);
                abbr = dst ? footer->dstName : footer->stdName;
                return nullptr;
            }
            const Type& t = types.front();
            offset = t.offset, abbr = t.abbr;
            return &t;
        }
        size_t lo = 0, hi = times.size();  // last index with times[i] <= utc
        while (hi - lo > 1) {
            size_t mid = (lo + hi) / 2;
            if (times[mid] <= utc) lo = mid;
            else hi = mid;
        }
        const Type& t = types[typeOf[lo]];
        offset = t.offset, abbr = t.abbr;
        return &t;
    }
};

uint32_t be32(const std::string& d, size_t at) {
    return (uint32_t)(uint8_t)d[at] << 24 | (uint32_t)(uint8_t)d[at + 1] << 16 | (uint32_t)(uint8_t)d[at + 2] << 8 |
           (uint32_t)(uint8_t)d[at + 3];
}

std::optional<TzifZone> parseTzif(const std::string& d) {
    if (d.size() < 44 || d.compare(0, 4, "TZif") != 0) return std::nullopt;
    auto counts = [&](size_t at, uint32_t c[6]) {
        for (int k = 0; k < 6; ++k) c[k] = be32(d, at + 20 + 4 * k);
    };
    uint32_t c[6];  // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    counts(0, c);
    size_t pos = 44;
    int timeSize = 4;
    if (d[4] >= '2') {
        pos += (size_t)c[3] * 4 + c[3] + (size_t)c[4] * 6 + c[5] + (size_t)c[2] * 8 + c[1] + c[0];
        if (pos + 44 > d.size() || d.compare(pos, 4, "TZif") != 0) return std::nullopt;
        counts(pos, c);
        pos += 44;
        timeSize = 8;
    }
    uint32_t leapcnt = c[2], timecnt = c[3], typecnt = c[4], charcnt = c[5];
    if (typecnt == 0 || typecnt > 256 || timecnt > 100000) return std::nullopt;
    size_t need = (size_t)timecnt * timeSize + timecnt + (size_t)typecnt * 6 + charcnt + (size_t)leapcnt * (timeSize + 4) + c[1] + c[0];
    if (pos + need > d.size()) return std::nullopt;
    TzifZone z;
    for (uint32_t k = 0; k < timecnt; ++k) {
        int64_t t = timeSize == 8 ? (int64_t)((uint64_t)be32(d, pos) << 32 | be32(d, pos + 4)) : (int64_t)(int32_t)be32(d, pos);
        z.times.push_back(t);
        pos += timeSize;
    }
    for (uint32_t k = 0; k < timecnt; ++k) {
        uint8_t idx = (uint8_t)d[pos++];
        if (idx >= typecnt) return std::nullopt;
        z.typeOf.push_back(idx);
    }
    size_t typesAt = pos, charsAt = pos + (size_t)typecnt * 6;
    for (uint32_t k = 0; k < typecnt; ++k) {
        TzifZone::Type t;
        t.offset = (int32_t)be32(d, typesAt + 6 * k);
        t.dst = d[typesAt + 6 * k + 4] != 0;
        size_t ai = (uint8_t)d[typesAt + 6 * k + 5];
        if (ai < charcnt) t.abbr = std::string(d.c_str() + charsAt + ai);
        z.types.push_back(std::move(t));
    }
    pos += need - (size_t)timecnt * timeSize - timecnt;
    if (timeSize == 8 && pos < d.size() && d[pos] == '\n') {
        size_t e = d.find('\n', pos + 1);
        if (e != std::string::npos && e > pos + 1) z.footer = parsePosix(d.substr(pos + 1, e - pos - 1));
    }
    return z;
}

bool safeZoneName(std::string_view zone) {
    if (zone.empty() || zone.size() > 64 || zone.front() == '/' || zone.find("..") != std::string_view::npos) return false;
    for (char ch : zone)
        if (!(std::isalnum((unsigned char)ch) || ch == '/' || ch == '_' || ch == '-' || ch == '+')) return false;
    return true;
}

class TzifZoneDb final : public ZoneDb {
public:
    explicit TzifZoneDb(std::string dir) : dir_(std::move(dir)) {}

    std::optional<int> utcOffsetSeconds(std::string_view zone, int64_t utc) override {
        const TzifZone* z = load(zone);
        if (!z) return std::nullopt;
        int off;
        std::string abbr;
        z->typeAt(utc, off, abbr);
        return off;
    }
    std::string abbreviation(std::string_view zone, int64_t utc) override {
        const TzifZone* z = load(zone);
        if (!z) return {};
        int off;
        std::string abbr;
        z->typeAt(utc, off, abbr);
        return abbr;
    }

private:
    const TzifZone* load(std::string_view zone) {
        std::lock_guard<std::mutex> lock(mutex_);
        std::string key(zone);
        auto it = cache_.find(key);
        if (it != cache_.end()) return it->second ? &*it->second : nullptr;
        std::optional<TzifZone> parsed;
        if (safeZoneName(zone)) {
            std::ifstream in(dir_ + "/" + key, std::ios::binary);
            if (in) {
                std::ostringstream ss;
                ss << in.rdbuf();
                parsed = parseTzif(ss.str());
            }
        }
        auto& slot = cache_[key];
        slot = std::move(parsed);
        return slot ? &*slot : nullptr;
    }

    std::string dir_;
    std::mutex mutex_;
    std::map<std::string, std::optional<TzifZone>> cache_;
};

}  // namespace

std::unique_ptr<ZoneDb> makeTzifZoneDb(std::string directory) { return std::make_unique<TzifZoneDb>(std::move(directory)); }

#ifndef __EMSCRIPTEN__
static std::string zoneinfoDir() {
    const char* env = std::getenv("TZDIR");
    return env && *env ? env : "/usr/share/zoneinfo";
}

ZoneDb& platformZoneDb() {
    static std::unique_ptr<ZoneDb> db = makeTzifZoneDb(zoneinfoDir());
    return *db;
}

std::vector<ZoneEntry> platformZones() {
    auto read = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    std::vector<ZoneEntry> zones = readZoneTab(read(zoneinfoDir() + "/zone.tab"), read(zoneinfoDir() + "/iso3166.tab"));
    zones.push_back({"UTC", "", ""});
    return zones;
}

std::string platformDefaultZone() {
    auto known = [](const std::string& z) { return !z.empty() && platformZoneDb().isKnown(z); };
    if (const char* tz = std::getenv("TZ"); tz && *tz) {
        std::string z = tz[0] == ':' ? tz + 1 : tz;
        if (known(z)) return z;
    }
    // /etc/localtime is a link into the zoneinfo folder: its target names the zone.
    std::error_code ec;
    std::string target = std::filesystem::read_symlink("/etc/localtime", ec).string();
    size_t at = target.find("zoneinfo/");
    if (!ec && at != std::string::npos && known(target.substr(at + 9))) return target.substr(at + 9);
    return "UTC";
}
#endif

}  // namespace wgf
