import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Locale } from '../api/api-types';
import { Language } from './language';
import { LOCALES, isLocale } from './languages';
import { AccountApi } from '../auth/account-api';
import { Session } from '../auth/session';

/** A compact language picker; a signed-in user's choice is saved to the profile too. */
@Component({
  selector: 'njia-language-switcher',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="visually-hidden" for="njia-language">{{ 'language.label' | transloco }}</label>
    <select id="njia-language" (change)="pick($event)">
      @for (code of languages; track code) {
        <!-- [selected] per option: a [value] on the select is set before its options exist. -->
        <option [value]="code" [attr.lang]="code" [selected]="code === language.current()">
          {{ 'language.names.' + code | transloco }}
        </option>
      }
    </select>
  `,
  styles: `
    select {
      font: inherit;
      min-height: 40px;
      padding: 0.25rem 0.5rem;
      border-radius: 8px;
      border: 1px solid var(--njia-border);
      background: #fff;
    }
  `,
})
export class LanguageSwitcher {
  protected readonly language = inject(Language);
  private readonly session = inject(Session);
  private readonly accounts = inject(AccountApi);
  protected readonly languages = LOCALES;

  protected async pick(event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    if (!isLocale(value)) return;
    await this.language.choose(value);
    if (this.session.signedIn() && this.session.user()?.locale !== value) {
      this.saveToProfile(value);
    }
  }

  private saveToProfile(locale: Locale): void {
    // The interface already switched; the profile copy (used for SMS) may lag if offline.
    this.accounts.updateProfile({ locale }).catch(() => undefined);
  }
}
