import { userEvent } from "@vitest/browser/context";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import "../../src/components/signin-form/signin-form.ts";
import type { HomeserverChangeEvent, RegisterSubmitEvent, SigninForm, SigninSubmitEvent, SsoStartEvent } from "../../src/components/signin-form/signin-form.ts";
import type { LoginFlows } from "../../src/matrix/homeserver-discovery.ts";
import { mount, shadowOf, textOf } from "./support.ts";

const password: LoginFlows = { password: true, sso: null, token: true };

async function form(properties: Partial<SigninForm> = {}): Promise<SigninForm> {
  const element = await mount<SigninForm>(html`<kontor-signin-form server-name="localhost" default-server-name="localhost" .flows=${password}></kontor-signin-form>`);
  Object.assign(element, properties);
  await element.updateComplete;
  return element;
}

describe("the sign-in form", () => {
  it("says it is asking the homeserver while the login flows load", async () => {
    const root = shadowOf(await form({ flows: null }));
    expect(textOf(root.querySelector(".loading"))).toBe("Asking the homeserver how to sign in…");
    expect(root.querySelector("form.signin")).toBeNull();
  });

  it("sends the Matrix ID and password", async () => {
    const element = await form();
    const submitted: string[][] = [];
    element.addEventListener("kontor-signin-submit", (event: SigninSubmitEvent) => submitted.push([event.user, event.password]));
    const root = shadowOf(element);
    await userEvent.type(root.querySelector<HTMLInputElement>("#user")!, " @alice:example.org ");
    await userEvent.type(root.querySelector<HTMLInputElement>("#password")!, "secret{Enter}");
    expect(submitted).toEqual([["@alice:example.org", "secret"]]);
    expect(root.querySelector("#user")!.getAttribute("autocomplete")).toBe("username");
    expect(root.querySelector("#password")!.getAttribute("autocomplete")).toBe("current-password");
  });

  it("shows a wrong password at the password field, announced, and focuses it", async () => {
    const element = await form({ error: "The Matrix ID or the password is wrong.", errorField: "password" });
    const root = shadowOf(element);
    const field = root.querySelector<HTMLInputElement>("#password")!;
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(field.getAttribute("aria-describedby")).toBe("password-error");
    expect(root.querySelector("#password-error")!.getAttribute("role")).toBe("alert");
    expect(root.activeElement).toBe(field);
  });

  it("shows general problems above the form", async () => {
    const root = shadowOf(await form({ error: "Kontor could not be reached.", errorField: "form" }));
    expect(textOf(root.querySelector(".notice.error"))).toBe("Kontor could not be reached.");
  });

  it("offers single sign-on buttons for the homeserver's identity providers", async () => {
    const element = await form({ flows: { password: true, token: true, sso: [{ id: "oidc-github", name: "GitHub" }] } });
    const started: (string | undefined)[] = [];
    element.addEventListener("kontor-sso-start", (event: SsoStartEvent) => started.push(event.providerId));
    const button = [...shadowOf(element).querySelectorAll("button")].find((candidate) => textOf(candidate) === "Continue with GitHub")!;
    await userEvent.click(button);
    expect(started).toEqual(["oidc-github"]);
  });

  it("lets people change the homeserver", async () => {
    const element = await form();
    const changes: string[] = [];
    element.addEventListener("kontor-homeserver-change", (event: HomeserverChangeEvent) => changes.push(event.input));
    const root = shadowOf(element);
    await userEvent.click([...root.querySelectorAll("button")].find((button) => textOf(button) === "Change")!);
    expect(root.activeElement?.id).toBe("server");
    await userEvent.type(root.querySelector<HTMLInputElement>("#server")!, "matrix.org{Enter}");
    expect(changes).toEqual(["matrix.org"]);
  });

  it("asks whether registration is open only when someone wants an account, then says it is closed and how to get one", async () => {
    const element = await form();
    let checks = 0;
    element.addEventListener("kontor-registration-check", () => (checks += 1));
    const root = shadowOf(element);
    await userEvent.click([...root.querySelectorAll("button")].find((button) => textOf(button) === "Create an account")!);
    expect(checks).toBe(1);
    element.registration = "checking";
    await element.updateComplete;
    element.registration = "closed";
    await element.updateComplete;
    const info = textOf(root.querySelector(".register-info"));
    expect(info).toContain("Registration is closed on localhost.");
    expect(info).toContain("npx kontor user create");
    expect(root.activeElement?.id).toBe("register-closed");
  });

  it("offers an account on this Kontor's homeserver when registration is open, and checks the password twice", async () => {
    const element = await form({ registration: "open" });
    const registered: string[][] = [];
    element.addEventListener("kontor-register-submit", (event: RegisterSubmitEvent) => registered.push([event.username, event.password]));
    const root = shadowOf(element);
    await userEvent.click([...root.querySelectorAll("button")].find((button) => textOf(button) === "Create an account")!);
    await userEvent.type(root.querySelector<HTMLInputElement>("#new-username")!, "clara");
    await userEvent.type(root.querySelector<HTMLInputElement>("#new-password")!, "long enough");
    await userEvent.type(root.querySelector<HTMLInputElement>("#new-password-again")!, "long enuogh{Enter}");
    expect(textOf(root.querySelector("#register-error"))).toBe("The two passwords differ. Type the same password twice.");
    expect(registered).toEqual([]);
    await userEvent.clear(root.querySelector<HTMLInputElement>("#new-password-again")!);
    await userEvent.type(root.querySelector<HTMLInputElement>("#new-password-again")!, "long enough{Enter}");
    expect(registered).toEqual([["clara", "long enough"]]);
  });

  it("does not offer an account on another homeserver", async () => {
    const root = shadowOf(await form({ serverName: "matrix.org", registration: "unknown" }));
    expect(textOf(root.querySelector(".register-info"))).toContain("this Kontor's own homeserver, localhost");
  });
});
