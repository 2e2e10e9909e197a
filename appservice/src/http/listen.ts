import type { Server } from "node:http";
import type { RequestListener } from "node:http";
import { createServer } from "node:http";

export class PortInUseError extends Error {
  override name = "PortInUseError";
}

/** Starts an HTTP server and resolves once it listens; a busy port gives an error naming it. */
export function listen(handler: RequestListener, host: string, port: number, purpose: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new PortInUseError(
            `port ${port} on ${host} (${purpose}) is already in use; stop the program using it or choose another port in the configuration`,
          ),
        );
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => resolve(server));
  });
}

/** Stops accepting connections and closes idle keep-alive ones. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}
