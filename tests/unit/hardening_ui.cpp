// Hardening, what the widget shows: a broken update keeps the last good registry on screen with
// the visitor's query and selection; a good one replaces it cleanly; registry text stays text in
// the state handed to the host page.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "model/load.h"
#include "time/civil.h"
#include "ui/view_model.h"

using namespace wgf;
using namespace wgf::ui;

namespace {

const char* kFirst = R"J({"version": 1, "title": "First", "groups": [
  {"id": "security", "name": "Security", "leads": [{"name": "Ann Lee"}]},
  {"id": "networking", "name": "Networking", "leads": [{"name": "Bo Chen"}]}]})J";
const char* kSecond = R"J({"version": 1, "title": "Second <b>edition</b>", "groups": [
  {"id": "networking", "name": "Networking", "leads": [{"name": "Bo Chen"}]},
  {"id": "docs", "name": "Docs <img src=x onerror=alert(1)>", "description": "</script><script>alert(2)</script>"}]})J";

const int64_t kNow = daysFromCivil(2026, 3, 2) * 86400 + 12 * 3600;

int load(ViewModel& vm, const std::string& json) {
    LoadResult r = loadRegistry(json);
    return vm.setRegistry(std::move(r.registry), std::move(r.diagnostics), r.fatal);
}

std::string shownIds(ViewModel& vm) {
    std::string s;
    for (uint32_t g : vm.order()) s += (s.empty() ? "" : " ") + vm.registry().groups[g].id;
    return s;
}

}  // namespace

TEST_SUITE_BEGIN("hardening: the widget's data");

TEST_CASE("a failed update keeps the last good registry, the query and the selection") {
    ViewModel vm(platformZoneDb());
    vm.setNow(kNow);
    REQUIRE(load(vm, kFirst) == 2);
    vm.setQuery("ann");
    vm.select("security");
    REQUIRE(shownIds(vm) == "security");
    for (const char* bad : {"{\"version\": 1, \"groups\": [ oops", "", "[]", "{\"version\": 7}",
                            "{\"version\": 1, \"groups\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]}"}) {
        CAPTURE(bad);
        CHECK(load(vm, bad) == 2);
        CHECK(vm.registry().title == "First");
        CHECK(shownIds(vm) == "security");
        CHECK(vm.selected() == "security");
        REQUIRE(vm.failedUpdate().size() == 1);
        CHECK(vm.failedUpdate()[0].severity == Severity::Error);
        CHECK(nlohmann::json::accept(vm.stateJson()));
    }
    CHECK(vm.failedUpdate()[0].toString() == "error: line 1, column 57: nesting deeper than 32 levels");
}

TEST_CASE("a good update replaces the registry; a selection that no longer exists is cleared") {
    ViewModel vm(platformZoneDb());
    vm.setNow(kNow);
    load(vm, kFirst);
    load(vm, "{oops");
    REQUIRE_FALSE(vm.failedUpdate().empty());
    vm.select("security");
    vm.togglePick("security");
    vm.togglePick("networking");
    vm.setQuery("");
    CHECK(load(vm, kSecond) == 2);
    CHECK(vm.failedUpdate().empty());  // the failure is no longer shown once good data came
    CHECK(vm.registry().title == "Second <b>edition</b>");
    CHECK(vm.selected().empty());
    CHECK(vm.picks() == std::set<std::string>{"networking"});
    CHECK(shownIds(vm) == "networking docs");  // registry order when nothing is searched
}

TEST_CASE("registry markup reaches the host page as JSON text, never as markup") {
    ViewModel vm(platformZoneDb());
    vm.setNow(kNow);
    load(vm, kSecond);
    vm.setQuery("docs");
    vm.select("docs");
    std::string state = vm.stateJson();
    REQUIRE(nlohmann::json::accept(state));
    // The host page reads these as JSON strings and sets textContent; they arrive as written.
    auto j = nlohmann::json::parse(state);
    CHECK(j["title"].get<std::string>() == "Second <b>edition</b>");
    CHECK(j["results"] == nlohmann::json::array({"docs"}));
    CHECK(vm.registry().groups[1].name == "Docs <img src=x onerror=alert(1)>");
}

TEST_SUITE_END();
