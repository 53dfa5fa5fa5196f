// The screen's detail of the selected group (leads, contacts, meetings in the viewer's zone,
// links) and the registry's problems.
//
// Index of this file:
// [SECTION] Detail
// [SECTION] Meeting card
// [SECTION] Problems
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "time/feeds.h"
#include "time/recurrence.h"
#include "ui/screen_impl.h"
#include "ui/widgets.h"

namespace wgf::ui {

//-----------------------------------------------------------------------------
// [SECTION] Detail
//-----------------------------------------------------------------------------

void Screen::Impl::detail(uint32_t gi) {
    noteScroll();
    if (focusRegion.empty() && ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows)) focusRegion = "details";
    const Group& g = vm.registry().groups[gi];
    ImGui::PushFont(fonts.fonts().title);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(g.name.c_str());
    noteText(g.name);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    if (!g.kind.empty()) {
        chip(g.kind, pal->chip, pal->chipText);
        ImGui::SameLine();
    }
    if (!g.status.empty()) {
        chip(g.status, pal->panel, pal->warning);
        ImGui::SameLine();
    }
    if (!g.parent.empty()) {
        int p = vm.registry().findGroup(g.parent);
        if (p >= 0) {
            std::string label = "part of " + vm.registry().groups[static_cast<size_t>(p)].name;
            if (link("parent", label, *pal)) vm.select(g.parent);
            ImGui::SameLine();
        }
    }
    // The platform knows the page's address and this widget's place in its fragment.
    if (link("copylink", "Copy link", *pal)) act(Action::Kind::CopyLink, vm.linkState(g.id));
    noteControl("copyLink");
    // Beside it, where it is seen without scrolling: this group's meetings as a calendar file.
    bool timed = std::any_of(g.meetings.begin(), g.meetings.end(), [](const Meeting& m) { return m.hasStructuredTime(); });
    if (timed) {
        sameLineIfFits(textWidth("Add to calendar"), 14);
        if (link("addcal", "Add to calendar", *pal)) downloadCalendar({g.id}, g.id + ".ics");
        noteControl("addToCalendar");
    }
    // Beside it, when the site publishes feeds: a calendar that refreshes itself.
    if (!feedUrl(vm.registry(), g.id).empty()) {
        sameLineIfFits(textWidth("Subscribe"), 14);
        if (link("subscribe", "Subscribe", *pal)) subscribe(g);
        noteControl("subscribe");
    }
    ImGui::NewLine();
    showCalendarNote(g.id);
    if (!g.description.empty()) wrapped(g.description, pal->text);
    if (auto since = vm.changesOf(gi); !since.empty()) {
        ImGui::SeparatorText("Since your last visit");
        noteText("Since your last visit");
        for (const auto& c : since) wrapped(c, pal->link);
    }

    // When do I join: first, since it is what most visitors come for.
    if (!g.meetings.empty()) {
        ImGui::SeparatorText("Meetings");
        noteText("Meetings");
        for (size_t i = 0; i < g.meetings.size(); ++i) meetingCard(gi, i);
    }

    if (!g.leads.empty()) {
        ImGui::SeparatorText("Leads");
        noteText("Leads");
        for (size_t i = 0; i < g.leads.size(); ++i) {
            const Person& p = g.leads[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::PushFont(fonts.fonts().bold);
            label(p.name, pal->text);
            ImGui::PopFont();
            std::string rest;
            if (!p.company.empty()) rest += p.company;
            if (!p.role.empty()) rest += (rest.empty() ? "" : " \xC2\xB7 ") + p.role;
            if (!rest.empty()) {
                sameLineIfFits(textWidth(rest));
                label(rest, pal->muted);
            }
            if (!p.github.empty()) {
                sameLineIfFits(textWidth(p.github) + 10);
                if (link("gh", "@" + p.github, *pal)) openLink("https://github.com/" + percentEncode(p.github));
            }
            ImGui::PopID();
        }
    }
    if (!g.contacts.empty()) {
        ImGui::SeparatorText("Contact");
        noteText("Contact");
        for (size_t i = 0; i < g.contacts.size(); ++i) {
            const Contact& c = g.contacts[i];
            ImGui::PushID(static_cast<int>(i));
            label(c.kind, pal->muted);
            ImGui::SameLine();
            std::string label = c.label.empty() ? c.url : c.label;
            if (openableLink(c.url)) {
                if (link("contact", label, *pal)) openLink(c.url);
            } else {
                wgf::ui::label(label, pal->text);
            }
            ImGui::SameLine();
            std::string copyText = c.url.rfind("mailto:", 0) == 0 ? c.url.substr(7) : (c.url.empty() ? c.label.str() : c.url.str());
            if (ImGui::SmallButton("Copy")) act(Action::Kind::CopyText, copyText);
            noteText("Copy");
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Copy %s", copyText.c_str());
            ImGui::PopID();
        }
    }
    if (!g.topics.empty()) {
        ImGui::SeparatorText("Topics");
        noteText("Topics");
        float avail = ImGui::GetContentRegionAvail().x, x = 0;
        for (size_t i = 0; i < g.topics.size(); ++i) {
            float w = textWidth(g.topics[i]) + 20;
            if (i > 0) {
                if (x + w < avail) ImGui::SameLine(0, 6);
                else x = 0;
            }
            if (chip(g.topics[i], pal->chip, pal->chipText)) {
                searchText = "topic:\"" + g.topics[i] + "\"";
                vm.setQuery(searchText);
            }
            x += w + 6;
        }
    }
    if (!g.links.empty()) {
        ImGui::SeparatorText("Links");
        noteText("Links");
        for (size_t i = 0; i < g.links.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (link("glink", g.links[i].label, *pal)) openLink(g.links[i].url);
            ImGui::PopID();
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Meeting card
//-----------------------------------------------------------------------------

void Screen::Impl::meetingCard(uint32_t gi, size_t i) {
    // The words are the view model's (ViewModel::meetingView), as the accessible mirror reads them.
    MeetingView v = vm.meetingView(gi, i);
    ImGui::PushID(static_cast<int>(i));
    if (!v.title.empty()) {
        ImGui::PushFont(fonts.fonts().bold);
        label(v.title, pal->text);
        ImGui::PopFont();
    }
    // The original words, as the registry wrote them.
    if (!v.original.empty()) wrapped("\xE2\x80\x9C" + v.original + "\xE2\x80\x9D", pal->muted);
    if (!v.weeks.empty()) {
        weekUnknown(gi, i, v);
    } else if (!v.when.empty()) {
        if (!v.skipped.empty()) wrapped(v.skipped + ";", pal->warning);
        ImGui::PushFont(fonts.fonts().bold);
        label(v.when, pal->text);
        ImGui::PopFont();
        ImGui::SameLine();
        label(v.countdown, v.happening ? pal->success : pal->muted);
        countdownShown = true;
        wrapped(v.cadence, pal->muted);
        ImGui::PushStyleColor(ImGuiCol_Text, pal->muted);
        for (const std::string& date : v.later) {
            ImGui::BulletText("%s", date.c_str());
            noteText(date);
        }
        if (v.weekChosen) {
            label("Which week: as you said, kept on this device.", pal->muted);
            ImGui::SameLine();
            if (link("forgetweek", "Forget", *pal)) vm.setWeekChoice(gi, i, "");
            noteControl("forgetWeek");
        }
        ImGui::PopStyleColor();
    } else if (!v.problem.empty()) {
        wrapped(v.problem, pal->warning);
    }
    for (size_t k = 0; k < v.links.size(); ++k) {
        if (k) ImGui::SameLine(0, 14);
        if (link(v.links[k].label.c_str(), v.links[k].label, *pal)) openLink(v.links[k].url);
        // "join0", "notes0", "recordings0"
        noteControl((toLower(v.links[k].label) + std::to_string(i)).c_str());
    }
    ImGui::Spacing();
    ImGui::PopID();
}

// A biweekly (or rarer) meeting whose week the registry does not give: its day and time are
// known and shown; the visitor may say which of the next dates is the real one.
void Screen::Impl::weekUnknown(uint32_t gi, size_t i, const MeetingView& v) {
    ImGui::PushFont(fonts.fonts().bold);
    label(v.when, pal->text);
    ImGui::PopFont();
    ImGui::SameLine();
    wrapped(v.cadence, pal->muted);
    wrapped(v.weekHelp, pal->warning);
    for (size_t k = 0; k < v.weeks.size(); ++k) {
        if (k) ImGui::SameLine();
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::SmallButton(v.weeks[k].label.c_str())) vm.setWeekChoice(gi, i, v.weeks[k].start);
        noteText(v.weeks[k].label);
        noteControl(("week" + std::to_string(k)).c_str());
        ImGui::PopID();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Problems
//-----------------------------------------------------------------------------

void Screen::Impl::problems() {
    const Diagnostics& d = vm.diagnostics();
    if (d.empty()) return;
    size_t errors = 0;
    for (const auto& x : d) errors += x.severity == Severity::Error;
    std::string label = std::to_string(d.size()) + (d.size() == 1 ? " problem" : " problems") + " in this registry (" +
                        std::to_string(errors) + " errors); the groups that loaded are shown";
    ImGui::PushStyleColor(ImGuiCol_Text, errors ? pal->error : pal->warning);
    bool open = ImGui::TreeNodeEx("##problems", ImGuiTreeNodeFlags_SpanAvailWidth, "%s", label.c_str());
    noteText(label);
    ImGui::PopStyleColor();
    if (open) {
        ImGui::BeginChild("problemlist", ImVec2(0, 160), true);
        for (const auto& x : d) wrapped(x.toString(), x.severity == Severity::Error ? pal->error : pal->warning);
        ImGui::EndChild();
        ImGui::TreePop();
    }
}

}  // namespace wgf::ui
