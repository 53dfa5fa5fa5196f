// The screen, driven headless: a real ImGui context with no platform and no renderer. Keys and
// text go in as a browser would send them; what the widget shows comes out of stateJson().
#include <doctest/doctest.h>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "model/load.h"
#include "ui/screen.h"

using namespace wgf;
using nlohmann::json;

namespace {

struct Headless {
    ImGuiContext* ctx = ImGui::CreateContext();
    ui::Screen screen;
    std::vector<ui::Action> actions;
    double now = 1795435200;  // 2026-11-23T12:00:00Z

    explicit Headless(const std::string& registryJson, float width = 1200, float height = 800) {
        ImGui::SetCurrentContext(ctx);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(width, height);
        ui::Config config;
        config.viewerZone = "Europe/Berlin";
        screen.configure(config);
        auto r = loadRegistry(registryJson);
        screen.setRegistry(std::move(r.registry), std::move(r.diagnostics), r.fatal);
        frames(2);
    }
    ~Headless() { ImGui::DestroyContext(ctx); }

    void frames(int n = 1) {
        ImGui::SetCurrentContext(ctx);
        for (int i = 0; i < n; ++i) {
            screen.prepareFonts(1.0f);
            ImGuiIO& io = ImGui::GetIO();
            io.DeltaTime = 1.0f / 60;
            ImGui::NewFrame();
            ui::FrameInput in;
            in.nowUtc = now;
            screen.frame(in);
            ImGui::Render();
            for (auto& a : screen.takeActions()) actions.push_back(std::move(a));
        }
    }
    void key(ImGuiKey k) {
        ImGui::GetIO().AddKeyEvent(k, true);
        frames();
        ImGui::GetIO().AddKeyEvent(k, false);
        frames(2);
    }
    void type(const char* text) {
        ImGui::GetIO().AddInputCharactersUTF8(text);
        frames(2);
    }
    json state() const { return json::parse(screen.stateJson()); }
    bool did(ui::Action::Kind kind, const std::string& payload) const {
        for (const auto& a : actions)
            if (a.kind == kind && a.payload == payload) return true;
        return false;
    }
};

std::string registryOf(int groups) {
    json r = {{"version", 1}, {"title", "Many groups"}, {"groups", json::array()}};
    for (int i = 0; i < groups; ++i)
        r["groups"].push_back({{"id", "g" + std::to_string(i)}, {"name", "Group " + std::to_string(i)},
                               {"leads", {{{"name", "Person " + std::to_string(i)}, {"company", i % 2 ? "Acme" : "Globex"}}}},
                               {"topics", {"topic " + std::to_string(i % 7)}}});
    return r.dump();
}

const char* kSmall = R"J({"version":1,"title":"Istio working groups","updated":"2026-11-01","groups":[
  {"id":"security","name":"Security","kind":"working-group","topics":["Identity Federation"],
   "leads":[{"name":"Wencheng Lu","company":"Google"}],
   "contacts":[{"kind":"mailing-list","label":"istio-security@","url":"mailto:istio-security@example.org"}],
   "meetings":[{"schedule":"Wednesdays at 11:00 PT","rrule":"FREQ=WEEKLY;BYDAY=WE","time":"11:00","tz":"America/Los_Angeles",
                "url":"https://meet.example.org/sec"}]},
  {"id":"networking","name":"Networking","kind":"working-group","leads":[{"name":"Kuat Yessenov","company":"Google"}]},
  {"id":"core","name":"Core","meetings":[{"note":"TBD"}]}]})J";

}  // namespace

TEST_CASE("the screen shows every group and announces the count") {
    Headless h(kSmall);
    auto s = h.state();
    CHECK(s["total"] == 3);
    CHECK(s["visible"].size() == 3);
    CHECK(s["visible"][0]["id"] == "security");
    CHECK(s["visible"][0]["next"] == "Wed 25 Nov 20:00");  // 11:00 PST in Berlin
    CHECK(h.did(ui::Action::Kind::Announce, "3 groups found"));
}

TEST_CASE("'/' focuses the search field; typing narrows live; Esc clears") {
    Headless h(kSmall);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    h.key(ImGuiKey_Slash);
    CHECK(ImGui::GetIO().WantTextInput);
    h.type("netw");
    CHECK(h.state()["query"] == "netw");
    CHECK(h.state()["results"] == json::array({"networking"}));
    CHECK(h.did(ui::Action::Kind::QueryChanged, "netw"));
    CHECK(h.did(ui::Action::Kind::Announce, "1 group found"));
    h.key(ImGuiKey_Escape);
    CHECK(h.state()["query"] == "");
    CHECK(h.state()["total"] == 3);
}

TEST_CASE("characters typed right after '/' are not lost while the field takes the focus") {
    Headless h(kSmall);
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Slash, true);
    io.AddInputCharacter('/');
    io.AddKeyEvent(ImGuiKey_Slash, false);
    h.frames(1);
    io.AddInputCharactersUTF8("ne");  // arrives on the frame the focus lands
    h.frames(3);
    CHECK(h.state()["query"] == "ne");
}

TEST_CASE("characters typed right after '/' keep their order, key events and all") {
    // A browser sends key down, character, key up for each key; ImGui spreads such events over
    // several frames, so the field takes the focus with some characters still queued behind.
    Headless h(kSmall);
    ImGuiIO& io = ImGui::GetIO();
    auto press = [&](ImGuiKey k, char c) {
        io.AddKeyEvent(k, true);
        io.AddInputCharacter(static_cast<unsigned>(c));
        io.AddKeyEvent(k, false);
    };
    press(ImGuiKey_Slash, '/');
    h.frames(1);
    press(ImGuiKey_S, 's');
    press(ImGuiKey_T, 't');
    press(ImGuiKey_O, 'o');
    press(ImGuiKey_R, 'r');
    h.frames(12);
    CHECK(h.state()["query"] == "stor");
}

TEST_CASE("no key typed quickly is lost") {
    Headless h(kSmall);
    h.key(ImGuiKey_Slash);
    // A whole word arriving within one frame, as fast typing or a paste delivers it.
    ImGui::GetIO().AddInputCharactersUTF8("security wencheng");
    h.frames(2);
    CHECK(h.state()["query"] == "security wencheng");
    CHECK(h.state()["results"] == json::array({"security"}));
}

TEST_CASE("arrows move the selection from the search field, Enter opens it") {
    Headless h(kSmall, 600, 800);  // narrow: the detail replaces the list
    h.key(ImGuiKey_Slash);
    h.key(ImGuiKey_DownArrow);
    CHECK(h.state()["selected"] == "security");
    h.key(ImGuiKey_DownArrow);
    CHECK(h.state()["selected"] == "networking");
    h.key(ImGuiKey_UpArrow);
    h.key(ImGuiKey_Enter);
    CHECK(h.state()["detailOpen"] == true);
    CHECK(h.did(ui::Action::Kind::GroupSelected, "security"));
    CHECK(h.did(ui::Action::Kind::StateChanged, ""));
}

TEST_CASE("matched text is reported with its place") {
    Headless h(kSmall);
    h.screen.setQuery("wencheng");
    h.frames(2);
    auto v = h.state()["visible"];
    REQUIRE(v.size() == 1);
    CHECK(v[0]["spans"][0]["field"] == "leads[0].name");
    CHECK(v[0]["spans"][0]["text"] == "Wencheng");
}

TEST_CASE("a shared link restores the query, the selection and the zone") {
    Headless h(kSmall);
    h.screen.applyShareState("q=google&g=networking&tz=Asia%2FTokyo");
    h.frames(2);
    auto s = h.state();
    CHECK(s["query"] == "google");
    CHECK(s["selected"] == "networking");
    CHECK(s["zone"] == "Asia/Tokyo");
    CHECK(h.screen.shareState() == "q=google&g=networking&tz=Asia%2FTokyo");
}

TEST_CASE("100,000 groups: only the visible rows are laid out") {
    Headless h(registryOf(100000));
    auto s = h.state();
    CHECK(s["total"] == 100000);
    CHECK(s["visible"].size() < 80);
    h.screen.setQuery("person 99999");
    h.frames(2);
    CHECK(h.state()["results"][0] == "g99999");
}

TEST_CASE("a failed update keeps the last good data and says so") {
    Headless h(kSmall);
    auto bad = loadRegistry("{\"version\": 1, \"groups\": [");
    h.screen.setRegistry(std::move(bad.registry), std::move(bad.diagnostics), true);
    h.frames();
    CHECK(h.state()["total"] == 3);
    CHECK(h.state()["failedUpdate"] == true);
}

TEST_CASE("the wheel goes to the page when the list cannot scroll") {
    {
        Headless h(kSmall);
        ImGui::GetIO().AddMousePosEvent(600, 400);
        h.frames(2);
        CHECK_FALSE(h.screen.canScroll(+1));  // three rows fit: nothing to scroll
    }
    Headless big(registryOf(500));
    ImGui::GetIO().AddMousePosEvent(600, 500);
    big.frames(2);
    CHECK(big.screen.canScroll(+1));
    CHECK_FALSE(big.screen.canScroll(-1));  // already at the top
    CHECK(big.state()["visible"][0]["id"] == "g0");
    ImGui::GetIO().AddMouseWheelEvent(0, -20);  // down
    big.frames(3);
    auto v = big.state()["visible"];
    CHECK(v[0]["id"] != "g0");  // what is reported as shown follows the scroll
    CHECK(v.size() < 20);
    CHECK(big.screen.canScroll(-1));
}

TEST_CASE("themes: dark follows the system unless the host chooses") {
    Headless h(kSmall);
    ui::FrameInput in;
    in.systemDark = true;
    ImGui::NewFrame();
    h.screen.frame(in);
    ImGui::Render();
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    CHECK(bg.x < 0.2f);
    ui::Config light;
    light.theme = ui::Config::Theme::Light;
    h.screen.configure(light);
    ImGui::NewFrame();
    h.screen.frame(in);
    ImGui::Render();
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x > 0.9f);
}

TEST_CASE("the accessible mirror's commands do what the canvas's controls do") {
    Headless h(kSmall);
    h.screen.command("facet", "company:Google");
    h.frames();
    CHECK(h.state()["results"] == json::array({"security", "networking"}));
    h.screen.command("select", "security");
    h.frames();
    CHECK(h.state()["selected"] == "security");
    CHECK(h.state()["detailOpen"] == true);
    CHECK(h.did(ui::Action::Kind::GroupSelected, "security"));
    h.screen.command("pick", "security");
    h.screen.command("calendar", "");
    h.frames();
    bool downloaded = false;
    for (const auto& a : h.actions)
        if (a.kind == ui::Action::Kind::Download && a.name == "working-groups.ics") downloaded = a.payload.find("SUMMARY:Security") != std::string::npos;
    CHECK(downloaded);
    h.screen.command("copyLink", "security");
    h.frames();
    CHECK(h.did(ui::Action::Kind::CopyLink, h.screen.shareState()));
    CHECK(h.screen.mirror()[1] == "[]");
    h.screen.command("zones", "");
    CHECK(h.screen.mirror()[1].size() > 1000);  // the visitor reached the zone list: every zone
    h.screen.command("sort", "name");
    h.screen.command("zone", "Asia/Tokyo");
    h.frames();
    h.screen.command("hours", "9-17");
    h.screen.command("fit", "1");
    h.frames();
    CHECK(h.state()["fitsHoursOnly"] == true);
    h.screen.command("clearPicks", "");
    h.frames();
    CHECK(h.state()["picks"].empty());
    CHECK(h.state()["sort"] == "name");
    CHECK(h.state()["zone"] == "Asia/Tokyo");
    CHECK(h.state()["hours"] == "09:00-17:00");
    // What the mirror's parts say follows: the zone in the controls, Security's time in Tokyo.
    std::vector<std::string> parts = h.screen.mirror();
    REQUIRE(parts.size() == 4);
    CHECK(json::parse(parts[0])["zone"] == "Asia/Tokyo");
    CHECK(json::parse(parts[0])["from"] == 9);
    CHECK(json::parse(parts[0])["fitLabel"] == "Only groups that meet between 09:00 and 17:00 your time");
    CHECK(json::parse(parts[3])["meetings"][0]["text"].get<std::string>().rfind("next Thu 26 Nov 04:00", 0) == 0);
    // Nonsense is ignored, not obeyed.
    size_t before = h.actions.size();
    for (const char* name : {"calendar", "copyLink", "select", "week", "page", "facet", "bogus"})
        h.screen.command(name, "no-such|thing");
    h.frames();
    CHECK(h.state()["selected"] == "security");
    for (size_t k = before; k < h.actions.size(); ++k) {
        CHECK(h.actions[k].kind != ui::Action::Kind::Download);
        CHECK(h.actions[k].kind != ui::Action::Kind::CopyLink);
    }
}

TEST_CASE("a registry that publishes calendar feeds offers Subscribe: the feed's address is copied, with what to do") {
    std::string withFeeds = kSmall;
    withFeeds.insert(withFeeds.find("\"groups\""), "\"feeds\":\"calendars/\",");
    Headless h(withFeeds);
    h.screen.command("select", "security");
    h.frames(2);
    CHECK(h.state()["controls"].contains("subscribe"));
    CHECK(json::parse(h.screen.mirror()[3])["feed"] == true);
    h.screen.command("subscribe", "security");
    h.frames(2);
    CHECK(h.did(ui::Action::Kind::CopyUrl, "calendars/security.ics"));
    CHECK(h.did(ui::Action::Kind::Announce,
                "The address of Security's calendar feed is copied: add it to your calendar as a subscription "
                "(\"from URL\"); the calendar then keeps its meetings up to date."));
    CHECK(h.state()["controls"].contains("calendarNote"));

    // Without feeds, no Subscribe: a download is all there is.
    Headless plain(kSmall);
    plain.screen.command("select", "security");
    plain.screen.command("subscribe", "security");
    plain.frames(2);
    CHECK_FALSE(plain.state()["controls"].contains("subscribe"));
    CHECK(plain.state()["controls"].contains("addToCalendar"));
    CHECK(json::parse(plain.screen.mirror()[3])["feed"] == false);
    for (const auto& a : plain.actions) CHECK(a.kind != ui::Action::Kind::CopyUrl);
}

TEST_CASE("my week: the mirror's command opens it as seven columns on a wide screen, a list by day on a phone") {
    auto drawn = [](const json& state, const std::string& text) {
        for (const auto& t : state["texts"])
            if (t[4] == text) return true;
        return false;
    };
    for (float width : {1200.0f, 390.0f}) {
        Headless h(kSmall, width, 800);
        h.screen.command("pick", "security");
        h.screen.command("myWeek", "open");
        h.frames(2);
        json s = h.state();
        CHECK(drawn(s, "My week"));
        CHECK(drawn(s, "Week of Monday 23 November 2026"));
        // Columns headed "Wed 25" where there is room, else the days' full names down the list.
        CHECK(drawn(s, width > 1000 ? "Wed 25" : "Wednesday 25 November"));
        h.screen.command("myWeek", "next");
        h.frames(2);
        CHECK(drawn(h.state(), "Week of Monday 30 November 2026"));
        h.screen.command("myWeek", "close");
        h.frames(2);
        CHECK_FALSE(drawn(h.state(), "Week of Monday 30 November 2026"));
    }
}
