/** The reader asks for more of the delivery log: older deliveries, or the newest again. */
export class DeliveryLogRequestEvent extends Event {
  static readonly eventName = "kontor-delivery-log-request";
  readonly action: "older" | "refresh";

  constructor(action: "older" | "refresh") {
    super(DeliveryLogRequestEvent.eventName, { bubbles: true, composed: true });
    this.action = action;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-delivery-log-request": DeliveryLogRequestEvent;
  }
}
