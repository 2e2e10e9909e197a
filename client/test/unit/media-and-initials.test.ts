import { afterEach, describe, expect, it } from "vitest";
import { initialsOf, toneOf } from "../../src/components/business-logo/initials.ts";
import { mediaUrl, parseMxc, setHomeserverBaseUrl } from "../../src/media/media-url.ts";

afterEach(() => setHomeserverBaseUrl(undefined));

describe("media URLs for mxc:// URIs", () => {
  it("has none while no homeserver is known", () => {
    expect(mediaUrl("mxc://example.org/AbC")).toBeUndefined();
  });

  it("builds a thumbnail URL on the homeserver once it is known", () => {
    setHomeserverBaseUrl("https://matrix.example.org/");
    expect(mediaUrl("mxc://example.org/AbC_-1", { width: 96, height: 96 })).toBe(
      "https://matrix.example.org/_matrix/media/v3/thumbnail/example.org/AbC_-1?width=96&height=96&method=crop",
    );
  });

  it("refuses malformed URIs", () => {
    setHomeserverBaseUrl("https://matrix.example.org");
    expect(parseMxc("mxc://example.org/../../admin")).toBeUndefined();
    expect(mediaUrl("https://evil.example/x.png")).toBeUndefined();
    expect(mediaUrl("mxc://ex ample.org/x")).toBeUndefined();
  });
});

describe("initials for businesses without a shown logo", () => {
  it("takes the first letters of the first and last word", () => {
    expect(initialsOf("Bäckerei Schmidt")).toBe("BS");
    expect(initialsOf("Zahnarztpraxis Dr. Aydın")).toBe("ZA");
    expect(initialsOf("Radwerk")).toBe("RA");
    expect(initialsOf("  ")).toBe("?");
  });

  it("gives each business a stable tone", () => {
    expect(toneOf("zum-anker")).toBe(toneOf("zum-anker"));
    expect(toneOf("zum-anker")).toBeGreaterThanOrEqual(0);
    expect(toneOf("zum-anker")).toBeLessThan(8);
  });
});
