import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import type { OpeningHours } from "../../src/api/opening.ts";
import "../../src/components/hours-editor/hours-editor.ts";
import type { HoursChangeEvent, HoursEditor } from "../../src/components/hours-editor/hours-editor.ts";
import { mount, shadowOf, textOf } from "./support.ts";

const hours: OpeningHours = {
  timeZone: "Europe/Berlin",
  weekly: { mon: [{ open: "08:00", close: "12:30" }], sat: [] },
  special: [],
};

async function editor(start: OpeningHours = hours, problems: Record<string, string[]> = {}): Promise<{ element: HoursEditor; changes: OpeningHours[] }> {
  const changes: OpeningHours[] = [];
  const element = await mount<HoursEditor>(
    html`<kontor-hours-editor .hours=${start} .problems=${problems} today="2026-12-20" locale="en-GB" @kontor-hours-change=${(event: HoursChangeEvent) => changes.push(event.hours)}></kontor-hours-editor>`,
  );
  return { element, changes };
}

function day(element: HoursEditor, name: string): HTMLElement {
  return shadowOf(element).querySelector<HTMLElement>(`[aria-labelledby="day-${name}"]`)!;
}

describe("the opening hours editor", () => {
  it("shows each weekday with its shifts, and closed days as closed", async () => {
    const { element } = await editor();
    expect(textOf(shadowOf(element).querySelector("#day-mon"))).toBe("Monday");
    const inputs = [...day(element, "mon").querySelectorAll<HTMLInputElement>("input")];
    expect(inputs.map((input) => input.value)).toEqual(["08:00", "12:30"]);
    expect(inputs[0]!.getAttribute("aria-label")).toBe("Monday, shift 1: opens");
    expect(textOf(day(element, "sat").querySelector(".closed"))).toBe("Closed");
  });

  it("adds a second shift for a lunch break and moves focus into it", async () => {
    const { element, changes } = await editor();
    await userEvent.click(day(element, "mon").querySelector<HTMLButtonElement>("#add-mon")!);
    expect(changes.at(-1)?.weekly.mon).toEqual([
      { open: "08:00", close: "12:30" },
      { open: "13:30", close: "17:30" },
    ]);
    await element.updateComplete;
    expect(shadowOf(element).activeElement?.id).toBe("day-mon-1-open");
  });

  it("removes a shift with a button named after it", async () => {
    const { element, changes } = await editor();
    const remove = day(element, "mon").querySelector<HTMLButtonElement>("button.remove")!;
    expect(remove.getAttribute("aria-label")).toBe("Remove Monday, shift 1");
    await userEvent.click(remove);
    expect(changes.at(-1)?.weekly.mon).toEqual([]);
  });

  it("adds a special day with a note, closed until hours are added", async () => {
    const { element, changes } = await editor();
    await userEvent.click(shadowOf(element).querySelector<HTMLButtonElement>(".add-special")!);
    expect(changes.at(-1)?.special).toEqual([{ date: "2026-12-20", slots: [], note: null }]);
    const note = shadowOf(element).querySelector<HTMLInputElement>("#special-0-note")!;
    await userEvent.type(note, "Heiligabend");
    note.dispatchEvent(new Event("change"));
    expect(changes.at(-1)?.special[0]?.note).toBe("Heiligabend");
    expect(textOf(shadowOf(element).querySelector(".special .closed"))).toBe("Closed");
  });

  it("tidies a typed time and points out overlapping shifts next to the day", async () => {
    const overlapping: OpeningHours = { ...hours, weekly: { mon: [{ open: "08:00", close: "12:30" }, { open: "13:00", close: "17:00" }] } };
    const { element, changes } = await editor(overlapping);
    const open = shadowOf(element).querySelector<HTMLInputElement>("#day-mon-1-open")!;
    await userEvent.clear(open);
    await userEvent.type(open, "1130");
    open.dispatchEvent(new Event("change"));
    expect(changes.at(-1)?.weekly.mon?.[1]?.open).toBe("11:30");
    await element.updateComplete;
    const monday = day(element, "mon");
    expect(textOf(monday.querySelector(".problems"))).toContain("Two shifts overlap");
    expect(monday.querySelector("input")!.getAttribute("aria-describedby")).toBe("day-mon-problems");
  });

  it("shows the API's problems next to the field they name", async () => {
    const { element } = await editor(hours, { "hours.weekly.mon": ["slots 08:00-12:30 and 12:00-14:00 overlap"], "hours.timeZone": ['"Europe/Berln" is not a known IANA time zone'] });
    expect(textOf(day(element, "mon").querySelector(".problems"))).toBe("slots 08:00-12:30 and 12:00-14:00 overlap");
    const zone = shadowOf(element).querySelector("#zone")!;
    expect(zone.getAttribute("aria-invalid")).toBe("true");
    expect(textOf(shadowOf(element).querySelector("#zone-problems"))).toContain("not a known IANA time zone");
  });
});
