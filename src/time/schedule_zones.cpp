// wgfinder: the schedule reader's zone words (see schedule.cpp for the index): abbreviations,
// places, which CST or IST a page means, and whether two written times are one instant.
//
// Only names live here: every offset comes from the zone data at run time (time/zone.h).
#include <cctype>
#include <cstring>
#include <ctime>

#include "model/text.h"
#include "time/civil.h"
#include "time/schedule_parts.h"
#include "time/zone.h"

namespace wgf {

namespace schedule_parts {

namespace {

// Abbreviation -> IANA zone. `dst`: 1 daylight, 0 standard, -1 either.
struct Abbreviation {
    const char* abbr;
    const char* zone;
    int dst;
};
const Abbreviation kAbbreviations[] = {
    {"pt", "America/Los_Angeles", -1}, {"pst", "America/Los_Angeles", 0}, {"pdt", "America/Los_Angeles", 1},
    {"pacific", "America/Los_Angeles", -1},
    {"mt", "America/Denver", -1}, {"mst", "America/Denver", 0}, {"mdt", "America/Denver", 1},
    {"mountain", "America/Denver", -1},
    {"ct", "America/Chicago", -1}, {"cdt", "America/Chicago", 1}, {"central", "America/Chicago", -1},
    {"et", "America/New_York", -1}, {"est", "America/New_York", 0}, {"edt", "America/New_York", 1},
    {"eastern", "America/New_York", -1},
    {"utc", "UTC", -1}, {"gmt", "UTC", -1}, {"z", "UTC", -1}, {"uk", "Europe/London", -1},
    {"wet", "Europe/Lisbon", 0}, {"west", "Europe/Lisbon", 1},
    {"cet", "Europe/Berlin", 0}, {"cest", "Europe/Berlin", 1},
    {"eet", "Europe/Athens", 0}, {"eest", "Europe/Athens", 1},
    {"msk", "Europe/Moscow", -1},
    {"sgt", "Asia/Singapore", -1}, {"hkt", "Asia/Hong_Kong", -1},
    {"jst", "Asia/Tokyo", -1}, {"kst", "Asia/Seoul", -1},
    {"awst", "Australia/Perth", -1},
    {"acst", "Australia/Adelaide", 0}, {"acdt", "Australia/Adelaide", 1},
    {"aest", "Australia/Sydney", 0}, {"aedt", "Australia/Sydney", 1},
    {"nzst", "Pacific/Auckland", 0}, {"nzdt", "Pacific/Auckland", 1},
    {"brt", "America/Sao_Paulo", -1}, {"art", "America/Argentina/Buenos_Aires", -1},
};

// Abbreviations several regions use: each reading, who writes it that way, and a place of
// kPlaces that names the zone unambiguously (for the advice).
struct Reading {
    const char* abbr;
    const char* zone;
    int dst;
    const char* who;
    const char* place;
};
const Reading kAmbiguous[] = {
    {"cst", "America/Chicago", 0, "US Central", "Chicago"},
    {"cst", "Asia/Shanghai", 0, "China", "Beijing"},
    {"ist", "Asia/Kolkata", 0, "India", "India"},
    {"ist", "Asia/Jerusalem", 0, "Israel", "Israel"},
    {"ist", "Europe/Dublin", 1, "Ireland", "Dublin"},
    {"bst", "Europe/London", 1, "British Summer Time", "London"},
    {"bst", "Asia/Dhaka", 0, "Bangladesh", "Dhaka"},
    {"ast", "America/Halifax", 0, "Atlantic", "Halifax"},
    {"ast", "Asia/Riyadh", 0, "Arabia", "Riyadh"},
};

// Places people name instead of a zone. Countries only where one zone covers them.
struct Place {
    const char* name;
    const char* zone;
};
const Place kPlaces[] = {
    {"beijing", "Asia/Shanghai"},     {"shanghai", "Asia/Shanghai"},     {"china", "Asia/Shanghai"},
    {"chinese", "Asia/Shanghai"},     {"shenzhen", "Asia/Shanghai"},     {"hangzhou", "Asia/Shanghai"},
    {"india", "Asia/Kolkata"},        {"indian", "Asia/Kolkata"},        {"bangalore", "Asia/Kolkata"},
    {"bengaluru", "Asia/Kolkata"},    {"delhi", "Asia/Kolkata"},         {"mumbai", "Asia/Kolkata"},
    {"pune", "Asia/Kolkata"},         {"hyderabad", "Asia/Kolkata"},     {"chennai", "Asia/Kolkata"},
    {"israel", "Asia/Jerusalem"},     {"jerusalem", "Asia/Jerusalem"},   {"ireland", "Europe/Dublin"},
    {"dublin", "Europe/Dublin"},      {"irish", "Europe/Dublin"},        {"bangladesh", "Asia/Dhaka"},
    {"dhaka", "Asia/Dhaka"},          {"london", "Europe/London"},       {"britain", "Europe/London"},
    {"british", "Europe/London"},     {"england", "Europe/London"},      {"berlin", "Europe/Berlin"},
    {"germany", "Europe/Berlin"},     {"poland", "Europe/Warsaw"},       {"warsaw", "Europe/Warsaw"},
    {"paris", "Europe/Paris"},        {"france", "Europe/Paris"},        {"amsterdam", "Europe/Amsterdam"},
    {"netherlands", "Europe/Amsterdam"}, {"madrid", "Europe/Madrid"},    {"rome", "Europe/Rome"},
    {"italy", "Europe/Rome"},         {"zurich", "Europe/Zurich"},       {"switzerland", "Europe/Zurich"},
    {"vienna", "Europe/Vienna"},      {"austria", "Europe/Vienna"},      {"prague", "Europe/Prague"},
    {"stockholm", "Europe/Stockholm"}, {"sweden", "Europe/Stockholm"},   {"helsinki", "Europe/Helsinki"},
    {"finland", "Europe/Helsinki"},   {"kyiv", "Europe/Kyiv"},           {"ukraine", "Europe/Kyiv"},
    {"tokyo", "Asia/Tokyo"},          {"japan", "Asia/Tokyo"},           {"seoul", "Asia/Seoul"},
    {"korea", "Asia/Seoul"},          {"singapore", "Asia/Singapore"},   {"taipei", "Asia/Taipei"},
    {"taiwan", "Asia/Taipei"},        {"sydney", "Australia/Sydney"},    {"melbourne", "Australia/Melbourne"},
    {"chicago", "America/Chicago"},   {"toronto", "America/Toronto"},    {"vancouver", "America/Vancouver"},
    {"seattle", "America/Los_Angeles"}, {"denver", "America/Denver"},    {"halifax", "America/Halifax"},
    {"riyadh", "Asia/Riyadh"},        {"nairobi", "Africa/Nairobi"},     {"kenya", "Africa/Nairobi"},
    {"lagos", "Africa/Lagos"},        {"nigeria", "Africa/Lagos"},       {"cairo", "Africa/Cairo"},
    {"egypt", "Africa/Cairo"},
};

// Words that name a region without naming a zone: they settle an abbreviation whose readings
// lie in different areas of the zone database ("CST" in a section about Asia).
struct Region {
    const char* word;
    const char* area;
};
const Region kRegions[] = {
    {"asia", "Asia/"}, {"asian", "Asia/"}, {"apac", "Asia/"}, {"asia-pacific", "Asia/"},
    {"europe", "Europe/"}, {"european", "Europe/"}, {"emea", "Europe/"},
    {"america", "America/"}, {"americas", "America/"}, {"american", "America/"}, {"usa", "America/"},
    {"canada", "America/"},
};

}  // namespace

ZoneWord readZoneWord(std::string_view word) {
    ZoneWord out;
    std::string a = toLower(word);
    // IANA names as written ("Europe/Berlin"): accepted when they have a known area.
    if (a.find('/') != std::string::npos) {
        static const char* const areas[] = {"africa/", "america/", "antarctica/", "asia/", "atlantic/",
                                            "australia/", "europe/", "indian/", "pacific/", "etc/"};
        for (auto* area : areas)
            if (a.rfind(area, 0) == 0) out.zone = std::string(word);
        return out;
    }
    // UTC+8, GMT-3, UTC+05:30, UTC+0530. IANA's Etc zones have whole hours only, with POSIX sign.
    if ((a.rfind("utc", 0) == 0 || a.rfind("gmt", 0) == 0) && a.size() > 3 && (a[3] == '+' || a[3] == '-')) {
        int sign = a[3] == '+' ? 1 : -1;
        int hours = 0, minutes = 0;
        size_t i = 4, digits = 0;
        while (i < a.size() && std::isdigit((unsigned char)a[i]) && digits < 2) hours = hours * 10 + (a[i++] - '0'), ++digits;
        if (digits == 0) return out;
        if (i < a.size() && a[i] == ':') ++i;
        size_t mdigits = 0;
        while (i < a.size() && std::isdigit((unsigned char)a[i]) && mdigits < 2) minutes = minutes * 10 + (a[i++] - '0'), ++mdigits;
        if (i != a.size() || minutes != 0 || hours > 14) return out;
        out.zone = hours == 0 ? "UTC" : "Etc/GMT" + std::string(sign > 0 ? "-" : "+") + std::to_string(hours);
        return out;
    }
    for (const auto& row : kAbbreviations)
        if (a == row.abbr) {
            out.zone = row.zone;
            out.daylight = row.dst;
            return out;
        }
    for (const auto& row : kAmbiguous)
        if (a == row.abbr) out.ambiguous = true;
    return out;
}

std::string placeZone(std::string_view word) {
    for (const auto& p : kPlaces)
        if (word == p.name) return p.zone;
    return {};
}

std::string settleZone(std::string_view abbreviation, std::string_view textLower, std::string_view placeLower) {
    std::string abbr = toLower(abbreviation);
    std::string chosen;
    bool conflict = false;
    auto vote = [&](const Reading& r) {
        if (!chosen.empty() && chosen != r.zone) conflict = true;
        chosen = r.zone;
    };
    for (std::string_view words : {textLower, placeLower}) {
        size_t i = 0;
        while (i < words.size()) {
            if (!std::isalpha((unsigned char)words[i])) { ++i; continue; }
            size_t j = i;
            while (j < words.size() && (std::isalpha((unsigned char)words[j]) || words[j] == '-')) ++j;
            std::string_view w = words.substr(i, j - i);
            i = j;
            std::string zone = placeZone(w);
            const char* area = nullptr;
            for (const auto& r : kRegions)
                if (w == r.word) area = r.area;
            for (const auto& r : kAmbiguous) {
                if (abbr != r.abbr) continue;
                if ((!zone.empty() && zone == r.zone) || (area && std::strncmp(r.zone, area, std::strlen(area)) == 0))
                    vote(r);
            }
        }
    }
    return conflict ? std::string() : chosen;
}

std::string zoneChoices(std::string_view abbreviation) {
    std::string abbr = toLower(abbreviation), out;
    for (const auto& r : kAmbiguous)
        if (abbr == r.abbr) out += (out.empty() ? "" : " or ") + std::string(r.zone) + " (" + r.who + ")";
    return out;
}

std::string zoneAdvice(std::string_view abbreviation) {
    std::string abbr = toLower(abbreviation), zones, places;
    for (const auto& r : kAmbiguous)
        if (abbr == r.abbr) {
            zones += (zones.empty() ? "" : ", ") + std::string(r.zone);
            places += (places.empty() ? "'" : "', '") + std::string(r.place) + " time";
        }
    return "write the zone (" + zones + ") or a place (" + places + "')";
}

int daylightOfReading(std::string_view abbreviation, std::string_view zone) {
    std::string abbr = toLower(abbreviation);
    for (const auto& r : kAmbiguous)
        if (abbr == r.abbr && zone == r.zone) return r.dst;
    return -1;
}

bool sameInstant(const Moment& a, const Moment& b, std::string_view referenceDate) {
    ZoneDb& db = platformZoneDb();
    int64_t reference = 0;
    if (auto d = parseDate(referenceDate)) reference = *d;
    else reference = floorDiv((int64_t)std::time(nullptr), 86400);
    int year = 0, month = 0, day = 0;
    civilFromDays(reference, year, month, day);
    for (int64_t sample : {reference, daysFromCivil(year, 1, 15), daysFromCivil(year, 7, 15)}) {
        int64_t date = sample;
        if (a.day >= 0) date += ((a.day - weekdayFromDays(sample)) % 7 + 7) % 7;
        auto utc = localToUtc(db, a.zone, date * 86400 + a.minute * 60);
        if (!utc) return false;
        auto offset = db.utcOffsetSeconds(b.zone, *utc);
        if (!offset) return false;
        int64_t local = *utc + *offset;
        int64_t localDay = floorDiv(local, 86400);
        if ((local - localDay * 86400) / 60 != b.minute) continue;
        if (b.day >= 0 && a.day >= 0 && weekdayFromDays(localDay) != b.day) continue;
        return true;
    }
    return false;
}

}  // namespace schedule_parts

std::string zoneForAbbreviation(std::string_view abbreviation, int* isDaylight) {
    schedule_parts::ZoneWord z = schedule_parts::readZoneWord(abbreviation);
    if (isDaylight) *isDaylight = z.daylight;
    return z.zone;
}

}  // namespace wgf
