import { LitElement, html } from "lit";
import { fetchHealth, type HealthReport } from "../../api/health.ts";
import { LocaleController } from "../../i18n/locale-controller.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { pageStyles, sharedStyles } from "../../styles/shared.ts";
import { PageController, type PageElement } from "../page-controller.ts";
import { statusPageStyles } from "./status-page.styles.ts";

type Status = { state: "loading" } | { state: "unreachable" } | { state: "loaded"; report: HealthReport };

/** `/status`: whether homeserver, appservice and store work, for operators. */
export class StatusPage extends LitElement implements PageElement {
  static override properties = { status: { state: true } };
  static override styles = [...sharedStyles, pageStyles, statusPageStyles];

  declare status: Status;
  readonly #locale = new LocaleController(this);
  readonly #page = new PageController(this, () => this.#locale.t("statusHeading"));

  constructor() {
    super();
    this.status = { state: "loading" };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void fetchHealth().then((report) => {
      this.status = report ? { state: "loaded", report } : { state: "unreachable" };
    });
  }

  focusHeading(): Promise<void> {
    return this.#page.focusHeading();
  }

  override render() {
    const t = this.#locale.t.bind(this.#locale);
    return html`
      <h1 tabindex="-1">${t("statusHeading")}</h1>
      <section aria-live="polite" aria-busy=${this.status.state === "loading" ? "true" : "false"}>${this.#renderStatus()}</section>
    `;
  }

  #renderStatus() {
    const t = this.#locale.t.bind(this.#locale);
    if (this.status.state === "loading") return html`<p>${t("statusLoading")}</p>`;
    if (this.status.state === "unreachable") return html`<p class="failing" role="alert">${t("statusUnreachable")}</p>`;
    const { report } = this.status;
    const rows: [MessageKey, boolean][] = [
      ["checkHomeserver", report.checks.homeserver.ok],
      ["checkPing", report.checks.ping.ok],
      ["checkStore", report.checks.store.ok],
    ];
    return html`
      <p data-status=${report.status}>${t(report.status === "ok" ? "statusOk" : "statusDegraded")}</p>
      <ul>
        ${rows.map(
          ([label, ok]) => html`<li>
            <span>${t(label)}</span>
            <span class=${ok ? "ok" : "failing"}>${t(ok ? "ok" : "failing")}</span>
          </li>`,
        )}
      </ul>
    `;
  }
}
