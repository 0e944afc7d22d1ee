import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Locale } from '../api/api-types';
import { readStored, writeStored } from '../storage';
import { browserLocale, isLocale } from './languages';

const KEY = 'njia.lang';
/**
 * The chosen language in a cookie too: the server reads it to write the
 * first page's texts in that language (backend web_app_page.ts, core/boot).
 */
export const LANGUAGE_COOKIE = 'njia_lang';

/**
 * The interface language: the one chosen on this device, else the browser's.
 * Switching loads the translations first, so the page never shows raw keys.
 */
@Injectable({ providedIn: 'root' })
export class Language {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  readonly current = signal<Locale>(initialLocale());
  /** True once someone picked a language on this device (vs. guessed from the browser). */
  readonly chosen = signal<boolean>(isLocale(readStored(KEY)));

  /** Loads and applies the starting language (app initializer). */
  start(): Promise<void> {
    if (this.chosen()) this.remember(this.current());
    return this.apply(this.current());
  }

  /** A choice made by the user: applied and remembered on this device. */
  async choose(locale: Locale): Promise<void> {
    writeStored(KEY, locale);
    this.remember(locale);
    this.chosen.set(true);
    await this.apply(locale);
  }

  private remember(locale: Locale): void {
    this.document.cookie = `${LANGUAGE_COOKIE}=${locale}; path=/; max-age=31536000; SameSite=Lax`;
  }

  private async apply(locale: Locale): Promise<void> {
    await firstValueFrom(this.transloco.load(locale));
    this.transloco.setActiveLang(locale);
    this.current.set(locale);
    this.document.documentElement.lang = locale;
  }
}

function initialLocale(): Locale {
  const stored = readStored(KEY);
  return isLocale(stored) ? stored : browserLocale();
}
