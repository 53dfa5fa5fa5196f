// Model -> registry JSON (format v1): fields in schema order, empty fields left out.
#include <nlohmann/json.hpp>

#include "model/load.h"

namespace wgf {

namespace {

using ojson = nlohmann::ordered_json;

void put(ojson& o, const char* key, const std::string& v) {
    if (!v.empty()) o[key] = v;
}

// `key`: [one object per item, filled by fill(object, item)], when there are items.
template <class Item, class Fill>
void putList(ojson& o, const char* key, const std::vector<Item>& items, Fill fill) {
    if (items.empty()) return;
    ojson a = ojson::array();
    for (const Item& item : items) {
        ojson y;
        fill(y, item);
        a.push_back(std::move(y));
    }
    o[key] = std::move(a);
}

ojson linksJson(const std::vector<Link>& links) {
    ojson a = ojson::array();
    for (const auto& l : links) {
        ojson o;
        put(o, "label", l.label);
        put(o, "url", l.url);
        a.push_back(std::move(o));
    }
    return a;
}

}  // namespace

std::string registryToJson(const Registry& reg, int indent) {
    ojson doc;
    doc["version"] = reg.version;
    put(doc, "title", reg.title);
    put(doc, "about", reg.about);
    put(doc, "updated", reg.updated);
    put(doc, "feeds", reg.feeds);
    if (!reg.links.empty()) doc["links"] = linksJson(reg.links);
    ojson groups = ojson::array();
    for (const auto& g : reg.groups) {
        ojson o;
        put(o, "id", g.id);
        put(o, "name", g.name);
        put(o, "kind", g.kind);
        put(o, "parent", g.parent);
        put(o, "status", g.status);
        put(o, "description", g.description);
        if (!g.topics.empty()) o["topics"] = g.topics;
        putList(o, "leads", g.leads, [](ojson& x, const Person& p) {
            put(x, "name", p.name);
            put(x, "company", p.company);
            put(x, "github", p.github);
            put(x, "role", p.role);
        });
        putList(o, "contacts", g.contacts, [](ojson& x, const Contact& c) {
            put(x, "kind", c.kind);
            put(x, "label", c.label);
            put(x, "url", c.url);
        });
        if (!g.meetings.empty()) {
            ojson a = ojson::array();
            for (const auto& m : g.meetings) {
                ojson x = ojson::object();  // "{}", not null, when every field was dropped
                put(x, "title", m.title);
                put(x, "schedule", m.schedule);
                put(x, "rrule", m.rrule);
                put(x, "start", m.start);
                put(x, "time", m.time);
                put(x, "tz", m.tz);
                if (m.durationMinutes > 0) x["durationMinutes"] = m.durationMinutes;
                put(x, "url", m.url);
                put(x, "notesUrl", m.notesUrl);
                put(x, "recordingsUrl", m.recordingsUrl);
                put(x, "note", m.note);
                put(x, "status", m.status);
                put(x, "anchor", m.anchor);
                put(x, "weeks", m.weeks);
                putList(x, "skip", m.skip, [](ojson& y, const MeetingSkip& k) {
                    put(y, "date", k.date);
                    put(y, "reason", k.reason);
                });
                putList(x, "extra", m.extra, [](ojson& y, const MeetingExtra& e) {
                    put(y, "start", e.start);
                    put(y, "reason", e.reason);
                });
                putList(x, "rotation", m.rotation, [](ojson& y, const MeetingSlot& r) {
                    put(y, "title", r.title);
                    put(y, "day", r.day);
                    put(y, "time", r.time);
                    put(y, "tz", r.tz);
                });
                a.push_back(std::move(x));
            }
            o["meetings"] = std::move(a);
        }
        if (!g.links.empty()) o["links"] = linksJson(g.links);
        groups.push_back(std::move(o));
    }
    doc["groups"] = std::move(groups);
    // Replace rather than throw on invalid UTF-8: the model may come from a repaired source.
    return doc.dump(indent, ' ', false, ojson::error_handler_t::replace) + (indent >= 0 ? "\n" : "");
}

}  // namespace wgf
