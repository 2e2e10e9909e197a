import { html } from "lit";
import { describe, expect, it } from "vitest";
import type { OpeningHours } from "../../src/api/opening.ts";
import "../../src/components/hours-table/hours-table.ts";
import type { HoursTable } from "../../src/components/hours-table/hours-table.ts";
import { appLanguage } from "../../src/i18n/language-store.ts";
import { mount, shadowOf, textOf } from "./support.ts";

const hours: OpeningHours = {
  timeZone: "Europe/Berlin",
  weekly: {
    tue: [
      { open: "10:00", close: "13:00" },
      { open: "14:00", close: "18:30" },
    ],
    fri: [{ open: "18:00", close: "03:00" }],
  },
  special: [],
};

/** 2026-12-04 is a Friday. */
async function table(): Promise<HoursTable> {
  return mount<HoursTable>(html`<kontor-hours-table .hours=${hours} today="2026-12-04"></kontor-hours-table>`);
}

function row(element: HoursTable, day: string): HTMLTableRowElement {
  return shadowOf(element).querySelector<HTMLTableRowElement>(`tr[data-day="${day}"]`)!;
}

describe("the opening hours table", () => {
  it("has a row per weekday, Monday first, with row and column headers", async () => {
    const element = await table();
    const root = shadowOf(element);
    const days = [...root.querySelectorAll("tbody th[scope=row]")].map((cell) => textOf(cell));
    expect(days).toEqual(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday (today)", "Saturday", "Sunday"]);
    expect(root.querySelectorAll("thead th[scope=col]")).toHaveLength(2);
  });

  it("shows a split shift as two lines", async () => {
    const element = await table();
    const slots = [...row(element, "tue").querySelectorAll(".slot")].map((slot) => textOf(slot));
    expect(slots).toEqual(["10:00–13:00", "14:00–18:30"]);
  });

  it("marks a slot past midnight as ending the next day", async () => {
    const element = await table();
    const slot = row(element, "fri").querySelector(".slot")!;
    expect(slot.hasAttribute("data-overnight")).toBe(true);
    expect(textOf(slot)).toMatch(/^18:00–03:00 next day$/);
  });

  it("highlights today with a word as well as a style", async () => {
    const element = await table();
    expect(row(element, "fri").classList.contains("today")).toBe(true);
    expect(row(element, "fri").getAttribute("aria-current")).toBe("date");
    expect(row(element, "tue").hasAttribute("aria-current")).toBe(false);
  });

  it("says Closed on days without hours and speaks German when switched", async () => {
    const element = await table();
    expect(textOf(row(element, "mon").querySelector("td"))).toBe("Closed");
    appLanguage().set("de");
    await element.updateComplete;
    expect(textOf(row(element, "mon"))).toBe("Montag Geschlossen");
    expect(textOf(row(element, "fri").querySelector(".slot"))).toBe("18:00–03:00 am Folgetag");
  });
});
