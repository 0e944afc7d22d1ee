import { Translation } from '@jsverse/transloco';
import { Locale, RuntimeSettings } from '../api/api-types';

/**
 * What the server already knew when it served the page, written into it as
 * `<script id="njia-boot" type="application/json">` by the API's web app
 * serving (backend/app/platform/services/web_app_page.ts): the public
 * settings of GET /api/v1/config and the shell's texts in the visitor's
 * likely language. With it the first screen needs no API round trip and no
 * translation chunk. It is absent when the service worker (whose cached
 * index.html is the build's own) or another server served the page: then
 * the app asks the API and loads the chunk, as before.
 */
export interface BootData {
  config: RuntimeSettings;
  locale: Locale;
  /** Absent when the build has no copy of the texts (an older build). */
  texts?: Translation;
}

let cached: BootData | null | undefined;

export function bootData(): BootData | null {
  if (cached === undefined) cached = read();
  return cached;
}

function read(): BootData | null {
  const json = globalThis.document?.getElementById('njia-boot')?.textContent;
  if (!json) return null;
  try {
    const data = JSON.parse(json) as BootData;
    return data && typeof data === 'object' && data.config ? data : null;
  } catch {
    return null;
  }
}

/** For specs: forget what was read, so the next call reads the document again. */
export function forgetBootData(): void {
  cached = undefined;
}
