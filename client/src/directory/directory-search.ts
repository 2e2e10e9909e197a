import type { DirectoryPage, DirectoryResult } from "../api/directory.ts";
import { ApiError, isAbort, type ApiFailure } from "../api/http.ts";
import type { Language } from "../i18n/messages.ts";
import { directoryApiQuery, sameSearch, type SearchState } from "./search-state.ts";

export type DirectoryFetcher = (query: URLSearchParams, language: Language, signal: AbortSignal) => Promise<DirectoryPage>;

/** Everything the directory page shows, as plain data. */
export interface DirectorySnapshot {
  search: SearchState | undefined;
  language: Language | undefined;
  status: "idle" | "loading" | "loaded" | "failed";
  results: readonly DirectoryResult[];
  nextCursor: string | null;
  failure: ApiFailure | undefined;
  more: "idle" | "loading" | "failed";
  moreFailure: ApiFailure | undefined;
  /** How many results the last "more" request added (focus moves to the first of them). */
  added: number;
  /** When the first page of the results arrived (ms since epoch). */
  loadedAt: number;
}

const initial: DirectorySnapshot = {
  search: undefined,
  language: undefined,
  status: "idle",
  results: [],
  nextCursor: null,
  failure: undefined,
  more: "idle",
  moreFailure: undefined,
  added: 0,
  loadedAt: 0,
};

/** Results older than this are fetched again when the page shows them again: opening states change. */
export const resultsMaxAgeMs = 60_000;

function failureOf(error: unknown): ApiFailure {
  return error instanceof ApiError ? error.failure : { kind: "network" };
}

/**
 * Directory search without a DOM: runs searches, pages through results and
 * keeps only the answer to the latest request (a slow earlier answer never
 * overwrites a newer one: the earlier request is aborted).
 */
export class DirectorySearch {
  readonly #fetch: DirectoryFetcher;
  readonly #listeners = new Set<(snapshot: DirectorySnapshot) => void>();
  #snapshot: DirectorySnapshot = initial;
  #inFlight: AbortController | undefined;

  readonly #now: () => number;

  constructor(fetcher: DirectoryFetcher, now: () => number = Date.now) {
    this.#fetch = fetcher;
    this.#now = now;
  }

  get snapshot(): DirectorySnapshot {
    return this.#snapshot;
  }

  subscribe(listener: (snapshot: DirectorySnapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Shows the results for a search in a language, unless they are shown (or loading) already. */
  async show(search: SearchState, language: Language): Promise<void> {
    const current = this.#snapshot;
    const fresh = current.status === "loading" || (current.status === "loaded" && this.#now() - current.loadedAt < resultsMaxAgeMs);
    if (current.search && sameSearch(current.search, search) && current.language === language && fresh) return;
    await this.#run(search, language);
  }

  /** Runs the current search again, e.g. after a failure. */
  async retry(): Promise<void> {
    const { search, language } = this.#snapshot;
    if (search && language) await this.#run(search, language);
  }

  async loadMore(): Promise<void> {
    const { search, language, nextCursor, status, more } = this.#snapshot;
    if (!search || !language || !nextCursor || status !== "loaded" || more === "loading") return;
    const request = this.#begin();
    this.#set({ more: "loading", moreFailure: undefined, added: 0 });
    try {
      const page = await this.#fetch(directoryApiQuery(search, { cursor: nextCursor }), language, request.signal);
      if (request.signal.aborted) return;
      const known = new Set(this.#snapshot.results.map((result) => result.slug));
      const fresh = page.results.filter((result) => !known.has(result.slug));
      this.#set({ results: [...this.#snapshot.results, ...fresh], nextCursor: page.nextCursor, more: "idle", added: fresh.length });
    } catch (error) {
      if (isAbort(error) || request.signal.aborted) return;
      this.#set({ more: "failed", moreFailure: failureOf(error) });
    }
  }

  /** How many results "more" added since the last call; the page moves focus to the first of them once. */
  takeAdded(): number {
    const added = this.#snapshot.added;
    if (added > 0) this.#snapshot = { ...this.#snapshot, added: 0 };
    return added;
  }

  /** Stops any request in flight (the page went away). */
  dispose(): void {
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    // An aborted search must run again when the page comes back.
    if (this.#snapshot.status === "loading") this.#snapshot = initial;
    else if (this.#snapshot.more === "loading") this.#snapshot = { ...this.#snapshot, more: "idle" };
  }

  async #run(search: SearchState, language: Language): Promise<void> {
    const request = this.#begin();
    this.#set({ search, language, status: "loading", failure: undefined, more: "idle", moreFailure: undefined, added: 0 });
    try {
      const page = await this.#fetch(directoryApiQuery(search), language, request.signal);
      if (request.signal.aborted) return;
      this.#set({ status: "loaded", results: page.results, nextCursor: page.nextCursor, loadedAt: this.#now() });
    } catch (error) {
      if (isAbort(error) || request.signal.aborted) return;
      this.#set({ status: "failed", results: [], nextCursor: null, failure: failureOf(error) });
    }
  }

  #begin(): AbortController {
    this.#inFlight?.abort();
    const request = new AbortController();
    this.#inFlight = request;
    return request;
  }

  #set(change: Partial<DirectorySnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    for (const listener of this.#listeners) listener(this.#snapshot);
  }
}

/** What the result count line says. */
export function resultCountMessage(snapshot: DirectorySnapshot): { key: "searching" | "resultsCountOne" | "resultsCountOther" | "resultsCountMore"; count: number } | undefined {
  if (snapshot.status === "loading") return { key: "searching", count: 0 };
  if (snapshot.status !== "loaded") return undefined;
  const count = snapshot.results.length;
  if (snapshot.nextCursor) return { key: "resultsCountMore", count };
  return { key: count === 1 ? "resultsCountOne" : "resultsCountOther", count };
}

/**
 * Typing refines the same search, so it replaces the history entry the
 * first keystrokes made; a submit or a filter change is a step of its own.
 */
export type SearchTrigger = "typing" | "submit" | "filter";

export function replacesHistoryEntry(trigger: SearchTrigger, previous: SearchTrigger | undefined): boolean {
  return trigger === "typing" && previous === "typing";
}
