import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Api } from '../api/api-client';
import { Locale, Me, OtpRequested, ProfileChanges, SignedIn, VerifyOtp } from '../api/api-types';
import { PushRegistration } from '../push/push-registration';
import { Session } from './session';

/** The accounts endpoints: sign-in by one-time code, profile, sign-out. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly api = inject(Api);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly push = inject(PushRegistration);

  /** `locale` is the screen's: the SMS comes in it. */
  async requestCode(phone: string, locale: Locale): Promise<OtpRequested> {
    return this.api.post('/api/v1/auth/otp/request', { body: { phone, locale } });
  }

  async verify(body: VerifyOtp): Promise<SignedIn> {
    const signedIn = await this.api.post('/api/v1/auth/otp/verify', { body });
    this.session.start(signedIn);
    return signedIn;
  }

  /** Refreshes the cached user; a 401 is handled by the interceptor. */
  async refreshMe(): Promise<Me> {
    const user = await this.api.get('/api/v1/me');
    this.session.updateUser(user);
    return user;
  }

  async updateProfile(changes: ProfileChanges): Promise<Me> {
    const user = await this.api.patch('/api/v1/me', { body: changes });
    this.session.updateUser(user);
    return user;
  }

  /** A new photo of the user (already shrunk on the phone), replacing the one before. */
  async setPhoto(photo: Blob): Promise<Me> {
    const body = new FormData();
    body.append('photo', photo, 'photo.jpg');
    const user = await this.api.post('/api/v1/me/photo', { body });
    this.session.updateUser(user);
    return user;
  }

  async removePhoto(): Promise<Me> {
    const user = await this.api.delete('/api/v1/me/photo');
    this.session.updateUser(user);
    return user;
  }

  /** The user's own photo as an object URL for <img> (revoke it when done). */
  async photoUrl(): Promise<string> {
    return URL.createObjectURL(await this.api.blob('/api/v1/me/photo'));
  }

  /**
   * Revokes the token when the server can be reached; signs out locally
   * anyway. `next`: where the sign-in page returns to (signing in again for
   * a sensitive action).
   */
  async signOut(next?: string): Promise<void> {
    try {
      // This phone stops getting the leaving user's pushes (before the token goes).
      if (this.session.signedIn()) await this.push.disable();
      if (this.session.signedIn()) await this.api.post('/api/v1/auth/logout');
    } catch {
      // Offline or already revoked: the local session is cleared below either way.
    } finally {
      this.session.clear();
      await this.router.navigate(['/sign-in'], { queryParams: next ? { next } : {} });
    }
  }
}
