import { createHash } from "node:crypto";
import type { Namespaces } from "../businesses/identifiers.ts";

/**
 * The ghost user that stands for a customer in staff rooms. Its localpart is
 * derived from the customer's user ID (one ghost per customer, stable across
 * restarts) without revealing it in the ID itself.
 */
export function ghostIdFor(namespaces: Namespaces, customerId: string): string {
  const digest = createHash("sha256").update(customerId).digest("hex").slice(0, 24);
  return `@${namespaces.customerGhostPrefix}${digest}:${namespaces.serverName}`;
}

/** True for users Kontor acts as: business users, customer ghosts and the appservice's own bot. */
export function isKontorUser(namespaces: Namespaces, userId: string): boolean {
  const suffix = `:${namespaces.serverName}`;
  if (!userId.endsWith(suffix)) return false;
  const localpart = userId.slice(1, -suffix.length);
  return (
    localpart === namespaces.senderLocalpart ||
    localpart.startsWith(namespaces.businessUserPrefix) ||
    localpart.startsWith(namespaces.customerGhostPrefix)
  );
}

/** "Jane Doe (customer)", in the business's language. */
export function ghostDisplayName(customerName: string, locale: "de" | "en"): string {
  return `${customerName} (${locale === "de" ? "Kund:in" : "customer"})`;
}

/** A readable name for a customer from their display name, or their user ID's localpart. */
export function customerNameOf(customerId: string, displayName: string | undefined): string {
  const trimmed = displayName?.trim();
  if (trimmed) return trimmed.slice(0, 100);
  return customerId.slice(1, customerId.indexOf(":"));
}

/** Aliases that make room creation idempotent: a retried creation finds the room it made before. */
export function conversationAliases(namespaces: Namespaces, slug: string, conversationId: string): { staffRoom: string; customerRoom: string } {
  const base = `#${namespaces.businessAliasPrefix}${slug}--`;
  return {
    staffRoom: `${base}s-${conversationId}:${namespaces.serverName}`,
    customerRoom: `${base}c-${conversationId}:${namespaces.serverName}`,
  };
}
