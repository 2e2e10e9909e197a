import { describe, expect, it } from "vitest";
import { languages, placeholdersOf } from "../../src/i18n/messages.ts";
import { signedInMessages, translateAny } from "../../src/i18n/signed-in-locale-controller.ts";

describe("the signed-in views' strings", () => {
  it("exist in English and German, none empty", () => {
    const reference = Object.keys(signedInMessages.en).sort();
    for (const language of languages) {
      expect(Object.keys(signedInMessages[language]).sort(), language).toEqual(reference);
      for (const [key, text] of Object.entries(signedInMessages[language])) expect(text.trim(), `${language}.${key}`).not.toBe("");
    }
  });

  it("use the same placeholders in every language", () => {
    for (const key of Object.keys(signedInMessages.en) as (keyof typeof signedInMessages.en)[]) {
      expect(placeholdersOf(signedInMessages.de[key]), key).toEqual(placeholdersOf(signedInMessages.en[key]));
    }
  });

  it("fill placeholders and reach the public strings too", () => {
    expect(translateAny("de", "typingOne", { name: "Anna" })).toBe("Anna schreibt …");
    expect(translateAny("en", "retry")).toBe("Try again");
  });
});
