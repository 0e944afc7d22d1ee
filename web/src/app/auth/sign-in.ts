import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { OtpRequested } from '../core/api/api-types';
import { errorTexts } from '../core/api/error-messages';
import { AccountApi } from '../core/auth/account-api';
import { Language } from '../core/i18n/language';
import { isLocale } from '../core/i18n/languages';
import {
  COUNTRIES,
  Country,
  HomeCountry,
  countryName,
  guessCountry,
  isCountry,
} from '../core/country';
import { Settings } from '../core/config/settings';
import { callingCode, toE164 } from '../core/phone';
import { codeProblem, nameProblem, phoneProblem } from './sign-in-form';
import { EarlySignIn, readEarlySignIn, removeEarlyPage } from './early-sign-in';

type Step = 'phone' | 'code';
type Field = 'phone' | 'code' | 'name' | 'role';
type Role = '' | 'shipper' | 'driver';
export type FieldError = { text: string; key?: never } | { key: string; text?: never };

/**
 * Sign-in in two steps: a phone number, then the code received by SMS. Its
 * fields are signals and its checks plain functions (sign-in-form.ts): it is
 * the first screen, and `@angular/forms` stays out of the first bundle.
 */
@Component({
  selector: 'njia-sign-in',
  imports: [TranslocoPipe],
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss',
  host: { class: 'sign-in-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignIn {
  private readonly accounts = inject(AccountApi);
  private readonly language = inject(Language);
  private readonly router = inject(Router);
  private readonly homeCountry = inject(HomeCountry);
  private readonly document = inject(DOCUMENT);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  protected readonly settings = inject(Settings);

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

  protected readonly country = signal<Country>(guessCountry(this.homeCountry.code()));
  /** Once the person picks a country, no later guess replaces it. */
  private countryChosen = false;
  protected readonly phone = signal('');
  protected readonly code = signal('');
  protected readonly name = signal('');
  protected readonly role = signal<Role>('');
  /** Fields left (or submitted) once: only those show their own checks' errors. */
  private readonly touched = signal<ReadonlySet<Field>>(new Set());
  private readonly problems = computed<Record<Field, string | null>>(() => ({
    phone: phoneProblem(this.phone(), this.country()),
    code: codeProblem(this.code()),
    name: nameProblem(this.name()),
    role: null,
  }));

  protected readonly countries = computed(() =>
    COUNTRIES.map((code) => ({
      code,
      label: `${countryName(code, this.language.current())} (${callingCode(code)})`,
    })),
  );

  /** The server's errors, in the current language. */
  protected readonly serverErrors = errorTexts(this.apiError);

  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearInterval(this.timer));
    // The server's form (early-sign-in.ts): its values from the first render, then the form itself.
    const early = readEarlySignIn(this.document);
    if (early) this.adopt(early);
    afterNextRender(() => this.takeOverEarlyForm());
    void this.followDeploymentCountry();
  }

  /**
   * The page the server wrote had this form before the app arrived: what was
   * typed since (read again: the first render may be a moment after this
   * component was made) goes into the app's own fields, which replace the
   * server's in the same frame with the focus where it was; a press of the
   * button held until now sends the code.
   */
  private takeOverEarlyForm(): void {
    const early = readEarlySignIn(this.document);
    if (!early) return;
    this.adopt(early);
    const phone = this.host.querySelector<HTMLInputElement>('#phone');
    const country = this.host.querySelector<HTMLSelectElement>('#country');
    if (phone) phone.value = early.phone;
    if (country) country.value = this.country();
    removeEarlyPage(this.document, early.focus);
    if (early.submitted) void this.requestCode();
  }

  private adopt(early: EarlySignIn): void {
    this.phone.set(early.phone);
    if (early.country) {
      this.countryChosen = true;
      this.country.set(early.country);
    }
  }

  /**
   * The deployment's country (DEFAULT_COUNTRY, from GET /api/v1/config) is the
   * guess's last resort: once the server says it, a country the person has not
   * chosen yet is guessed again with it.
   */
  private async followDeploymentCountry(): Promise<void> {
    await this.settings.load();
    if (!this.countryChosen) this.country.set(guessCountry(this.homeCountry.code()));
  }

  protected async requestCode(): Promise<void> {
    this.touch('phone');
    if (this.problems().phone || this.busy() || this.waitSeconds() > 0) return;
    const phone = this.phone();
    const country = this.country();
    await this.call(['phone'], async () => {
      const sent = await this.accounts.requestCode(
        toE164(phone, country) ?? phone.trim(),
        this.language.current(),
      );
      this.sent.set(sent);
      this.step.set('code');
      this.code.set('');
      this.name.set('');
      this.role.set('');
      this.touched.set(new Set(['phone']));
      setTimeout(() => this.codeInput()?.nativeElement.focus());
    });
  }

  protected async verify(): Promise<void> {
    this.touch('code', 'name', 'role');
    const sent = this.sent();
    const { code: codeWrong, name: nameWrong } = this.problems();
    if (!sent || codeWrong || nameWrong || this.busy() || this.waitSeconds() > 0) return;
    const [code, name, role] = [this.code(), this.name(), this.role()];
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
  protected countryChanged(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (!isCountry(value)) return;
    this.countryChosen = true;
    this.country.set(value);
    this.editing('phone');
  }

  /** What the person typed into `field`. */
  protected typed(field: Exclude<Field, 'role'>, event: Event): void {
    this[field].set((event.target as HTMLInputElement).value);
    this.editing(field);
  }

  protected chooseRole(role: Role): void {
    this.role.set(role);
    this.editing('role');
  }

  protected touch(...fields: Field[]): void {
    this.touched.update((set) => new Set([...set, ...fields]));
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
  protected fieldErrors(field: Field): FieldError[] {
    const server = this.serverErrors().byField[field];
    if (server?.length) return server.map((text) => ({ text }));
    const problem = this.problems()[field];
    if (!problem || !this.touched().has(field)) return [];
    return [{ key: `signIn.validation.${field}.${problem}` }];
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
