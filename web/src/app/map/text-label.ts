/**
 * Content for a Leaflet tooltip or popup. Leaflet parses a string content
 * as HTML, so an address typed as `<b>Sign in again</b>` would draw a fake
 * banner on someone else's map; a text node is never parsed. Every label,
 * tooltip and popup of the app's maps goes through here.
 */
export function textLabel(text: string, tag: 'span' | 'strong' = 'span'): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}
