import { describe, expect, it } from "vitest";
import { decodeBusiness } from "../../src/api/businesses.ts";
import { categoryLabel, decodeCategories, sortedCategories } from "../../src/api/categories.ts";
import { decodeDirectoryPage } from "../../src/api/directory.ts";
import { failureMessage } from "../../src/api/failure-message.ts";
import { ApiError, getJson } from "../../src/api/http.ts";

function answer(status: number, body: unknown, headers: Record<string, string> = {}): typeof fetch {
  return () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } }));
}

async function failureOf(fetchImpl: typeof fetch) {
  try {
    await getJson("/api/v1/x", { fetchImpl });
  } catch (error) {
    if (error instanceof ApiError) return error.failure;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("talking to the API", () => {
  it("returns the JSON of a successful answer", async () => {
    expect(await getJson("/api/v1/x", { fetchImpl: answer(200, { ok: true }) })).toEqual({ ok: true });
  });

  it("maps a rate limit with its Retry-After seconds", async () => {
    const failure = await failureOf(answer(429, { error: { code: "rate_limited", message: "slow down" } }, { "retry-after": "7" }));
    expect(failure).toEqual({ kind: "rate-limited", retryAfterSeconds: 7 });
    expect(failureMessage(failure)).toEqual({ key: "failureRateLimited", params: { seconds: 7 } });
  });

  it("maps not found, invalid requests, server errors and network errors", async () => {
    expect(await failureOf(answer(404, {}))).toEqual({ kind: "not-found" });
    expect(await failureOf(answer(400, { error: { message: "q: too long" } }))).toEqual({ kind: "invalid", message: "q: too long" });
    expect(await failureOf(answer(503, "down"))).toEqual({ kind: "server", status: 503 });
    expect(await failureOf(() => Promise.reject(new TypeError("Failed to fetch")))).toEqual({ kind: "network" });
  });

  it("passes a cancellation through unchanged", async () => {
    const aborted = () => Promise.reject(new DOMException("aborted", "AbortError"));
    await expect(getJson("/api/v1/x", { fetchImpl: aborted })).rejects.toHaveProperty("name", "AbortError");
  });
});

describe("reading API answers", () => {
  it("reads a directory page and skips entries without a slug", () => {
    const page = decodeDirectoryPage({
      results: [{ slug: "zum-anker", name: "Kneipe Zum Anker", opening: { open_now: true, today: { text: "18:00–03:00" } } }, { name: "no slug" }],
      next_cursor: null,
    });
    expect(page.results).toHaveLength(1);
    expect(page.results[0]!.opening.openNow).toBe(true);
    expect(page.results[0]!.opening.today.text).toBe("18:00–03:00");
    expect(page.nextCursor).toBeNull();
  });

  it("reads a profile and drops malformed hours instead of failing", () => {
    const business = decodeBusiness({
      slug: "x-y",
      name: "X",
      coordinates: { lat: 52.5, lon: "13" },
      hours: { timeZone: "Europe/Berlin", weekly: { mon: [{ open: "08:00", close: "12:00" }, { open: "8", close: "x" }] }, special: [{ date: "soon" }] },
    });
    expect(business.coordinates).toBeNull();
    expect(business.hours.weekly.mon).toEqual([{ open: "08:00", close: "12:00" }]);
    expect(business.hours.special).toEqual([]);
  });

  it("labels categories in the UI language and sorts them by that label", () => {
    const categories = decodeCategories({
      categories: [
        { id: "bakery", labels: { en: "Bakery", de: "Bäckerei" } },
        { id: "bar", labels: { en: "Bar", de: "Bar" } },
        { id: "odd", labels: {} },
      ],
    });
    expect(categoryLabel(categories, "bakery", "de")).toBe("Bäckerei");
    expect(categoryLabel(categories, "odd", "de")).toBe("odd");
    expect(categoryLabel(categories, "unknown", "en")).toBe("unknown");
    expect(sortedCategories(categories, "de", "de").map((c) => c.id)).toEqual(["bakery", "bar", "odd"]);
    expect(sortedCategories(categories, "en", "en").map((c) => c.id)).toEqual(["bakery", "bar", "odd"]);
  });
});
