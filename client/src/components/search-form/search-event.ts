import type { SearchTrigger } from "../../directory/directory-search.ts";
import type { SearchState } from "../../directory/search-state.ts";

/** The search form's request for results: what to search and whether it came from typing. */
export class SearchEvent extends Event {
  static readonly eventName = "kontor-search";
  readonly search: SearchState;
  readonly trigger: SearchTrigger;

  constructor(search: SearchState, trigger: SearchTrigger) {
    super(SearchEvent.eventName, { bubbles: true, composed: true });
    this.search = search;
    this.trigger = trigger;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-search": SearchEvent;
  }
}
