import { LitElement, css, html, nothing } from "lit";
import { fetchHealth, type HealthReport } from "../api/health.ts";
import { pickLanguage, translate, type Language, type MessageKey } from "../i18n/messages.ts";

type Status = { state: "loading" } | { state: "unreachable" } | { state: "loaded"; report: HealthReport };

/** The application shell. For now: what Kontor is and whether the stack is healthy. */
export class KontorApp extends LitElement {
  static override properties = { status: { state: true } };

  static override styles = css`
    :host {
      display: block;
      max-width: 48rem;
      margin: 0 auto;
      padding: 2rem 1rem;
    }
    h1 {
      font-size: 2rem;
      margin: 0 0 0.25rem;
    }
    .tagline {
      color: var(--kontor-muted);
      margin: 0 0 2rem;
    }
    section {
      border: 1px solid var(--kontor-border);
      border-radius: 0.5rem;
      padding: 1rem 1.25rem;
    }
    h2 {
      font-size: 1.125rem;
      margin: 0 0 0.5rem;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0.75rem 0 0;
    }
    li {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.25rem 0;
    }
    .ok {
      color: var(--kontor-ok);
    }
    .failing {
      color: var(--kontor-danger);
    }
  `;

  declare status: Status;
  readonly language: Language = pickLanguage(navigator.languages);

  constructor() {
    super();
    this.status = { state: "loading" };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = this.language;
    void fetchHealth().then((report) => {
      this.status = report ? { state: "loaded", report } : { state: "unreachable" };
    });
  }

  #t(key: MessageKey): string {
    return translate(this.language, key);
  }

  override render() {
    return html`
      <header>
        <h1>Kontor</h1>
        <p class="tagline">${this.#t("tagline")}</p>
      </header>
      <main>
        <section aria-labelledby="status-heading" aria-live="polite" aria-busy=${this.status.state === "loading"}>
          <h2 id="status-heading">${this.#t("statusHeading")}</h2>
          ${this.#renderStatus()}
        </section>
        <p>${this.#t("directoryComing")}</p>
      </main>
    `;
  }

  #renderStatus() {
    if (this.status.state === "loading") return html`<p>${this.#t("statusLoading")}</p>`;
    if (this.status.state === "unreachable") return html`<p class="failing" role="alert">${this.#t("statusUnreachable")}</p>`;
    const { report } = this.status;
    const rows: [MessageKey, boolean][] = [
      ["checkHomeserver", report.checks.homeserver.ok],
      ["checkPing", report.checks.ping.ok],
      ["checkStore", report.checks.store.ok],
    ];
    return html`
      <p data-status=${report.status}>${this.#t(report.status === "ok" ? "statusOk" : "statusDegraded")}</p>
      <ul>
        ${rows.map(
          ([label, ok]) => html`<li>
            <span>${this.#t(label)}</span>
            <span class=${ok ? "ok" : "failing"}>${this.#t(ok ? "ok" : "failing")}</span>
          </li>`,
        )}
      </ul>
      ${nothing}
    `;
  }
}

customElements.define("kontor-app", KontorApp);
