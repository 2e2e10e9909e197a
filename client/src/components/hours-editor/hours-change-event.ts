import type { OpeningHours } from "../../api/opening.ts";

/** The hours as edited so far (not saved yet). */
export class HoursChangeEvent extends Event {
  static readonly eventName = "kontor-hours-change";
  readonly hours: OpeningHours;

  constructor(hours: OpeningHours) {
    super(HoursChangeEvent.eventName, { bubbles: true, composed: true });
    this.hours = hours;
  }
}

declare global {
  interface HTMLElementEventMap {
    "kontor-hours-change": HoursChangeEvent;
  }
}
