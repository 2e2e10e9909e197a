import { describe, expect, it } from "vitest";
import { LanguageStore, languageStorageKey, type LanguageStorage } from "../../src/i18n/language-store.ts";
import { languages, messages, pickLanguage, placeholdersOf, translate } from "../../src/i18n/messages.ts";

describe("UI strings", () => {
  it("has every key in every language, and no empty text", () => {
    const reference = Object.keys(messages.en).sort();
    for (const language of languages) {
      expect(Object.keys(messages[language]).sort(), language).toEqual(reference);
      for (const [key, text] of Object.entries(messages[language])) expect(text.trim(), `${language}.${key}`).not.toBe("");
    }
  });

  it("uses the same placeholders in every language", () => {
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      for (const language of languages) {
        expect(placeholdersOf(messages[language][key]), `${language}.${key}`).toEqual(placeholdersOf(messages.en[key]));
      }
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("en", "resultsCountOther", { count: 3 })).toBe("3 businesses found");
    expect(translate("de", "todayHours", { hours: "08:00–12:00" })).toBe("Heute: 08:00–12:00");
    expect(translate("en", "todayHours")).toBe("Today: {hours}");
  });

  it("picks the first supported language the browser prefers", () => {
    expect(pickLanguage(["fr-FR", "de-AT", "en"])).toBe("de");
    expect(pickLanguage(["EN-gb"])).toBe("en");
    expect(pickLanguage(["fr", "pl"])).toBe("en");
  });
});

class MemoryStorage implements LanguageStorage {
  readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
}

describe("the language choice", () => {
  it("starts from the browser's preference when nothing is saved", () => {
    expect(new LanguageStore({ storage: new MemoryStorage(), preferred: ["de-DE"] }).language).toBe("de");
  });

  it("prefers a saved choice over the browser's preference", () => {
    const storage = new MemoryStorage();
    storage.setItem(languageStorageKey, "en");
    expect(new LanguageStore({ storage, preferred: ["de-DE"] }).language).toBe("en");
  });

  it("saves a new choice and tells subscribers once", () => {
    const storage = new MemoryStorage();
    const store = new LanguageStore({ storage, preferred: ["en"] });
    const seen: string[] = [];
    store.subscribe((language) => seen.push(language));
    store.set("de");
    store.set("de");
    expect(storage.getItem(languageStorageKey)).toBe("de");
    expect(seen).toEqual(["de"]);
  });

  it("still switches when storage refuses to save or read", () => {
    const broken: LanguageStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const store = new LanguageStore({ storage: broken, preferred: ["de"] });
    expect(store.language).toBe("de");
    store.set("en");
    expect(store.language).toBe("en");
  });

  it("ignores a saved value that is not a language", () => {
    const storage = new MemoryStorage();
    storage.setItem(languageStorageKey, "<script>");
    expect(new LanguageStore({ storage, preferred: ["de"] }).language).toBe("de");
  });
});
