import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { OtpRequested } from '../core/api/api-types';
import { errorTexts } from '../core/api/error-messages';
import { AccountApi } from '../core/auth/account-api';
import { Language } from '../core/i18n/language';
import { isLocale } from '../core/i18n/languages';
import { COUNTRIES, Country, HomeCountry, countryName, guessCountry } from '../core/country';
import { Settings } from '../core/config/settings';
import { callingCode, phoneIn, toE164 } from '../core/phone';
import { codeValidators, nameValidators } from './sign-in-form';

type Step = 'phone' | 'code';
export type FieldError = { text: string; key?: never } | { key: string; text?: never };

/** Sign-in in two steps: a phone number, then the code received by SMS. */
@Component({
  selector: 'njia-sign-in',
  imports: [ReactiveFormsModule, TranslocoPipe],
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignIn {
  private readonly accounts = inject(AccountApi);
  private readonly language = inject(Language);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly homeCountry = inject(HomeCountry);
  private readonly settings = inject(Settings);

  /** Where to go after signing in (set by the guard), and whether the session had expired. */
  readonly next = input<string>();
  readonly expired = input<string>();

  protected readonly step = signal<Step>('phone');
  protected readonly sent = signal<OtpRequested | null>(null);
  protected readonly busy = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  /** Seconds left before the server accepts another try (after a 429). */
  protected readonly waitSeconds = signal(0);
  protected readonly minutes = computed(() =>
    Math.max(1, Math.round((this.sent()?.expiresIn ?? 300) / 60)),
  );

  protected readonly phoneForm = this.fb.group({
    country: this.fb.control<Country>(guessCountry(this.homeCountry.code())),
    phone: [
      '',
      [Validators.required, phoneIn((): Country => this.phoneForm.controls.country.value)],
    ],
  });
  protected readonly countries = computed(() =>
    COUNTRIES.map((code) => ({
      code,
      label: `${countryName(code, this.language.current())} (${callingCode(code)})`,
    })),
  );
  protected readonly codeForm = this.fb.group({
    code: ['', codeValidators],
    name: ['', nameValidators],
    role: this.fb.control<'' | 'shipper' | 'driver'>(''),
  });

  /** The server's errors, in the current language. */
  protected readonly serverErrors = errorTexts(this.apiError);

  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearInterval(this.timer));
    void this.followDeploymentCountry();
  }

  /**
   * The deployment's country (DEFAULT_COUNTRY, from GET /api/v1/config) is the
   * guess's last resort: once the server says it, a country the person has not
   * chosen yet is guessed again with it.
   */
  private async followDeploymentCountry(): Promise<void> {
    await this.settings.load();
    const country = this.phoneForm.controls.country;
    if (!country.pristine) return;
    country.setValue(guessCountry(this.homeCountry.code()));
    this.phoneForm.controls.phone.updateValueAndValidity();
  }

  protected async requestCode(): Promise<void> {
    this.phoneForm.markAllAsTouched();
    if (this.phoneForm.invalid || this.busy() || this.waitSeconds() > 0) return;
    const { phone, country } = this.phoneForm.getRawValue();
    await this.call(['phone'], async () => {
      const sent = await this.accounts.requestCode(
        toE164(phone, country) ?? phone.trim(),
        this.language.current(),
      );
      this.sent.set(sent);
      this.step.set('code');
      this.codeForm.reset();
      setTimeout(() => this.codeInput()?.nativeElement.focus());
    });
  }

  protected async verify(): Promise<void> {
    this.codeForm.markAllAsTouched();
    const sent = this.sent();
    if (!sent || this.codeForm.invalid || this.busy() || this.waitSeconds() > 0) return;
    const { code, name, role } = this.codeForm.getRawValue();
    await this.call(['code', 'name', 'role'], async () => {
      const { user } = await this.accounts.verify({
        phone: sent.phone,
        code: code.trim(),
        locale: this.language.current(),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(role ? { role } : {}),
      });
      await this.adoptLanguage(user.locale);
      await this.router.navigateByUrl(this.safeNext());
    });
  }

  /** The number is read again in the newly chosen country. */
  protected countryChanged(): void {
    this.phoneForm.controls.phone.updateValueAndValidity();
    this.editing('phone');
  }

  protected callingCode(country: Country): string {
    return callingCode(country);
  }

  protected changeNumber(): void {
    this.step.set('phone');
    this.apiError.set(null);
  }

  /** Once the user edits a field, the server's old verdict on it no longer applies. */
  protected editing(field: string): void {
    const error = this.apiError();
    if (!error?.fieldErrors[field]) return;
    const { [field]: _edited, ...rest } = error.fieldErrors;
    this.apiError.set({ ...error, fieldErrors: rest });
  }

  /**
   * What to show under a field: the server's messages if it rejected the value,
   * else the translation key of the first failed client check (once touched).
   */
  protected fieldErrors(form: 'phone' | 'code', field: string): FieldError[] {
    const server = this.serverErrors().byField[field];
    if (server?.length) return server.map((text) => ({ text }));
    const group: AbstractControl = form === 'phone' ? this.phoneForm : this.codeForm;
    const control = group.get(field);
    if (!control || !control.touched || !control.errors) return [];
    return [{ key: `signIn.validation.${field}.${Object.keys(control.errors)[0]}` }];
  }

  private async call(fields: string[], action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.apiError.set(null);
    try {
      await action();
    } catch (error) {
      const apiError = toApiError(error, fields);
      this.apiError.set(apiError);
      if (apiError.status === 429) this.startWait(apiError.retryAfter ?? 60);
    } finally {
      this.busy.set(false);
    }
  }

  private startWait(seconds: number): void {
    clearInterval(this.timer);
    this.waitSeconds.set(seconds);
    this.timer = setInterval(() => {
      this.waitSeconds.update((s) => Math.max(0, s - 1));
      if (this.waitSeconds() === 0) clearInterval(this.timer);
    }, 1000);
  }

  /**
   * A language picked on this device wins (and is saved to the profile);
   * otherwise the account's language is used.
   */
  private async adoptLanguage(locale: string | null): Promise<void> {
    if (this.language.chosen()) {
      const current = this.language.current();
      if (locale !== current)
        await this.accounts.updateProfile({ locale: current }).catch(() => undefined);
    } else if (isLocale(locale)) {
      await this.language.choose(locale);
    }
  }

  /** Only same-app paths, never an absolute URL from the query string. */
  private safeNext(): string {
    const next = this.next();
    return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  }
}
