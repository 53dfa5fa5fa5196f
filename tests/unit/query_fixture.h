// Small hand-made registries and helpers for the query engine tests.
#pragma once

#include <string>
#include <vector>

#include "query/engine.h"

namespace wgf::testing {

inline Person lead(std::string name, std::string company = {}, std::string github = {}) {
    Person p;
    p.name = std::move(name);
    p.company = std::move(company);
    p.github = std::move(github);
    return p;
}

inline Meeting meeting(std::string rrule, std::string tz, std::string schedule = {}) {
    Meeting m;
    m.rrule = std::move(rrule);
    m.time = "11:00";
    m.tz = std::move(tz);
    m.schedule = std::move(schedule);
    return m;
}

inline Group group(std::string id, std::string name, std::string description = {}) {
    Group g;
    g.id = std::move(id);
    g.name = std::move(name);
    g.description = std::move(description);
    return g;
}

// A community like the reference one: a handful of groups with leads, companies, contacts and
// meetings in several zones, accents and a CJK name.
inline Registry community() {
    Registry r;
    {
        Group g = group("security", "Security",
                        "Owns the security model: mutual TLS, authorization and certificate rotation.");
        g.kind = "working-group";
        g.topics = {"mTLS", "authorization policy"};
        g.leads = {lead("Sven Müller", "Google", "svenm"), lead("Ana García", "Red Hat", "anag")};
        g.contacts = {{"mailing-list", "istio-security@", "https://groups.google.com/g/istio-security"},
                      {"slack", "#security", "https://istio.slack.com/archives/security"}};
        g.meetings = {meeting("FREQ=WEEKLY;BYDAY=WE", "America/Los_Angeles", "Wednesdays at 11:00 PT")};
        r.groups.push_back(g);
    }
    {
        Group g = group("networking", "Networking", "Traffic management, ingress and the service mesh data plane.");
        g.kind = "sig";
        g.topics = {"gateway api", "service mesh"};
        g.leads = {lead("John Smith", "Google", "jsmith"), lead("Søren Larsen", "Tetrate", "slarsen")};
        g.contacts = {{"slack", "#networking", "https://istio.slack.com/archives/networking"}};
        g.meetings = {meeting("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "Europe/Berlin", "Every other Thursday")};
        r.groups.push_back(g);
    }
    {
        Group g = group("observability", "Observability", "Metrics, tracing and logging. Mesh service telemetry.");
        g.kind = "working-group";
        g.topics = {"telemetry", "tracing"};
        g.leads = {lead("Zoë Dubois", "Microsoft", "zoed")};
        g.contacts = {{"mailing-list", "istio-observability@", "mailto:observability@lists.istio.io"}};
        g.meetings = {meeting("FREQ=MONTHLY;BYDAY=1TU", "UTC", "First Tuesday of the month")};
        r.groups.push_back(g);
    }
    {
        Group g = group("test-release", "Test and Release", "Release process and testing infrastructure.");
        g.kind = "team";
        g.topics = {"ci infrastructure"};
        g.leads = {lead("Łukasz Kowalski", "IBM", "lkowalski")};
        r.groups.push_back(g);
    }
    {
        Group g = group("docs-zh", "中文文档工作组", "负责大数据平台的中文文档翻译。");
        g.kind = "working-group";
        g.leads = {lead("王伟", "Huawei")};
        g.meetings = {meeting("FREQ=WEEKLY;BYDAY=MO", "Asia/Shanghai", "每周一")};
        r.groups.push_back(g);
    }
    {
        Group g = group("legacy-mixer", "Legacy Mixer", "Archived: the mixer component was removed.");
        g.kind = "subproject";
        g.status = "archived";
        r.groups.push_back(g);
    }
    return r;
}

// The small community above with its index: the state most query tests start from.
struct CommunityIndex {
    Registry reg = community();
    SearchIndex index{reg};
};

// Ids of the hits in rank order, space-separated ("networking security").
inline std::string ids(const QueryResult& r, const Registry& reg) {
    std::string out;
    for (const auto& h : r.hits) out += (out.empty() ? "" : " ") + reg.groups[h.group].id;
    return out;
}

// Searches and returns the ids of the hits.
inline std::string find(SearchIndex& index, const Registry& reg, const std::string& query,
                        const QueryOptions& options = {}) {
    return ids(index.search(query, options), reg);
}

// "column: message" lines of a result's messages.
inline std::string messages(const QueryResult& r) {
    std::string out;
    for (const auto& m : r.messages) out += std::to_string(m.column) + ": " + m.message + "\n";
    return out;
}

}  // namespace wgf::testing
