export interface HealthCheck {
  ok: boolean;
  error?: string;
}

export interface HealthReport {
  status: "ok" | "degraded";
  checks: { homeserver: HealthCheck; ping: HealthCheck; store: HealthCheck };
}

/** Fetches `/api/v1/health`; a 503 still carries a report. Returns undefined when the API is unreachable. */
export async function fetchHealth(fetchImpl: typeof fetch = fetch): Promise<HealthReport | undefined> {
  try {
    const response = await fetchImpl("/api/v1/health", { headers: { accept: "application/json" } });
    if (response.status !== 200 && response.status !== 503) return undefined;
    return (await response.json()) as HealthReport;
  } catch {
    return undefined;
  }
}
