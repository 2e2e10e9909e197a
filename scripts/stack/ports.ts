import { createServer } from "node:net";

/** Resolves when nothing listens on host:port; otherwise fails with a message naming the port. */
export function assertPortFree(host: string, port: number, purpose: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `port ${port} on ${host} (${purpose}) is already in use. Stop the program using it (\`ss -ltnp | grep :${port}\` shows which) or change the port in the configuration.`
            : `cannot listen on ${host}:${port} (${purpose}): ${error.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** A port that was free a moment ago on 127.0.0.1, chosen by the operating system. */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
