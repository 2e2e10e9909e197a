import type { KontorConversation, KontorMessage } from "./kontor-event.ts";

export interface TicketMessage {
  id: string;
  body: string;
  at: string | null;
}

export interface Ticket {
  number: number;
  conversationId: string;
  customer: string;
  /** Kontor's status of the conversation: open, pending, snoozed, resolved. */
  status: string;
  messages: TicketMessage[];
  /** Whether the customer was told their ticket number (once per ticket). */
  acknowledged: boolean;
}

/**
 * The helpdesk's tickets, one per Kontor conversation, in memory. A real
 * helpdesk keeps them in its database; everything here is idempotent, so a
 * webhook delivered twice changes nothing the second time.
 */
export class TicketBook {
  #nextNumber = 1;
  readonly #byConversation = new Map<string, Ticket>();

  get(conversationId: string): Ticket | undefined {
    return this.#byConversation.get(conversationId);
  }

  list(): Ticket[] {
    return [...this.#byConversation.values()];
  }

  /** The conversation's ticket, opened on first sight. */
  open(conversation: KontorConversation): Ticket {
    const existing = this.#byConversation.get(conversation.id);
    if (existing) return existing;
    const ticket: Ticket = {
      number: this.#nextNumber++,
      conversationId: conversation.id,
      customer: conversation.customer.name ?? conversation.customer.user_id,
      status: conversation.status,
      messages: [],
      acknowledged: false,
    };
    this.#byConversation.set(conversation.id, ticket);
    return ticket;
  }

  /** Adds a customer's message to the conversation's ticket; `added` is false when it is there already. */
  addCustomerMessage(conversation: KontorConversation, message: KontorMessage): { ticket: Ticket; added: boolean } {
    const ticket = this.open(conversation);
    if (ticket.messages.some((known) => known.id === message.id)) return { ticket, added: false };
    ticket.messages.push({ id: message.id, body: message.body, at: message.created_at });
    return { ticket, added: true };
  }
}
