import { Country, isCountry } from '../core/country';

/** The server's sign-in page, which stands in for the app until the app takes it over. */
export const EARLY_PAGE_ID = 'njia-early';

/** What the visitor did on the server's form before the app arrived. */
export interface EarlySignIn {
  phone: string;
  /** Set only when the visitor picked it (the server's preselection is only a guess). */
  country: Country | null;
  /** The field that had the focus, and its caret or selection. */
  focus: { id: 'phone' | 'country'; start: number | null; end: number | null } | null;
  /** The button was pressed (the page's script held the press): the code is to be sent. */
  submitted: boolean;
}

/**
 * Reads the form the server wrote into the page (backend
 * app/platform/services/web_app_sign_in.ts: same ids as sign-in.html), or
 * null when there is none (a page from the service worker, another route,
 * or already taken over).
 */
export function readEarlySignIn(document: Document): EarlySignIn | null {
  const page = document.getElementById(EARLY_PAGE_ID);
  const form = page?.querySelector<HTMLFormElement>('form');
  const phone = form?.querySelector<HTMLInputElement>('#phone');
  const country = form?.querySelector<HTMLSelectElement>('#country');
  if (!form || !phone || !country) return null;
  const preselected = country.querySelector<HTMLOptionElement>('option[selected]')?.value;
  const active = document.activeElement;
  return {
    phone: phone.value,
    country: isCountry(country.value) && country.value !== preselected ? country.value : null,
    focus:
      active === phone
        ? { id: 'phone', start: phone.selectionStart, end: phone.selectionEnd }
        : active === country
          ? { id: 'country', start: null, end: null }
          : null,
    submitted: form.hasAttribute('data-submitted'),
  };
}

/**
 * Removes the server's page, showing the app in the same frame, and gives
 * the app's field the focus (and caret) the visitor had in the server's.
 */
export function removeEarlyPage(document: Document, focus: EarlySignIn['focus'] = null): void {
  document.getElementById(EARLY_PAGE_ID)?.remove();
  if (!focus) return;
  const field = document.getElementById(focus.id);
  if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) return;
  field.focus();
  if (field instanceof HTMLInputElement && focus.start !== null) {
    field.setSelectionRange(focus.start, focus.end ?? focus.start);
  }
}
