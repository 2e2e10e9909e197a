import type { CliContext } from "./context.ts";

type Business = Record<string, unknown>;

const text = (value: unknown): string => (value === null || value === undefined || value === "" ? "–" : String(value));

/** A business for people: the fields an operator checks, aligned. */
export function printBusiness(context: CliContext, business: Business): void {
  const address = (business.address as Record<string, string | undefined> | undefined) ?? {};
  const hours = business.hours as { timeZone?: string } | undefined;
  const staff = (business.staff as { user_id: string; role: string }[] | undefined) ?? [];
  const rows: [string, unknown][] = [
    ["slug", business.slug],
    ["name", business.name],
    ["status", `${text(business.status)}, ${text(business.visibility)}`],
    ["categories", (business.categories as string[] | undefined)?.join(", ")],
    ["address", [address.street, [address.postcode, address.city].filter(Boolean).join(" "), address.country].filter(Boolean).join(", ")],
    ["time zone", hours?.timeZone],
    ["response time", business.response_time],
    ["Matrix user", business.mxid],
    ["profile room", `${text(business.alias)} (${text(business.room_id)})`],
    ["staff space", business.staff_space_id],
    ["staff", staff.map((member) => `${member.user_id} (${member.role})`).join(", ")],
  ];
  for (const [label, value] of rows) context.out(`${label.padEnd(14)} ${text(value)}`);
}

export function printBusinessList(context: CliContext, businesses: Business[]): void {
  if (businesses.length === 0) {
    context.out("No businesses yet. Create one with `npx kontor business create --slug <slug> --name <name>` or run `npx kontor demo`.");
    return;
  }
  const width = Math.max(...businesses.map((business) => String(business.slug).length));
  for (const business of businesses) {
    const city = (business.address as { city?: string } | undefined)?.city;
    context.out(`${String(business.slug).padEnd(width)}  ${text(business.status).padEnd(9)}  ${String(business.name)}${city ? `, ${city}` : ""}`);
  }
}
