import { isLanguage, pickLanguage, type Language } from "./messages.ts";

/** The part of `Storage` the store needs; `undefined` when storage is blocked. */
export interface LanguageStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const languageStorageKey = "kontor.language";

type Listener = (language: Language) => void;

/**
 * The UI language: the saved choice, else the browser's preference. Kept
 * apart from the DOM so it can be tested and shared by every component.
 */
export class LanguageStore {
  readonly #storage: LanguageStorage | undefined;
  readonly #listeners = new Set<Listener>();
  #language: Language;

  constructor(options: { storage?: LanguageStorage; preferred: readonly string[] }) {
    this.#storage = options.storage;
    const saved = readSafely(options.storage);
    this.#language = isLanguage(saved) ? saved : pickLanguage(options.preferred);
  }

  get language(): Language {
    return this.#language;
  }

  /** Switches the language, remembers the choice and tells every subscriber. */
  set(language: Language): void {
    if (language === this.#language) return;
    this.#language = language;
    try {
      this.#storage?.setItem(languageStorageKey, language);
    } catch {
      // Storage may be full or forbidden (private mode); the choice then lasts for this visit.
    }
    for (const listener of this.#listeners) listener(language);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

function readSafely(storage: LanguageStorage | undefined): string | null {
  try {
    return storage?.getItem(languageStorageKey) ?? null;
  } catch {
    return null;
  }
}

function browserStorage(): LanguageStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Accessing localStorage throws when cookies are blocked.
    return undefined;
  }
}

let shared: LanguageStore | undefined;

/** The one store the whole app shares, created on first use from the browser's settings. */
export function appLanguage(): LanguageStore {
  shared ??= new LanguageStore({ storage: browserStorage(), preferred: globalThis.navigator?.languages ?? [] });
  return shared;
}
