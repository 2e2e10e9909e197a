import type { KontorEvent, KontorEventType } from "./kontor-event.ts";
import type { Logger } from "./log.ts";
import type { Reply } from "./reply-queue.ts";
import type { Ticket, TicketBook } from "./tickets.ts";

/** What the bridge knows about the webhook that carried an event. */
export interface Delivery {
  webhookId: string;
}

/** Handles one event and returns the replies to send through Kontor's API (most events need none). */
export type EventHandler = (event: KontorEvent, delivery: Delivery) => Reply[];

export const acknowledgement = (ticket: Ticket): string => `Thanks! Your request is ticket #${ticket.number}; an agent will reply soon.`;

/**
 * The helpdesk's reaction to each event type Kontor sends. This is the part
 * to replace with calls to a real helpdesk.
 */
export function helpdeskHandlers(tickets: TicketBook, logger: Logger): Record<KontorEventType, EventHandler> {
  return {
    "conversation.created": (event) => {
      const ticket = tickets.open(event.data.conversation);
      logger.info(`ticket #${ticket.number} is open`, { conversation: ticket.conversationId, customer: ticket.customer });
      return [];
    },

    "conversation.updated": (event) => {
      const ticket = tickets.open(event.data.conversation);
      ticket.status = event.data.conversation.status;
      logger.info(`ticket #${ticket.number} changed`, { changed: event.data.changed ?? [], status: ticket.status });
      return [];
    },

    "message.created": (event, delivery) => {
      const message = event.data.message;
      // Replies (ours included), staff notes and greetings are not requests.
      if (!message || message.kind !== "customer") return [];
      const { ticket, added } = tickets.addCustomerMessage(event.data.conversation, message);
      if (!added) return [];
      logger.info(`ticket #${ticket.number} has a message from the customer`, { messages: ticket.messages.length });
      if (ticket.acknowledged) return [];
      ticket.acknowledged = true;
      return [
        {
          conversationId: ticket.conversationId,
          ticket: ticket.number,
          body: acknowledgement(ticket),
          // Derived from the webhook, so a redelivery (even after a restart that lost the tickets) sends the same key and Kontor sends once.
          idempotencyKey: `helpdesk-bridge-ack-${delivery.webhookId}`,
        },
      ];
    },
  };
}
