/**
 * Wire shapes of the Njia API (backend/app/openapi). Kept in one file so the
 * typed client planned in issue 5 can replace it with generated types.
 */
export type Role = 'shipper' | 'driver' | 'dispatcher' | 'admin';
export type Locale = 'en' | 'fr' | 'sw';

export interface Organisation {
  id: number | string;
  name: string;
  kind: string;
  country: string;
}

export interface User {
  id: number | string;
  phone: string;
  name: string | null;
  role: Role;
  locale: string | null;
  organisation: Organisation | null;
  createdAt: string;
}

export interface OtpRequested {
  phone: string;
  expiresIn: number;
}

export interface SignedIn {
  token: string;
  user: User;
}

export interface VerifyOtp {
  phone: string;
  code: string;
  name?: string;
  role?: 'shipper' | 'driver';
}

export interface ProfileChanges {
  name?: string;
  locale?: Locale;
}

/** `GET /api/v1/config`: public settings the web app needs before sign-in. */
export interface RuntimeSettings {
  tileUrl: string;
  defaultCountry: string;
  locales: string[];
}

/** One entry of the API's error format `{ errors: [...] }`. */
export interface WireError {
  code: string;
  message: string;
  field?: string;
}
