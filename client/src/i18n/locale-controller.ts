import type { ReactiveController, ReactiveControllerHost } from "lit";
import { intlLocale } from "./format.ts";
import { appLanguage, type LanguageStore } from "./language-store.ts";
import { translate, type Language, type MessageKey, type MessageParams } from "./messages.ts";

/**
 * Gives a component the UI language, its Intl locale and `t()`, and
 * re-renders the component when the language changes.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #store: LanguageStore;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, store: LanguageStore = appLanguage()) {
    this.#host = host;
    this.#store = store;
    host.addController(this);
  }

  get language(): Language {
    return this.#store.language;
  }

  /** The locale for Intl formatting, e.g. "en-GB" for a British browser using English. */
  get locale(): string {
    return intlLocale(this.language, globalThis.navigator?.languages ?? []);
  }

  get store(): LanguageStore {
    return this.#store;
  }

  t(key: MessageKey, params?: MessageParams): string {
    return translate(this.language, key, params);
  }

  hostConnected(): void {
    this.#unsubscribe = this.#store.subscribe(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
