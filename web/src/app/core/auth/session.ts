import { Injectable, computed, signal } from '@angular/core';
import { SignedIn, User } from '../api/api-types';
import { forgetLastData } from '../offline/last-data-store';
import { readStored, writeStored } from '../storage';

const TOKEN_KEY = 'njia.token';
const USER_KEY = 'njia.user';

/**
 * Who is signed in on this device: the bearer token and the last known user.
 * Both are kept in localStorage so the app opens signed in (and offline).
 */
@Injectable({ providedIn: 'root' })
export class Session {
  readonly token = signal<string | null>(readStored(TOKEN_KEY));
  readonly user = signal<User | null>(parseUser(readStored(USER_KEY)));
  readonly signedIn = computed(() => this.token() !== null);
  readonly role = computed(() => this.user()?.role ?? null);

  start({ token, user }: SignedIn): void {
    this.token.set(token);
    this.user.set(user);
    writeStored(TOKEN_KEY, token);
    writeStored(USER_KEY, JSON.stringify(user));
  }

  updateUser(user: User): void {
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

function parseUser(json: string | null): User | null {
  if (!json) return null;
  try {
    const user = JSON.parse(json) as User;
    return user && typeof user === 'object' && 'role' in user ? user : null;
  } catch {
    return null;
  }
}
