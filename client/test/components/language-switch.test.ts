import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import "../../src/components/language-switch/language-switch.ts";
import type { LanguageSwitch } from "../../src/components/language-switch/language-switch.ts";
import { appLanguage, languageStorageKey } from "../../src/i18n/language-store.ts";
import { mount, shadowOf } from "./support.ts";

function button(element: LanguageSwitch, language: string): HTMLButtonElement {
  return shadowOf(element).querySelector<HTMLButtonElement>(`button[data-language="${language}"]`)!;
}

describe("the language switch", () => {
  it("offers English and German as toggle buttons named in their own language", async () => {
    const element = await mount<LanguageSwitch>(html`<kontor-language-switch></kontor-language-switch>`);
    const group = shadowOf(element).querySelector("[role=group]")!;
    expect(group.getAttribute("aria-label")).toBe("Language");
    expect(button(element, "en").getAttribute("aria-pressed")).toBe("true");
    expect(button(element, "de").getAttribute("aria-pressed")).toBe("false");
    expect(button(element, "de").getAttribute("lang")).toBe("de");
    expect(button(element, "de").textContent).toContain("Deutsch");
  });

  it("switches the whole app's language and remembers the choice", async () => {
    const element = await mount<LanguageSwitch>(html`<kontor-language-switch></kontor-language-switch>`);
    await userEvent.click(button(element, "de"));
    await element.updateComplete;
    expect(appLanguage().language).toBe("de");
    expect(localStorage.getItem(languageStorageKey)).toBe("de");
    expect(button(element, "de").getAttribute("aria-pressed")).toBe("true");
    expect(shadowOf(element).querySelector("[role=group]")!.getAttribute("aria-label")).toBe("Sprache");
  });

  it("can be used with the keyboard alone", async () => {
    const element = await mount<LanguageSwitch>(html`<kontor-language-switch></kontor-language-switch>`);
    button(element, "en").focus();
    await userEvent.keyboard("{Tab}");
    expect(shadowOf(element).activeElement).toBe(button(element, "de"));
    await userEvent.keyboard("{Enter}");
    expect(appLanguage().language).toBe("de");
  });
});
