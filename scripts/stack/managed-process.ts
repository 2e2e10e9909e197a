import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";

export interface ManagedProcessOptions {
  name: string;
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Append the process's output to this file. */
  logFile?: string;
  /** Also forward output to this process's stdout/stderr. */
  echo?: boolean;
  /**
   * Run in a process group of its own, so a Ctrl-C in the terminal reaches
   * only the supervisor, which then stops the children in order.
   */
  detached?: boolean;
}

/** A child process with readiness checks and an orderly stop (SIGTERM, then SIGKILL). */
export class ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  #tail = "";
  #log: WriteStream | undefined;

  constructor(options: ManagedProcessOptions) {
    this.name = options.name;
    this.#log = options.logFile ? createWriteStream(options.logFile, { flags: "a" }) : undefined;
    this.child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: options.detached ?? false,
    });
    const collect = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      this.#tail = (this.#tail + chunk.toString()).slice(-8000);
      this.#log?.write(chunk);
      if (options.echo) stream.write(chunk);
    };
    this.child.stdout?.on("data", collect(process.stdout));
    this.child.stderr?.on("data", collect(process.stderr));
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : null)));
      this.child.once("error", (error) => {
        this.#tail += `\n${error.message}`;
        resolve(null);
      });
    });
    void this.exited.then(() => this.#log?.end());
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last few kilobytes of output, for error messages. */
  get outputTail(): string {
    return this.#tail;
  }

  /**
   * Polls `probe` until it returns true; fails early, with the process's last
   * output, if the process exits first.
   */
  async waitUntil(probe: () => Promise<boolean>, options: { timeoutMs: number; what: string }): Promise<void> {
    const deadline = Date.now() + options.timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (Date.now() < deadline) {
      if (exited) {
        throw new Error(`${this.name} exited before ${options.what}. Its last output:\n${indent(this.outputTail)}`);
      }
      if (await probe().catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.name} did not get ${options.what} within ${options.timeoutMs / 1000} s. Its last output:\n${indent(this.outputTail)}`);
  }

  /** SIGTERM, then SIGKILL after `graceMs`. Resolves when the process is gone. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) {
      await this.exited;
      return;
    }
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Simulates a crash: SIGKILL, no chance to clean up. */
  async kill(): Promise<void> {
    if (this.running) this.child.kill("SIGKILL");
    await this.exited;
  }
}

function indent(text: string): string {
  return text
    .trim()
    .split("\n")
    .slice(-30)
    .map((line) => `    ${line}`)
    .join("\n");
}

/** True when an HTTP GET on `url` answers with one of `statuses` (any status when omitted). */
export async function httpAnswers(url: string, statuses?: readonly number[]): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  await response.arrayBuffer();
  return statuses ? statuses.includes(response.status) : true;
}
