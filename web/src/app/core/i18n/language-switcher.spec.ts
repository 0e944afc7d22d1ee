import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { Language } from './language';
import { LanguageSwitcher } from './language-switcher';
import { TranslationLoader } from './translation-loader';
import { provideTestApp } from '../../testing';

describe('LanguageSwitcher', () => {
  it('shows the language the page is in, not the first of the list', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [LanguageSwitcher],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTransloco({
          config: { availableLangs: ['en', 'fr', 'sw'], defaultLang: 'en' },
          loader: TranslationLoader,
        }),
      ],
    });
    await TestBed.inject(Language).choose('fr');
    const fixture = TestBed.createComponent(LanguageSwitcher);
    await fixture.whenStable();
    const select = (fixture.nativeElement as HTMLElement).querySelector('select')!;
    expect(select.value).toBe('fr');
    expect(select.selectedOptions[0].textContent?.trim()).toBe('Français');

    await TestBed.inject(Language).choose('sw');
    await fixture.whenStable();
    expect(select.value).toBe('sw');
  });

  it('names each language through the translations, not in code', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [LanguageSwitcher], providers: provideTestApp() });
    const fixture = TestBed.createComponent(LanguageSwitcher);
    await fixture.whenStable();
    fixture.detectChanges();
    const options = [...(fixture.nativeElement as HTMLElement).querySelectorAll('option')];
    expect(options.map((option) => option.textContent?.trim())).toEqual([
      'language.names.en',
      'language.names.fr',
      'language.names.sw',
    ]);
  });
});
