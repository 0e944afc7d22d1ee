import { DestroyRef, Injectable, inject, signal } from '@angular/core';

type Sentinel = {
  released: boolean;
  release(): Promise<void>;
  addEventListener(type: 'release', fn: () => void): void;
};
type WakeLockApi = { request(type: 'screen'): Promise<Sentinel> };

/**
 * Keeps the screen on during a job where the browser allows it (Screen Wake
 * Lock API). The browser drops the lock when the page is hidden, so it is
 * asked for again when the driver comes back to the app.
 */
@Injectable()
export class WakeLock {
  readonly state = signal<'on' | 'off' | 'unsupported'>('off');
  private sentinel: Sentinel | null = null;
  private wanted = false;
  private readonly api = (globalThis.navigator as { wakeLock?: WakeLockApi } | undefined)?.wakeLock;

  constructor() {
    if (!this.api) this.state.set('unsupported');
    const onVisible = () => {
      if (this.wanted && document.visibilityState === 'visible') void this.acquire();
    };
    globalThis.document?.addEventListener('visibilitychange', onVisible);
    inject(DestroyRef).onDestroy(() => {
      globalThis.document?.removeEventListener('visibilitychange', onVisible);
      this.release();
    });
  }

  async keepAwake(on: boolean): Promise<void> {
    this.wanted = on;
    if (on) await this.acquire();
    else this.release();
  }

  private async acquire(): Promise<void> {
    if (!this.api || (this.sentinel && !this.sentinel.released)) return;
    try {
      this.sentinel = await this.api.request('screen');
      this.state.set('on');
      this.sentinel.addEventListener('release', () => this.state.set('off'));
    } catch {
      this.state.set('off'); // battery saver, or the page isn't visible
    }
  }

  private release(): void {
    void this.sentinel?.release();
    this.sentinel = null;
    if (this.state() !== 'unsupported') this.state.set('off');
  }
}
