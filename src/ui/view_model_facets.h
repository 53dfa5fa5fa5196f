// The view model's facet helpers, shared by its source files.
#pragma once

#include "ui/view_model.h"

namespace wgf::ui::detail {

// The selected values of one facet (of a FacetSelection or a const one).
template <class Selection>
auto& facetList(Selection& s, FacetKind k) {
    switch (k) {
        case FacetKind::Company: return s.companies;
        case FacetKind::Kind: return s.kinds;
        case FacetKind::Day: return s.days;
        case FacetKind::Cadence: break;
    }
    return s.cadences;
}

inline const char* facetKey(FacetKind k) {
    switch (k) {
        case FacetKind::Company: return "company";
        case FacetKind::Kind: return "kind";
        case FacetKind::Day: return "day";
        case FacetKind::Cadence: return "cadence";
    }
    return "";
}

}  // namespace wgf::ui::detail
