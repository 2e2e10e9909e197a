import { describe, expect, it } from "vitest";
import { passwordLogin, probeRegistration, register, requestOpenIdToken, ssoRedirectUrl, tokenLogin } from "../../src/matrix/matrix-auth.ts";
import { MatrixRequestError } from "../../src/matrix/matrix-request.ts";
import { fakeFetch } from "./fake-fetch.ts";

const hs = "https://matrix.example.org";
const loginAnswer = { user_id: "@alice:example.org", access_token: "syt_1", device_id: "DEV" };

describe("signing in to a homeserver", () => {
  it("logs in with a password and names the device", async () => {
    const { fetch, calls } = fakeFetch({ [`POST ${hs}/_matrix/client/v3/login`]: { body: loginAnswer } });
    expect(await passwordLogin(hs, "@alice:example.org", "pw", fetch)).toEqual({ userId: "@alice:example.org", accessToken: "syt_1", deviceId: "DEV", homeserverUrl: hs });
    expect(calls[0]?.body).toEqual({
      type: "m.login.password",
      identifier: { type: "m.id.user", user: "@alice:example.org" },
      password: "pw",
      initial_device_display_name: "Kontor web",
    });
  });

  it("reports a wrong password as forbidden", async () => {
    const { fetch } = fakeFetch({ [`POST ${hs}/_matrix/client/v3/login`]: { status: 403, body: { errcode: "M_FORBIDDEN", error: "Invalid password" } } });
    const error = await passwordLogin(hs, "alice", "wrong", fetch).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MatrixRequestError);
    expect((error as MatrixRequestError).failure).toEqual({ kind: "forbidden", errcode: "M_FORBIDDEN", message: "Invalid password" });
  });

  it("follows a new base URL the homeserver announces at login", async () => {
    const { fetch } = fakeFetch({ [`POST ${hs}/_matrix/client/v3/login`]: { body: { ...loginAnswer, well_known: { "m.homeserver": { base_url: "https://new.example.org/" } } } } });
    expect((await passwordLogin(hs, "alice", "pw", fetch)).homeserverUrl).toBe("https://new.example.org");
  });

  it("finishes single sign-on with the login token", async () => {
    const { fetch, calls } = fakeFetch({ [`POST ${hs}/_matrix/client/v3/login`]: { body: loginAnswer } });
    await tokenLogin(hs, "tok", fetch);
    expect(calls[0]?.body).toMatchObject({ type: "m.login.token", token: "tok" });
  });

  it("sends people to the homeserver's single sign-on page with the way back", () => {
    expect(ssoRedirectUrl(hs, "https://kontor.example/signin/sso")).toBe(`${hs}/_matrix/client/v3/login/sso/redirect?redirectUrl=https%3A%2F%2Fkontor.example%2Fsignin%2Fsso`);
    expect(ssoRedirectUrl(hs, "https://k/", "oidc-github")).toContain("/login/sso/redirect/oidc-github?redirectUrl=");
  });

  it("asks for an OpenID token with the access token", async () => {
    const token = { access_token: "oid", token_type: "Bearer", matrix_server_name: "example.org", expires_in: 3600 };
    const { fetch, calls } = fakeFetch({ [`POST ${hs}/_matrix/client/v3/user/%40alice%3Aexample.org/openid/request_token`]: { body: token } });
    expect(await requestOpenIdToken({ homeserverUrl: hs, userId: "@alice:example.org", accessToken: "syt_1" }, fetch)).toEqual(token);
    expect(calls[0]?.headers.authorization).toBe("Bearer syt_1");
  });
});

describe("creating an account", () => {
  it("finds registration open when the homeserver offers a flow of dummy stages", async () => {
    const { fetch } = fakeFetch({ [`POST ${hs}/_matrix/client/v3/register`]: { status: 401, body: { session: "s", flows: [{ stages: ["m.login.recaptcha"] }, { stages: ["m.login.dummy"] }] } } });
    expect(await probeRegistration(hs, fetch)).toBe("open");
  });

  it("finds it closed when registration is disabled or needs steps Kontor cannot do", async () => {
    const disabled = fakeFetch({ [`POST ${hs}/_matrix/client/v3/register`]: { status: 403, body: { errcode: "M_FORBIDDEN", error: "Registration has been disabled" } } });
    expect(await probeRegistration(hs, disabled.fetch)).toBe("closed");
    const email = fakeFetch({ [`POST ${hs}/_matrix/client/v3/register`]: { status: 401, body: { flows: [{ stages: ["m.login.email.identity"] }] } } });
    expect(await probeRegistration(hs, email.fetch)).toBe("closed");
  });

  it("registers in two steps: get a session, then complete the dummy stage", async () => {
    const { fetch, calls } = fakeFetch({
      [`POST ${hs}/_matrix/client/v3/register`]: [{ status: 401, body: { session: "abc", flows: [{ stages: ["m.login.dummy"] }] } }, { body: loginAnswer }],
    });
    expect((await register(hs, "alice", "long password", fetch)).userId).toBe("@alice:example.org");
    expect(calls[1]?.body).toMatchObject({ username: "alice", password: "long password", auth: { type: "m.login.dummy", session: "abc" } });
  });

  it("reports a taken username", async () => {
    const { fetch } = fakeFetch({ [`POST ${hs}/_matrix/client/v3/register`]: { status: 400, body: { errcode: "M_USER_IN_USE", error: "taken" } } });
    await expect(register(hs, "alice", "long password", fetch)).rejects.toMatchObject({ failure: { kind: "invalid", errcode: "M_USER_IN_USE" } });
  });
});
