import { describe, expect, it } from "vitest";
import { ConfigError, configFromEnv } from "../src/config.ts";

const complete = {
  KONTOR_API_URL: "http://127.0.0.1:8080/",
  KONTOR_API_KEY: "kk_abc",
  KONTOR_BUSINESS: "cafe-lumiere",
  KONTOR_WEBHOOK_SECRET: "whsec_c2VjcmV0IGtleSBieXRlcw==",
};

const problemsOf = (env: Record<string, string | undefined>): readonly string[] => {
  try {
    configFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("configuration from the environment", () => {
  it("reads the four Kontor settings and listens on 127.0.0.1:3000 by default", () => {
    expect(configFromEnv(complete)).toEqual({
      kontorApiUrl: "http://127.0.0.1:8080",
      apiKey: "kk_abc",
      business: "cafe-lumiere",
      webhookSecret: "whsec_c2VjcmV0IGtleSBieXRlcw==",
      port: 3000,
      host: "127.0.0.1",
    });
    expect(configFromEnv({ ...complete, PORT: "4000", HOST: "0.0.0.0" })).toMatchObject({ port: 4000, host: "0.0.0.0" });
  });

  it("names every missing variable at once", () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(4);
    for (const name of Object.keys(complete)) expect(problems.some((problem) => problem.startsWith(`${name} is missing`))).toBe(true);
  });

  it("says which value is wrong", () => {
    expect(problemsOf({ ...complete, KONTOR_API_URL: "127.0.0.1:8080" })).toEqual([expect.stringContaining("KONTOR_API_URL")]);
    expect(problemsOf({ ...complete, KONTOR_API_KEY: "ks_session" })).toEqual([expect.stringContaining("KONTOR_API_KEY")]);
    expect(problemsOf({ ...complete, KONTOR_WEBHOOK_SECRET: "secret" })).toEqual([expect.stringContaining("KONTOR_WEBHOOK_SECRET")]);
    expect(problemsOf({ ...complete, PORT: "http" })).toEqual([expect.stringContaining("PORT")]);
  });
});
