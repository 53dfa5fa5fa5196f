// wgfinder benchmark: the hostile inputs of the hardening catalogue, timed. The unit tests check
// that each is cut short or refused and that nothing is lost; how long each takes depends on the
// machine (sanitizers and wasm are several times slower), so it is measured here, not asserted.
//
//   wgf_bench_limits      prints one line per input: milliseconds, and what came out
#include <cstdio>
#include <ctime>
#include <string>

#include "model/load.h"
#include "query/engine.h"
#include "time/civil.h"
#include "time/recurrence.h"
#include "time/schedule.h"
#include "time/zone.h"

using namespace wgf;

namespace {

double nowMs() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template <class F>
void measure(const char* what, F&& run) {
    double t0 = nowMs();
    std::string outcome = run();
    std::printf("| %-58s | %9.1f | %s |\n", what, nowMs() - t0, outcome.c_str());
}

}  // namespace

int main() {
    std::printf("| hostile input (hardening catalogue) | ms | outcome |\n|---|---:|---|\n");

    // Catalogue 41: 10 MB of groups.
    std::string json = R"({"version": 1, "groups": [)";
    for (int n = 0; json.size() < (10u << 20); ++n)
        json += std::string(n ? "," : "") + R"({"id": "g)" + std::to_string(n) + R"(", "name": "Group )" +
                std::to_string(n) + R"(", "leads": [{"name": "Lead", "company": "C"}], "meetings": [{"schedule": "Wednesdays at 11:00 PT",
                "rrule": "FREQ=WEEKLY;BYDAY=WE", "time": "11:00", "tz": "America/Los_Angeles"}]})";
    json += "]}";
    LoadResult loaded;
    measure("41: load a 10 MB registry", [&] {
        loaded = loadRegistry(json);
        return std::to_string(loaded.registry.groups.size()) + " groups";
    });

    // Catalogue 63: a megabyte query.
    SearchIndex index(loaded.registry);
    std::string huge;
    while (huge.size() < (1u << 20)) huge += "é OR \"";
    measure("63: search with a 1 MB query", [&] {
        return std::to_string(index.search(huge).messages.size()) + " messages";
    });

    // Catalogue 44: a rule that starts in 1900.
    Meeting m;
    m.rrule = "FREQ=DAILY", m.tz = "UTC", m.start = "1900-01-01T09:00";
    int64_t now = *parseUtcInstant("2026-03-02T12:00Z");
    measure("44: next meetings of a daily rule that started in 1900", [&] {
        return std::to_string(nextOccurrences(m, platformZoneDb(), now, "UTC", 3).items.size()) + " meetings";
    });

    // Catalogue 51: a megabyte of schedule text.
    std::string text;
    while (text.size() < (1u << 20)) text += "Alternating between Monday at 10:00 UTC and ";
    measure("51: read 1 MB of schedule text", [&] {
        return std::to_string(parseSchedule(text).meetings.size()) + " meetings";
    });
    return 0;
}
