import { parseMxc } from "./media-url.ts";

/**
 * Media of signed-in conversations. Homeservers serve media only to
 * signed-in users (`/_matrix/client/v1/media/...` with the access token),
 * and an <img> cannot send a token, so media is fetched here and shown
 * through blob: URLs (which the CSP allows for images).
 */
export interface MediaSource {
  /** A blob: URL for the content; a thumbnail when a size is given. */
  objectUrl(mxc: string, options?: { thumbnail?: { width: number; height: number } }): Promise<string>;
}

export class MediaError extends Error {
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.name = "MediaError";
    this.status = status;
  }
}

export interface AuthenticatedMediaOptions {
  homeserverUrl: string;
  accessToken: string;
  fetchImpl?: typeof fetch;
  createObjectUrl?: (blob: Blob) => string;
  revokeObjectUrl?: (url: string) => void;
}

/** Fetches each piece of media once per page and keeps its blob: URL until disposed. */
export class AuthenticatedMedia implements MediaSource {
  readonly #options: AuthenticatedMediaOptions;
  readonly #cache = new Map<string, Promise<string>>();

  constructor(options: AuthenticatedMediaOptions) {
    this.#options = options;
  }

  /** The authenticated media path of an mxc:// URI, or undefined when it is malformed. */
  static pathOf(mxc: string, thumbnail?: { width: number; height: number }): string | undefined {
    const parts = parseMxc(mxc);
    if (!parts) return undefined;
    const id = `${encodeURIComponent(parts.serverName)}/${encodeURIComponent(parts.mediaId)}`;
    if (!thumbnail) return `/_matrix/client/v1/media/download/${id}`;
    const query = new URLSearchParams({ width: String(thumbnail.width), height: String(thumbnail.height), method: "scale" });
    return `/_matrix/client/v1/media/thumbnail/${id}?${query.toString()}`;
  }

  objectUrl(mxc: string, options: { thumbnail?: { width: number; height: number } } = {}): Promise<string> {
    const path = AuthenticatedMedia.pathOf(mxc, options.thumbnail);
    if (!path) return Promise.reject(new MediaError(`not a Matrix content URI: ${mxc}`));
    let entry = this.#cache.get(path);
    if (!entry) {
      entry = this.#load(path);
      // A failure may be temporary: let the next attempt try again.
      entry.catch(() => this.#cache.delete(path));
      this.#cache.set(path, entry);
    }
    return entry;
  }

  async #load(path: string): Promise<string> {
    const { homeserverUrl, accessToken } = this.#options;
    const fetchImpl = this.#options.fetchImpl ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await fetchImpl(`${homeserverUrl}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
    } catch (error) {
      throw new MediaError(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new MediaError(`the homeserver answered ${response.status}`, response.status);
    const blob = await response.blob();
    return (this.#options.createObjectUrl ?? URL.createObjectURL)(blob);
  }

  /** Releases every blob: URL (on sign-out). */
  dispose(): void {
    const revoke = this.#options.revokeObjectUrl ?? URL.revokeObjectURL;
    for (const entry of this.#cache.values()) void entry.then(revoke, () => undefined);
    this.#cache.clear();
  }
}
