// Types of wgfinder's page API: the <wg-finder> element, mount() and the registry format
// (format version 1; the JSON Schema is registry.schema.json in this package).

/** A labelled link. */
export interface RegistryLink { label?: string; url: string; }

/** A person who leads a group. */
export interface RegistryPerson {
  name: string;
  company?: string;
  /** GitHub handle without '@'. */
  github?: string;
  /** chair, tech-lead, lead, emeritus, maintainer... */
  role?: string;
}

/** A way to reach a group. */
export interface RegistryContact {
  /** mailing-list, slack, discord, forum, email, other... */
  kind?: string;
  label?: string;
  /** http(s) or mailto; any other scheme is dropped when the registry loads. */
  url: string;
}

/** One recurring meeting: the text as written, and structured fields when known. */
export interface RegistryMeeting {
  title?: string;
  /** As the community writes it, e.g. "Wednesdays at 11:00 PT (biweekly)". */
  schedule?: string;
  /** RFC 5545 subset, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE". */
  rrule?: string;
  /** Local date-time of one occurrence, "YYYY-MM-DDTHH:MM". */
  start?: string;
  /** Local time "HH:MM" when no start date is known. */
  time?: string;
  /** IANA zone, e.g. "America/Los_Angeles". */
  tz?: string;
  durationMinutes?: number;
  url?: string;
  notesUrl?: string;
  recordingsUrl?: string;
  note?: string;
}

export interface RegistryGroup {
  id: string;
  name: string;
  /** working-group, sig, committee, team, subproject... */
  kind?: string;
  parent?: string;
  status?: string;
  description?: string;
  topics?: string[];
  leads?: RegistryPerson[];
  contacts?: RegistryContact[];
  meetings?: RegistryMeeting[];
  links?: RegistryLink[];
}

/** A registry, format version 1. */
export interface Registry {
  version: 1;
  title?: string;
  about?: string;
  /** "YYYY-MM-DD": shown as "data as of". */
  updated?: string;
  links?: RegistryLink[];
  groups: RegistryGroup[];
}

/** Options of mount(); the same as the element's attributes, camelCased. */
export interface MountOptions {
  /** A URL (JSON or Markdown, relative to the page), or the registry itself as an object or text. */
  registry?: string | Registry;
  format?: 'json' | 'markdown';
  theme?: 'system' | 'light' | 'dark';
  /** Initial query. */
  query?: string;
  /** CSS height, default 640px. */
  height?: string;
  /** The viewer's IANA time zone (default: the browser's). */
  zone?: string;
  /** Base of relative links in a Markdown registry (default: the registry's URL). */
  baseUrl?: string;
  /** Namespace of this widget's state in the URL fragment (default: the element's id, else "wgf"). */
  key?: string;
  /** Opt in to the service worker (wgfinder-sw.js next to wgfinder.js); a string is its scope. */
  offline?: boolean | string;
  /** Start at once instead of when the widget scrolls into view. */
  eager?: boolean;
  /** false: do not read or write the URL fragment. */
  fragment?: boolean;
  /** false: keep nothing on the device (the visitor's zone and the weeks they say biweekly
   *  meetings fall on are otherwise kept in localStorage under "wgfinder.<key>"). */
  remember?: boolean;
  /** A key ("/") that, pressed anywhere on the page outside a text field, puts the focus in this
   *  widget's search field. None by default: the page's keys are the page's. */
  searchKey?: string;
}

/** A highlighted stretch of a field, in UTF-8 byte offsets. */
export interface SearchSpan { field: string; begin: number; end: number; text?: string; }

export interface FacetValue { value: string; label: string; count: number; selected: boolean; }

/** What search() returns: the same ranking as the widget's list. */
export interface SearchResults {
  total: number;
  results: { id: string; name: string; score: number; spans: SearchSpan[] }[];
  facets: {
    company: FacetValue[]; kind: FacetValue[]; day: FacetValue[]; cadence: FacetValue[];
    daysInViewerZone: boolean;
  };
  messages: { severity: 'error' | 'warning'; column: number; message: string }[];
  didYouMean: string[];
  error?: string;
}

/** A problem found in the registry, placed as precisely as the input allows. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  line?: number;
  column?: number;
  /** JSON pointer into the registry ("/groups/3/leads/0/name"), empty for Markdown pages. */
  pointer?: string;
  /** Id of the group concerned, empty for the registry as a whole. */
  group?: string;
  /** The whole message as one line, place first. */
  text?: string;
}

/** What state() returns (fields beyond these may be added; read what you need). */
export interface WidgetState {
  ready: boolean;
  failed?: boolean;
  message?: string;
  title?: string;
  updated?: string;
  groupCount?: number;
  groupIds?: string[];
  query?: string;
  total?: number;
  /** Ids of the groups found, in the list's order (the first 200). */
  results?: string[];
  selected?: string;
  offline?: boolean | string;
  offlineReady?: boolean;
  key?: string;
  focused?: boolean;
  /** True from an input (or a change) until the frame that shows it is drawn. */
  framePending?: boolean;
  [more: string]: unknown;
}

/** The methods a widget has; <wg-finder> and any element passed to mount() have them too. */
export interface WidgetApi {
  /** Resolves when the first registry is shown. */
  readonly ready: Promise<void> | undefined;
  state(): WidgetState;
  diagnostics(): Diagnostic[];
  setQuery(query: string): void;
  /** Shows another registry; returns its group count, or -1 when unusable (the last good one stays). */
  setRegistry(registry: Registry | string, options?: { format?: 'json' | 'markdown' }): number;
  loadRegistry(url: string): Promise<number> | undefined;
  search(query: string, limit?: number): SearchResults | null;
  focus(): void;
}

export interface Widget extends WidgetApi {
  readonly host: HTMLElement;
  readonly key: string;
  setTheme(theme: 'system' | 'light' | 'dark'): void;
}

/** Starts a widget on any element (returns the existing one when already mounted). */
export function mount(element: HTMLElement, options?: MountOptions): Widget;

/** <wg-finder registry="groups.json" theme="dark" query="security" height="500px" offline>
 *  (its methods are WidgetApi's, merged in below). */
export class WgFinderElement extends HTMLElement {}
export interface WgFinderElement extends WidgetApi {}

/** Events fired on the element (bubbling, composed). */
export interface WgFinderEventMap {
  'wgf-ready': CustomEvent<{ groupCount: number }>;
  'wgf-select': CustomEvent<{ id: string }>;
  'wgf-query': CustomEvent<{ query: string }>;
  'wgf-state': CustomEvent<{ share: string }>;
  'wgf-error': CustomEvent<{ message: string; diagnostics: Diagnostic[] }>;
  /** A calendar file the visitor asked for was handed to the browser. */
  'wgf-download': CustomEvent<{ name: string; mime: string; size: number }>;
}

declare global {
  interface HTMLElementTagNameMap { 'wg-finder': WgFinderElement; }
  interface HTMLElementEventMap extends WgFinderEventMap {}
}
