#include "import/fields.h"

#include "model/text.h"

namespace wgf::importer {

namespace {

struct Known {
    const char* label;
    Field field;
};

// Labels as pages write them, normalised (see normaliseLabel).
const Known kKnown[] = {
    {"name", Field::Name}, {"group", Field::Name}, {"group name", Field::Name}, {"working group", Field::Name},
    {"wg", Field::Name}, {"wg name", Field::Name}, {"sig", Field::Name}, {"sig name", Field::Name},
    {"team", Field::Name}, {"committee", Field::Name}, {"user group", Field::Name}, {"subproject", Field::Name},
    {"community group", Field::Name},
    {"groups", Field::GroupsLed}, {"working groups", Field::GroupsLed}, {"wgs", Field::GroupsLed},
    {"sigs", Field::GroupsLed}, {"group(s)", Field::GroupsLed}, {"teams", Field::GroupsLed},
    {"leads", Field::Leads}, {"lead", Field::Leads}, {"chairs", Field::Leads}, {"chair", Field::Leads},
    {"co-chairs", Field::Leads}, {"co-leads", Field::Leads}, {"owners", Field::Leads}, {"owner", Field::Leads},
    {"maintainers", Field::Leads}, {"organizers", Field::Leads}, {"organisers", Field::Leads},
    {"facilitators", Field::Leads}, {"leadership", Field::Leads}, {"tech leads", Field::Leads},
    {"technical leads", Field::Leads}, {"tech lead", Field::Leads}, {"wg leads", Field::Leads},
    {"sig leads", Field::Leads}, {"conveners", Field::Leads}, {"coordinators", Field::Leads},
    {"members", Field::Members}, {"membership", Field::Members},
    {"sponsors", Field::Sponsors}, {"sponsor", Field::Sponsors}, {"technical committee sponsors", Field::Sponsors},
    {"spec sponsors", Field::Sponsors}, {"tc sponsors", Field::Sponsors}, {"gc sponsors", Field::Sponsors},
    {"liaison", Field::Liaison}, {"liaisons", Field::Liaison}, {"governance committee liaison", Field::Liaison},
    {"gc liaison", Field::Liaison}, {"tc liaison", Field::Liaison},
    {"emeritus leads", Field::EmeritusLeads}, {"emeritus", Field::EmeritusLeads}, {"former leads", Field::EmeritusLeads},
    {"past leads", Field::EmeritusLeads}, {"emeritus chairs", Field::EmeritusLeads},
    {"company", Field::Company}, {"affiliation", Field::Company}, {"organization", Field::Company},
    {"organisation", Field::Company}, {"employer", Field::Company},
    {"profile", Field::Profile}, {"github", Field::Profile}, {"github handle", Field::Profile}, {"handle", Field::Profile},
    {"mailing list", Field::Contacts}, {"mailing lists", Field::Contacts}, {"contact", Field::Contacts},
    {"contacts", Field::Contacts}, {"email", Field::Contacts}, {"e-mail", Field::Contacts}, {"slack", Field::Contacts},
    {"slack channel", Field::Contacts}, {"slack channels", Field::Contacts}, {"chat", Field::Contacts},
    {"channel", Field::Contacts}, {"forum", Field::Contacts}, {"discussions", Field::Contacts},
    {"github discussions", Field::Contacts}, {"discord", Field::Contacts}, {"google group", Field::Contacts},
    {"meeting invites group", Field::Contacts},
    {"topics", Field::Topics}, {"example topics", Field::Topics}, {"scope", Field::Topics}, {"areas", Field::Topics},
    {"focus areas", Field::Topics}, {"areas of focus", Field::Topics},
    {"description", Field::Description}, {"about", Field::Description}, {"summary", Field::Description},
    {"mission", Field::Description},
    {"meetings", Field::Meetings}, {"meeting", Field::Meetings}, {"schedule", Field::Meetings},
    {"meeting time", Field::Meetings}, {"meeting times", Field::Meetings}, {"when", Field::Meetings},
    {"meeting schedule", Field::Meetings}, {"community meeting calendar", Field::Meetings},
    {"meeting calendar", Field::Meetings}, {"community meeting", Field::Meetings},
    {"meeting link", Field::MeetingLink}, {"meeting url", Field::MeetingLink}, {"community meeting vc", Field::MeetingLink},
    {"vc", Field::MeetingLink}, {"video call", Field::MeetingLink}, {"zoom", Field::MeetingLink},
    {"zoom link", Field::MeetingLink}, {"meeting room", Field::MeetingLink}, {"join", Field::MeetingLink},
    {"meeting notes", Field::MeetingNotes}, {"notes", Field::MeetingNotes}, {"minutes", Field::MeetingNotes},
    {"meeting minutes", Field::MeetingNotes}, {"agenda", Field::MeetingNotes}, {"meeting agenda", Field::MeetingNotes},
    {"meeting recordings", Field::MeetingRecordings}, {"recordings", Field::MeetingRecordings},
    {"recording", Field::MeetingRecordings}, {"videos", Field::MeetingRecordings},
    {"youtube playlist", Field::MeetingRecordings},
    {"charter", Field::Links}, {"charter / mission", Field::Links}, {"design docs", Field::Links},
    {"design documents", Field::Links}, {"document folder", Field::Links}, {"docs", Field::Links},
    {"repos", Field::Links}, {"repositories", Field::Links}, {"repository", Field::Links},
    {"github repository", Field::Links}, {"roadmap", Field::Links}, {"roadmap projects", Field::Links},
    {"website", Field::Links}, {"label", Field::Links}, {"github team wg leads", Field::Links},
    {"github team", Field::Links}, {"project board", Field::Links}, {"folder", Field::Links},
    {"duration", Field::Ignored}, {"stakeholder sigs", Field::Ignored}, {"subgroup", Field::Ignored},
    {"artifact", Field::Ignored}, {"link", Field::Ignored},
};

Field lookup(std::string_view label) {
    for (const auto& k : kKnown)
        if (label == k.label) return k.field;
    return Field::Unknown;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

const char* fieldName(Field f) {
    switch (f) {
        case Field::Name: return "name";
        case Field::GroupsLed: return "groups";
        case Field::Leads: return "leads";
        case Field::Members: return "members";
        case Field::Sponsors: return "sponsors";
        case Field::Liaison: return "liaison";
        case Field::EmeritusLeads: return "emeritus leads";
        case Field::Company: return "company";
        case Field::Profile: return "profile";
        case Field::Contacts: return "contact";
        case Field::Topics: return "topics";
        case Field::Description: return "description";
        case Field::Meetings: return "meetings";
        case Field::MeetingLink: return "meeting link";
        case Field::MeetingNotes: return "meeting notes";
        case Field::MeetingRecordings: return "meeting recordings";
        case Field::Links: return "links";
        case Field::Ignored: return "ignored";
        default: return "unknown";
    }
}

std::string normaliseLabel(std::string_view label) {
    // "&nbsp;" headers (the avatar column) decode to U+00A0: a space, not a label.
    std::string plain(label);
    for (size_t at = plain.find("\xC2\xA0"); at != std::string::npos; at = plain.find("\xC2\xA0", at)) plain.replace(at, 2, " ");
    auto h = collapseSpaces(toLower(trim(plain)));
    for (bool changed = true; changed && !h.empty();) {
        changed = false;
        while (!h.empty() && (h.back() == ':' || h.back() == '*' || h.back() == ' ')) h.pop_back(), changed = true;
        // Footnote markers: "chairs [2]", "leads^1", "leads¹²" (superscript digits are two bytes: C2 B9/B2/B3).
        if (h.size() >= 3 && h.back() == ']') {
            auto open = h.rfind('[');
            if (open != std::string::npos && open + 2 < h.size() + 0 &&
                h.find_first_not_of("0123456789*", open + 1) == h.size() - 1) {
                h.erase(open);
                changed = true;
            }
        }
        size_t e = h.size();
        while (e > 0 && isDigit(h[e - 1])) --e;
        // "Chairs^2", and "Chairs [2]" when [2] is a reference link (md4c then gives "Chairs 2").
        if (e < h.size() && e > 0 && (h[e - 1] == '^' || h[e - 1] == ' ')) h.erase(e - 1), changed = true;
        if (h.size() >= 2 && static_cast<unsigned char>(h[h.size() - 2]) == 0xC2 &&
            (h.back() == '\xB9' || h.back() == '\xB2' || h.back() == '\xB3'))
            h.erase(h.size() - 2), changed = true;
        if (auto open = h.rfind(" ("); open != std::string::npos && !h.empty() && h.back() == ')') h.erase(open), changed = true;
    }
    return h;
}

std::string displayLabel(std::string_view label) {
    auto h = collapseSpaces(label);
    for (bool changed = true; changed;) {
        changed = false;
        size_t e = h.size();
        if (e > 0 && h[e - 1] == ']') {
            auto open = h.rfind('[');
            if (open != std::string::npos && h.find_first_not_of("0123456789", open + 1) == e - 1) h.erase(open), changed = true;
        } else {
            while (e > 0 && isDigit(h[e - 1])) --e;
            if (e < h.size() && e > 0 && (h[e - 1] == ' ' || h[e - 1] == '^')) h.erase(e - 1), changed = true;
        }
        while (!h.empty() && h.back() == ' ') h.pop_back();
    }
    return h;
}

Field fieldOf(std::string_view label) {
    auto h = normaliseLabel(label);
    if (h.empty()) return Field::Unknown;
    if (auto f = lookup(h); f != Field::Unknown) return f;
    // "Slack / Mailing List", "Chairs & Leads", "Chairs and Tech Leads": every part the same field.
    Field all = Field::Unknown;
    size_t b = 0;
    for (size_t i = 0; i <= h.size(); ++i) {
        size_t sep = 0;
        if (i == h.size() || h[i] == '/' || h[i] == '&' || h[i] == ',') sep = 1;
        else if (h.compare(i, 5, " and ") == 0) sep = 5;
        if (sep == 0) continue;
        auto part = std::string(trim(std::string_view(h).substr(b, i - b)));
        b = i + sep;
        i += sep - 1;
        if (part == h) return Field::Unknown;
        Field f = lookup(part);
        if (f == Field::Unknown || (all != Field::Unknown && f != all)) return Field::Unknown;
        all = f;
    }
    return all;
}

std::string contactKindOfLabel(std::string_view label) {
    auto h = toLower(label);
    auto has = [&](const char* s) { return h.find(s) != std::string::npos; };
    if (has("mailing") || has("list") || has("google group") || has("invites group")) return "mailing-list";
    if (has("slack")) return "slack";
    if (has("discord")) return "discord";
    if (has("forum") || has("discussion")) return "forum";
    return {};
}

std::string contactKindOfUrl(std::string_view url, const std::string& fallback) {
    auto u = toLower(url);
    auto has = [&](const char* s) { return u.find(s) != std::string::npos; };
    if (u.rfind("mailto:", 0) == 0) return fallback == "mailing-list" ? "mailing-list" : "email";
    if (has("slack.com") || has("://slack.")) return "slack";
    if (has("discord.gg") || has("discord.com")) return "discord";
    if (has("groups.google.com") || has("googlegroups.com") || has("groups.io") || has("://lists.") || has("/mailman/"))
        return "mailing-list";
    if (has("://discuss.") || has("forum") || has("/discussions")) return "forum";
    return fallback.empty() ? "other" : fallback;
}

std::string kindOfHeading(std::string_view heading) {
    auto h = " " + collapseSpaces(toLower(heading)) + " ";
    static const struct { const char* word; const char* kind; } words[] = {
        {"special interest group", "sig"}, {" sig", "sig"},           {"working group", "working-group"},
        {" wg", "working-group"},          {"committee", "committee"}, {"user group", "user-group"},
        {"subproject", "subproject"},      {"team", "team"},
    };
    size_t best = std::string::npos;
    const char* kind = "";
    for (const auto& w : words) {
        auto at = h.find(w.word);
        // A whole word (plurals allowed): "sigs", "teams" but not "design" or "steam".
        while (at != std::string::npos) {
            size_t end = at + std::string_view(w.word).size();
            bool startOk = w.word[0] == ' ' || h[at - 1] == ' ' || h[at - 1] == '-';
            if (end < h.size() && h[end] == 's') ++end;
            bool endOk = end >= h.size() || !((h[end] >= 'a' && h[end] <= 'z') || isDigit(h[end]));
            if (startOk && endOk) break;
            at = h.find(w.word, at + 1);
        }
        if (at != std::string::npos && at < best) best = at, kind = w.kind;
    }
    return kind;
}

bool isArchiveHeading(std::string_view heading) {
    auto h = toLower(heading);
    for (const char* w : {"emeritus", "archived", "archive", "retired", "inactive", "former", "disbanded", "past "})
        if (h.find(w) != std::string::npos) return true;
    return false;
}

bool looksLikeSchedule(std::string_view text) {
    auto t = toLower(text);
    bool day = false;
    for (const char* d : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "daily", "weekly"})
        if (t.find(d) != std::string::npos) day = true;
    if (!day) return false;
    for (size_t i = 0; i + 2 < t.size(); ++i) {
        if (!isDigit(t[i])) continue;
        if (t[i + 1] == ':' && isDigit(t[i + 2])) return true;
        size_t j = i + 1;
        while (j < t.size() && t[j] == ' ') ++j;
        if (t.compare(j, 2, "am") == 0 || t.compare(j, 2, "pm") == 0) return true;
    }
    return false;
}

}  // namespace wgf::importer
