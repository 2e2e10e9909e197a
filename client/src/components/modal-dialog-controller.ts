import type { ReactiveController, ReactiveControllerHost } from "lit";

const focusable = ["a[href]", "button:not([disabled])", "input:not([disabled])", "select:not([disabled])", "textarea:not([disabled])", '[tabindex]:not([tabindex="-1"])'].join(",");

/** The element that has focus, looking inside shadow roots (the document only knows the outermost host). */
export function deepActiveElement(root: DocumentOrShadowRoot = document): HTMLElement | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export interface ModalDialogOptions {
  /** The `<dialog>` in the host's shadow root. */
  dialog: () => HTMLDialogElement | null;
  /** What gets focus when the dialog opens (else the browser's choice: the first control). */
  initialFocus?: () => HTMLElement | null;
  /** Called after the dialog closed and focus went back. */
  onClosed?: () => void;
}

/**
 * A modal `<dialog>` done properly: the rest of the page is inert while it
 * is open, Tab and Shift+Tab cycle through its controls (instead of leaving
 * for the browser's toolbar), Escape closes it, and focus goes back to
 * where it was, or to a fallback when that element is gone. The host
 * renders the dialog and binds `onKeydown` and `onClose` to it.
 */
export class ModalDialogController implements ReactiveController {
  readonly #options: ModalDialogOptions;
  #returnTo: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost, options: ModalDialogOptions) {
    this.#options = options;
    host.addController(this);
  }

  get isOpen(): boolean {
    return this.#options.dialog()?.open ?? false;
  }

  /** Opens the dialog; focus returns to `returnTo` (by default what has focus now) when it closes. */
  open(returnTo: HTMLElement | null = deepActiveElement()): void {
    const dialog = this.#options.dialog();
    if (!dialog || dialog.open) return;
    this.#returnTo = returnTo;
    dialog.showModal();
    this.#options.initialFocus?.()?.focus();
  }

  close(returnValue?: string): void {
    const dialog = this.#options.dialog();
    if (dialog?.open) dialog.close(returnValue);
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== "Tab") return;
    const dialog = this.#options.dialog();
    if (!dialog) return;
    const controls = [...dialog.querySelectorAll<HTMLElement>(focusable)].filter((element) => element.getClientRects().length > 0);
    const first = controls[0];
    const last = controls.at(-1);
    if (!first || !last) return;
    const root = dialog.getRootNode() as unknown as DocumentOrShadowRoot;
    const active = root.activeElement;
    if (event.shiftKey && (active === first || active === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  readonly onClose = (): void => {
    const target = this.#returnTo;
    this.#returnTo = null;
    if (target?.isConnected) target.focus();
    this.#options.onClosed?.();
  };

  hostDisconnected(): void {
    this.close();
  }
}
