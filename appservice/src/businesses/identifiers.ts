import type { KontorConfig } from "../config/schema.ts";

/** The Matrix names of one business, all derived from its slug. */
export interface BusinessIdentifiers {
  userId: string;
  profileAlias: string;
  /** Slugs never contain "--", so this alias cannot belong to another business's profile room. */
  staffSpaceAlias: string;
}

export interface Namespaces {
  serverName: string;
  businessUserPrefix: string;
  businessAliasPrefix: string;
  customerGhostPrefix: string;
  senderLocalpart: string;
}

export function namespacesOf(config: KontorConfig): Namespaces {
  return {
    serverName: config.homeserver.serverName,
    businessUserPrefix: config.appservice.businessUserPrefix,
    businessAliasPrefix: config.appservice.businessAliasPrefix,
    customerGhostPrefix: config.appservice.customerGhostPrefix,
    senderLocalpart: config.appservice.senderLocalpart,
  };
}

export function businessIdentifiers(namespaces: Namespaces, slug: string): BusinessIdentifiers {
  const { serverName, businessUserPrefix, businessAliasPrefix } = namespaces;
  return {
    userId: `@${businessUserPrefix}${slug}:${serverName}`,
    profileAlias: `#${businessAliasPrefix}${slug}:${serverName}`,
    staffSpaceAlias: `#${businessAliasPrefix}${slug}--staff:${serverName}`,
  };
}

/** The alias localpart (without # and server) for createRoom's room_alias_name. */
export function aliasLocalpart(alias: string): string {
  return alias.slice(1, alias.lastIndexOf(":"));
}

/** The slug of a business user ID, or undefined when the ID is not a business of this server. */
export function slugOfBusinessUser(namespaces: Namespaces, userId: string): string | undefined {
  const prefix = `@${namespaces.businessUserPrefix}`;
  const suffix = `:${namespaces.serverName}`;
  if (!userId.startsWith(prefix) || !userId.endsWith(suffix)) return undefined;
  return userId.slice(prefix.length, userId.length - suffix.length);
}

/** The slug of a business profile alias, or undefined when the alias is not one. */
export function slugOfBusinessAlias(namespaces: Namespaces, alias: string): string | undefined {
  const prefix = `#${namespaces.businessAliasPrefix}`;
  const suffix = `:${namespaces.serverName}`;
  if (!alias.startsWith(prefix) || !alias.endsWith(suffix)) return undefined;
  const slug = alias.slice(prefix.length, alias.length - suffix.length);
  return slug.includes("--") ? undefined : slug;
}
