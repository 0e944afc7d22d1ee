import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { Locale } from '../core/api/api-types';
import { ErrorMessages } from '../core/api/error-messages';
import { AccountApi } from '../core/auth/account-api';
import { Session } from '../core/auth/session';
import { Language } from '../core/i18n/language';
import { LOCALES, isLocale } from '../core/i18n/languages';
import { NotificationSettings } from '../account/notification-settings';
import { ProfilePhoto } from './profile-photo';

/** The user's own profile: photo, name and language (used in the app and for SMS). */
@Component({
  selector: 'njia-profile',
  imports: [ReactiveFormsModule, TranslocoPipe, RouterLink, NotificationSettings, ProfilePhoto],
  templateUrl: './profile.html',
  styleUrl: './profile.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Profile {
  protected readonly session = inject(Session);
  private readonly accounts = inject(AccountApi);
  private readonly language = inject(Language);
  private readonly messages = inject(ErrorMessages);
  protected readonly languages = LOCALES;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.session.user()?.name ?? '', [Validators.maxLength(120)]],
    locale: [this.initialLocale(), [Validators.required]],
  });
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly apiError = signal<ApiError | null>(null);
  protected readonly errors = computed(() => {
    this.language.current();
    const error = this.apiError();
    const text = (list: { code: string; message: string }[] = []) =>
      list.map((e) => this.messages.text(e));
    return {
      name: text(error?.fieldErrors['name']),
      locale: text(error?.fieldErrors['locale']),
      form: text(error?.formErrors),
    };
  });

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    const { name, locale } = this.form.getRawValue();
    this.busy.set(true);
    this.saved.set(false);
    this.apiError.set(null);
    try {
      // An empty name is left unchanged (the server requires at least one character).
      await this.accounts.updateProfile({ ...(name.trim() ? { name: name.trim() } : {}), locale });
      if (locale !== this.language.current()) await this.language.choose(locale);
      this.saved.set(true);
    } catch (error) {
      this.apiError.set(toApiError(error, ['name', 'locale']));
    } finally {
      this.busy.set(false);
    }
  }

  private initialLocale(): Locale {
    const locale = this.session.user()?.locale;
    return isLocale(locale) ? locale : this.language.current();
  }
}
