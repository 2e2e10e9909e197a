/**
 * Which of a business's conversations the inbox shows. It lives in the URL
 * (`/inbox/baeckerei-schmidt?status=pending&assignee=mine`) like the
 * directory search, so reload, back and shared links show the same list.
 */

export const conversationStatuses = ["open", "pending", "snoozed", "resolved"] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const assigneeFilters = ["all", "mine", "unassigned"] as const;
export type AssigneeFilter = (typeof assigneeFilters)[number];

export interface InboxFilter {
  status: ConversationStatus;
  assignee: AssigneeFilter;
}

export const defaultInboxFilter: InboxFilter = Object.freeze({ status: "open", assignee: "all" });

export function isConversationStatus(value: unknown): value is ConversationStatus {
  return typeof value === "string" && (conversationStatuses as readonly string[]).includes(value);
}

function isAssigneeFilter(value: unknown): value is AssigneeFilter {
  return typeof value === "string" && (assigneeFilters as readonly string[]).includes(value);
}

/** The filter in a query; unknown values fall back to the default (open, everyone's). */
export function inboxFilterFromQuery(query: URLSearchParams): InboxFilter {
  const status = query.get("status");
  const assignee = query.get("assignee");
  return {
    status: isConversationStatus(status) ? status : defaultInboxFilter.status,
    assignee: isAssigneeFilter(assignee) ? assignee : defaultInboxFilter.assignee,
  };
}

/** "?status=pending&assignee=mine", or "" for the default filter, so the plain inbox URL stays short. */
export function inboxFilterQuery(filter: InboxFilter): string {
  const query = new URLSearchParams();
  if (filter.status !== defaultInboxFilter.status) query.set("status", filter.status);
  if (filter.assignee !== defaultInboxFilter.assignee) query.set("assignee", filter.assignee);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * The query of `GET /api/v1/businesses/{slug}/conversations` for a filter:
 * "mine" needs the signed-in user's Matrix ID, "unassigned" is `assignee=none`.
 */
export function inboxApiQuery(filter: InboxFilter, userId: string, limit = 50): URLSearchParams {
  const query = new URLSearchParams({ status: filter.status, limit: String(limit) });
  if (filter.assignee === "mine") query.set("assignee", userId);
  if (filter.assignee === "unassigned") query.set("assignee", "none");
  return query;
}
