/** What the sign-in form asks the sign-in page to do. */

export class SigninSubmitEvent extends Event {
  static readonly eventName = "kontor-signin-submit";
  readonly user: string;
  readonly password: string;

  constructor(user: string, password: string) {
    super(SigninSubmitEvent.eventName, { bubbles: true, composed: true });
    this.user = user;
    this.password = password;
  }
}

/** Use another homeserver: what was typed is a server name, a URL or a Matrix ID. */
export class HomeserverChangeEvent extends Event {
  static readonly eventName = "kontor-homeserver-change";
  readonly input: string;

  constructor(input: string) {
    super(HomeserverChangeEvent.eventName, { bubbles: true, composed: true });
    this.input = input;
  }
}

export class SsoStartEvent extends Event {
  static readonly eventName = "kontor-sso-start";
  readonly providerId: string | undefined;

  constructor(providerId: string | undefined) {
    super(SsoStartEvent.eventName, { bubbles: true, composed: true });
    this.providerId = providerId;
  }
}

export class RegisterSubmitEvent extends Event {
  static readonly eventName = "kontor-register-submit";
  readonly username: string;
  readonly password: string;

  constructor(username: string, password: string) {
    super(RegisterSubmitEvent.eventName, { bubbles: true, composed: true });
    this.username = username;
    this.password = password;
  }
}

/** "Create an account" was chosen: find out whether the homeserver lets people register. */
export class RegistrationCheckEvent extends Event {
  static readonly eventName = "kontor-registration-check";

  constructor() {
    super(RegistrationCheckEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-signin-submit": SigninSubmitEvent;
    "kontor-homeserver-change": HomeserverChangeEvent;
    "kontor-sso-start": SsoStartEvent;
    "kontor-register-submit": RegisterSubmitEvent;
    "kontor-registration-check": RegistrationCheckEvent;
  }
}
