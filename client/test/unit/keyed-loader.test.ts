import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/api/http.ts";
import { KeyedLoader } from "../../src/state/keyed-loader.ts";

describe("loading one value per key", () => {
  it("loads once per key and keeps only the newest answer", async () => {
    const pending = new Map<string, (value: string) => void>();
    const loader = new KeyedLoader<string>((key) => new Promise((resolve) => pending.set(key, resolve)));
    const a = loader.show("a");
    void loader.show("b");
    void loader.show("b");
    expect(pending.size).toBe(2);
    pending.get("a")!("value a");
    await a;
    expect(loader.state).toEqual({ status: "loading", key: "b" });
    pending.get("b")!("value b");
    await Promise.resolve();
    expect(loader.state).toEqual({ status: "loaded", key: "b", value: "value b" });
  });

  it("reports not found as a failure the page can explain", async () => {
    const loader = new KeyedLoader<string>(() => Promise.reject(new ApiError({ kind: "not-found" }, "no business")));
    await loader.show("x");
    expect(loader.state).toEqual({ status: "failed", key: "x", failure: { kind: "not-found" } });
  });

  it("keeps the shown value during a quiet reload", async () => {
    let count = 0;
    const loader = new KeyedLoader<number>(() => Promise.resolve(++count));
    await loader.show("x");
    const reload = loader.reload({ quiet: true });
    expect(loader.state).toEqual({ status: "loaded", key: "x", value: 1 });
    await reload;
    expect(loader.state).toEqual({ status: "loaded", key: "x", value: 2 });
  });
});

describe("failed loads", () => {
  it("are not retried by showing the same key again, only by reload", async () => {
    let calls = 0;
    const loader = new KeyedLoader<string>(() => {
      calls++;
      return Promise.reject(new ApiError({ kind: "server", status: 500 }, "boom"));
    });
    await loader.show("x");
    await loader.show("x");
    expect(calls).toBe(1);
    await loader.reload();
    expect(calls).toBe(2);
  });

  it("tell waiting callers when the current request is answered", async () => {
    let resolve: (value: string) => void = () => undefined;
    const loader = new KeyedLoader<string>(() => new Promise((r) => (resolve = r)));
    void loader.show("x");
    const settled = loader.settled().then(() => loader.state.status);
    resolve("done");
    expect(await settled).toBe("loaded");
  });
});
