import { html } from "lit";
import type { Translate } from "../../i18n/signed-in-locale-controller.ts";

/**
 * What a receiver must know, in the owner's language: the signature
 * headers, how to check them, and how Kontor retries. The full guide for
 * developers is docs/api.md in Kontor's repository.
 */
export function webhookGuide(t: Translate) {
  return html`<details class="guide">
    <summary>${t("webhookGuideSummary")}</summary>
    <p>${t("webhookGuideIntro")}</p>
    <dl>
      <dt><code>webhook-id</code></dt>
      <dd>${t("webhookGuideId")}</dd>
      <dt><code>webhook-timestamp</code></dt>
      <dd>${t("webhookGuideTimestamp")}</dd>
      <dt><code>webhook-signature</code></dt>
      <dd>${t("webhookGuideSignature")}</dd>
    </dl>
    <p>${t("webhookGuideRetries")}</p>
    <p>${t("webhookGuideMore")} <code>docs/api.md</code>, <code>docs/openapi.yaml</code></p>
  </details>`;
}
