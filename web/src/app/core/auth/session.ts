import { Injectable, computed, signal } from '@angular/core';
import { Capability, Me, SignedIn } from '../api/api-types';
import { forgetLastData } from '../offline/last-data-store';
import { readStored, writeStored } from '../storage';

/** Also read by the page the server writes, to hide its sign-in form (backend web_app_sign_in.ts). */
const TOKEN_KEY = 'njia.token';
const USER_KEY = 'njia.user';

/**
 * Who is signed in on this device: the bearer token and the last known user.
 * Both are kept in localStorage so the app opens signed in (and offline).
 */
@Injectable({ providedIn: 'root' })
export class Session {
  readonly token = signal<string | null>(readStored(TOKEN_KEY));
  readonly user = signal<Me | null>(parseUser(readStored(USER_KEY)));
  readonly signedIn = computed(() => this.token() !== null);
  readonly role = computed(() => this.user()?.role ?? null);

  /**
   * Whether the API says the user may do this (`capabilities`, decided by its
   * policies): pages, menus and buttons open by it, never by a role of their own.
   */
  can(capability: Capability): boolean {
    return this.user()?.capabilities.includes(capability) ?? false;
  }

  start({ token, user }: SignedIn): void {
    this.token.set(token);
    this.user.set(user);
    writeStored(TOKEN_KEY, token);
    writeStored(USER_KEY, JSON.stringify(user));
  }

  updateUser(user: Me): void {
    this.user.set(user);
    writeStored(USER_KEY, JSON.stringify(user));
  }

  clear(): void {
    this.token.set(null);
    this.user.set(null);
    writeStored(TOKEN_KEY, null);
    writeStored(USER_KEY, null);
    forgetLastData();
  }
}

function parseUser(json: string | null): Me | null {
  if (!json) return null;
  try {
    const user = JSON.parse(json) as Me;
    if (!user || typeof user !== 'object' || !('role' in user)) return null;
    // Kept by an older app: no capabilities until the refresh of /me at start.
    return Array.isArray(user.capabilities) ? user : { ...user, capabilities: [] };
  } catch {
    return null;
  }
}
