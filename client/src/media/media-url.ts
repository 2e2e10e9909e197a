/**
 * The one place that turns Matrix content URIs (mxc://server/id) into URLs
 * a browser can load. Until the client learns the homeserver's base URL
 * (a config endpoint comes later) there is none: `mediaUrl` returns
 * undefined and callers show a fallback (initials instead of a logo,
 * the alt text instead of an image).
 */

let homeserverBaseUrl: string | undefined;

/** Called once the client knows the homeserver (from Kontor's config endpoint, later). */
export function setHomeserverBaseUrl(url: string | undefined): void {
  homeserverBaseUrl = url?.replace(/\/+$/, "");
}

export interface MxcParts {
  serverName: string;
  mediaId: string;
}

/** The parts of an mxc:// URI, or undefined when it is malformed. */
export function parseMxc(uri: string): MxcParts | undefined {
  // Server names are host[:port]; media IDs are [A-Za-z0-9_-] by the spec.
  const match = /^mxc:\/\/([A-Za-z0-9.-]+(?::\d{1,5})?|\[[0-9A-Fa-f:.]+\](?::\d{1,5})?)\/([A-Za-z0-9_-]+)$/.exec(uri);
  return match ? { serverName: match[1] ?? "", mediaId: match[2] ?? "" } : undefined;
}

export interface ThumbnailSize {
  width: number;
  height: number;
  /** "crop" fills the box (logos), "scale" keeps the whole image (pictures in messages). */
  method?: "crop" | "scale";
}

/**
 * A thumbnail URL for an mxc:// URI, or undefined while no homeserver is
 * known or the URI is malformed. Anonymous visitors cannot send an access
 * token with an `<img>`, so this uses the unauthenticated media path; once
 * sign-in exists, signed-in views may need an authenticated variant.
 */
export function mediaUrl(mxc: string, size: ThumbnailSize = { width: 96, height: 96 }): string | undefined {
  if (!homeserverBaseUrl) return undefined;
  const parts = parseMxc(mxc);
  if (!parts) return undefined;
  const query = new URLSearchParams({ width: String(size.width), height: String(size.height), method: size.method ?? "crop" });
  return `${homeserverBaseUrl}/_matrix/media/v3/thumbnail/${encodeURIComponent(parts.serverName)}/${encodeURIComponent(parts.mediaId)}?${query.toString()}`;
}
