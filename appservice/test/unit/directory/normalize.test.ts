import { describe, expect, it } from "vitest";
import { cityKey, normalizeForSearch, searchTerms } from "../../../src/directory/normalize.ts";

describe("folding text for search", () => {
  it.each([
    ["München", "munchen"],
    ["MÜNCHEN", "munchen"],
    ["Café", "cafe"],
    ["Straße", "strasse"],
    ["STRASSE", "strasse"],
    ["Bäckerei", "backerei"],
    ["Kraków", "krakow"],
    ["Łódź", "lodz"],
    ["Malmö", "malmo"],
    ["Ærø", "aero"],
    ["Œuvre", "oeuvre"],
    ["Đakovo", "dakovo"],
    ["Þórsmörk", "thorsmork"],
    ["İzmir", "izmir"],
    ["ẞ", "ss"],
    ["ﬁliale", "filiale"],
  ])("folds %s to %s", (text, folded) => {
    expect(normalizeForSearch(text)).toBe(folded);
  });

  it("leaves punctuation and spacing to the word splitter", () => {
    expect(normalizeForSearch("Müller & Söhne")).toBe("muller & sohne");
  });

  it("splits text into words of letters and digits only", () => {
    expect(searchTerms(' "Bäckerei"  Müller-Schmidt, 24/7 (OR) NEAR* ')).toEqual(["backerei", "muller", "schmidt", "24", "7", "or", "near"]);
  });

  it("finds no words in text without letters or digits", () => {
    expect(searchTerms(' "*:-() ')).toEqual([]);
  });

  it("treats differently written forms of a city as the same city", () => {
    expect(cityKey("Frankfurt (Oder)")).toBe(cityKey("frankfurt  oder"));
    expect(cityKey("München")).toBe("munchen");
  });
});
