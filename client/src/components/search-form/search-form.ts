import { defineElement } from "../define.ts";
import { SearchForm } from "./search-form.component.ts";

export { SearchForm } from "./search-form.component.ts";
export { SearchEvent } from "./search-event.ts";

defineElement("kontor-search-form", SearchForm);

declare global {
  interface HTMLElementTagNameMap {
    "kontor-search-form": SearchForm;
  }
}
