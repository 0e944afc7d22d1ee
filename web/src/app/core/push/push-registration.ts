import { Injectable, computed, inject, signal } from '@angular/core';
import { Api } from '../api/api-client';
import { readStored, writeStored } from '../storage';

const TOKEN_KEY = 'njia.push.token';
const DISMISSED_KEY = 'njia.push.dismissed';

type Permission = NotificationPermission | 'unsupported';

/**
 * Push to this device: asked only when the user chooses to (the prompt
 * appears after they did something worth hearing back about, never on first
 * load). With Firebase configured the token comes from Firebase Cloud
 * Messaging on the app's own service worker (Angular's, which shows the
 * push and opens its link on a tap); without it (development) the device
 * registers a `log:` token and the server's log transport shows what would
 * have been pushed at /api/v1/dev/outbox/push.
 */
@Injectable({ providedIn: 'root' })
export class PushRegistration {
  private readonly api = inject(Api);
  readonly supported =
    typeof Notification !== 'undefined' && Boolean(globalThis.navigator?.serviceWorker);
  readonly permission = signal<Permission>(
    this.supported ? Notification.permission : 'unsupported',
  );
  readonly token = signal<string | null>(readStored(TOKEN_KEY));
  private readonly dismissed = signal(readStored(DISMISSED_KEY) === '1');
  readonly busy = signal(false);

  readonly enabled = computed(() => this.token() !== null && this.permission() === 'granted');
  /** Whether to offer push now: possible, not decided yet, not turned down in the app. */
  readonly shouldOffer = computed(
    () => this.supported && this.permission() === 'default' && !this.dismissed(),
  );

  async enable(): Promise<boolean> {
    if (!this.supported || this.busy()) return false;
    this.busy.set(true);
    try {
      const permission = await Notification.requestPermission();
      this.permission.set(permission);
      if (permission !== 'granted') return false;
      const config = await this.api.get('/api/v1/push/config');
      const token =
        config.transport === 'fcm' && config.firebase && config.vapidKey
          ? await firebaseToken(config.firebase as Record<string, string>, config.vapidKey)
          : `log:${globalThis.crypto?.randomUUID?.() ?? Date.now().toString(36)}`;
      await this.api.post('/api/v1/push/devices', { body: { token, platform: 'web' } });
      this.remember(token);
      return true;
    } catch {
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** Stops push to this device (also at sign-out, so the next person's phone is not told the last one's news). */
  async disable(): Promise<void> {
    const token = this.token();
    this.remember(null);
    if (!token) return;
    try {
      await this.api.delete('/api/v1/push/devices', { body: { token } });
    } catch {
      // Offline: the server prunes it when FCM reports it gone.
    }
  }

  dismiss(): void {
    this.dismissed.set(true);
    writeStored(DISMISSED_KEY, '1');
  }

  private remember(token: string | null): void {
    this.token.set(token);
    writeStored(TOKEN_KEY, token);
  }
}

/** An FCM registration token for this browser, on the app's service worker (loaded only here). */
async function firebaseToken(config: Record<string, string>, vapidKey: string): Promise<string> {
  const [{ initializeApp, getApps }, { getMessaging, getToken }] = await Promise.all([
    import('firebase/app'),
    import('firebase/messaging'),
  ]);
  const app = getApps().find((a) => a.name === 'njia') ?? initializeApp(config, 'njia');
  const serviceWorkerRegistration = await navigator.serviceWorker.ready;
  return getToken(getMessaging(app), { vapidKey, serviceWorkerRegistration });
}
