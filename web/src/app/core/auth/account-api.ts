import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { OtpRequested, ProfileChanges, SignedIn, User, VerifyOtp } from '../api/api-types';
import { Session } from './session';

/** The accounts endpoints: sign-in by one-time code, profile, sign-out. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  requestCode(phone: string): Promise<OtpRequested> {
    return firstValueFrom(this.http.post<OtpRequested>('/api/v1/auth/otp/request', { phone }));
  }

  async verify(body: VerifyOtp): Promise<SignedIn> {
    const signedIn = await firstValueFrom(
      this.http.post<SignedIn>('/api/v1/auth/otp/verify', body),
    );
    this.session.start(signedIn);
    return signedIn;
  }

  /** Refreshes the cached user; a 401 is handled by the interceptor. */
  async refreshMe(): Promise<User> {
    const user = await firstValueFrom(this.http.get<User>('/api/v1/me'));
    this.session.updateUser(user);
    return user;
  }

  async updateProfile(changes: ProfileChanges): Promise<User> {
    const user = await firstValueFrom(this.http.patch<User>('/api/v1/me', changes));
    this.session.updateUser(user);
    return user;
  }

  /** Revokes the token when the server can be reached; signs out locally anyway. */
  async signOut(): Promise<void> {
    try {
      if (this.session.signedIn()) await firstValueFrom(this.http.post('/api/v1/auth/logout', {}));
    } catch {
      // Offline or already revoked: the local session is cleared below either way.
    } finally {
      this.session.clear();
      await this.router.navigateByUrl('/sign-in');
    }
  }
}
