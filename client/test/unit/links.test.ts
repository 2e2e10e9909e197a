import { describe, expect, it } from "vitest";
import { matrixToHref, openStreetMapUrl, telephoneHref, websiteHref, websiteLabel } from "../../src/business/links.ts";

const address = { street: "Oranienstraße 12", postcode: "10999", city: "Berlin", country: "DE" };

describe("links built from a profile", () => {
  it("points OpenStreetMap at the coordinates when there are some", () => {
    expect(openStreetMapUrl(address, { lat: 52.5016, lon: 13.4186 })).toBe(
      "https://www.openstreetmap.org/?mlat=52.5016&mlon=13.4186#map=18/52.5016/13.4186",
    );
  });

  it("searches OpenStreetMap for the address otherwise", () => {
    expect(openStreetMapUrl(address, null)).toBe("https://www.openstreetmap.org/search?query=Oranienstra%C3%9Fe%2012%2C%2010999%20Berlin%2C%20DE");
    expect(openStreetMapUrl({ street: "", postcode: "", city: "", country: "" }, null)).toBeUndefined();
  });

  it("dials only digits and a leading plus", () => {
    expect(telephoneHref("+49 30 6123456")).toBe("tel:+49306123456");
    expect(telephoneHref("(030) 61-23")).toBe("tel:0306123");
    expect(telephoneHref("call us")).toBeUndefined();
  });

  it("links only http and https websites", () => {
    expect(websiteHref("https://baeckerei-schmidt.example")).toBe("https://baeckerei-schmidt.example/");
    expect(websiteHref("javascript:alert(1)")).toBeUndefined();
    expect(websiteHref("data:text/html,hi")).toBeUndefined();
    expect(websiteLabel("https://baeckerei-schmidt.example/")).toBe("baeckerei-schmidt.example");
  });

  it("links the Matrix address through matrix.to", () => {
    expect(matrixToHref("#biz_x:example.org", null)).toBe("https://matrix.to/#/%23biz_x%3Aexample.org");
    expect(matrixToHref("#biz_x:example.org", "javascript:alert(1)")).toBe("https://matrix.to/#/%23biz_x%3Aexample.org");
    expect(matrixToHref("not an alias", null)).toBeUndefined();
  });
});
