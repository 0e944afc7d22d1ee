import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** Whether the browser thinks it is online; a lost connection is shown, not hidden. */
@Injectable({ providedIn: 'root' })
export class Connectivity {
  readonly online = signal(globalThis.navigator?.onLine ?? true);

  constructor() {
    const update = () => this.online.set(navigator.onLine);
    globalThis.addEventListener?.('online', update);
    globalThis.addEventListener?.('offline', update);
    inject(DestroyRef).onDestroy(() => {
      globalThis.removeEventListener?.('online', update);
      globalThis.removeEventListener?.('offline', update);
    });
  }
}
