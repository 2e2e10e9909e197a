import type { MatrixClient } from "matrix-js-sdk";
import type { PendingUpload } from "../components/message-log/message-log.ts";
import { fileContent } from "./message-content.ts";

/** How long a failed upload stays on screen, saying so, before it goes. */
const failedUploadShownMs = 10_000;

async function imageSize(file: File): Promise<{ w: number; h: number } | undefined> {
  if (!file.type.startsWith("image/") || typeof createImageBitmap !== "function") return undefined;
  try {
    const bitmap = await createImageBitmap(file);
    const size = { w: bitmap.width, h: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return undefined;
  }
}

export interface UploadQueueOptions {
  /** Sends the event for a finished upload. */
  send(content: Record<string, unknown>): void;
  /** Called whenever `uploads` changes (progress, done, failed). */
  changed(): void;
}

/** Files on their way into a room: uploaded with progress, then sent as a message. */
export class UploadQueue {
  readonly #client: MatrixClient;
  readonly #options: UploadQueueOptions;
  #counter = 0;
  uploads: readonly PendingUpload[] = [];

  constructor(client: MatrixClient, options: UploadQueueOptions) {
    this.#client = client;
    this.#options = options;
  }

  add(files: readonly File[]): void {
    for (const file of files) void this.#upload(file);
  }

  #set(uploads: readonly PendingUpload[]): void {
    this.uploads = uploads;
    this.#options.changed();
  }

  async #upload(file: File): Promise<void> {
    this.#counter += 1;
    const id = `upload-${this.#counter}`;
    const update = (change: Partial<PendingUpload>) => this.#set(this.uploads.map((upload) => (upload.id === id ? { ...upload, ...change } : upload)));
    const remove = () => this.#set(this.uploads.filter((upload) => upload.id !== id));
    this.#set([...this.uploads, { id, name: file.name, loaded: 0, total: file.size, failed: false }]);
    try {
      const [uploaded, size] = await Promise.all([
        this.#client.uploadContent(file, { name: file.name, type: file.type || "application/octet-stream", progressHandler: ({ loaded, total }) => update({ loaded, total }) }),
        imageSize(file),
      ]);
      this.#options.send(fileContent(file, uploaded.content_uri, size));
      remove();
    } catch {
      update({ failed: true });
      setTimeout(remove, failedUploadShownMs);
    }
  }
}
