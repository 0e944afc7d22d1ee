import { TestBed } from '@angular/core/testing';
import { TranslocoService, provideTransloco } from '@jsverse/transloco';
import { Language } from './language';
import { browserLocale } from './languages';
import { TranslationLoader } from './translation-loader';

function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideTransloco({
        config: { availableLangs: ['en', 'fr', 'sw'], defaultLang: 'en', fallbackLang: 'en' },
        loader: TranslationLoader,
      }),
    ],
  });
  return { language: TestBed.inject(Language), transloco: TestBed.inject(TranslocoService) };
}

describe('Language', () => {
  beforeEach(() => localStorage.clear());

  it('follows the browser until someone chooses', () => {
    expect(browserLocale(['fr-SN', 'en'])).toBe('fr');
    expect(browserLocale(['sw-TZ'])).toBe('sw');
    expect(browserLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(browserLocale([])).toBe('en');
  });

  it('switches the interface and the page language, and remembers the choice', async () => {
    const { language, transloco } = setUp();
    await language.start();

    await language.choose('sw');
    expect(transloco.translate('shell.signOut')).toBe('Toka');
    expect(document.documentElement.lang).toBe('sw');
    expect(language.chosen()).toBe(true);

    await language.choose('fr');
    expect(transloco.translate('shell.signOut')).toBe('Se déconnecter');

    TestBed.resetTestingModule();
    const again = setUp();
    expect(again.language.current()).toBe('fr');
  });

  it('has every English key in French and Swahili', async () => {
    const keys = (object: object, prefix = ''): string[] =>
      Object.entries(object).flatMap(([key, value]) =>
        typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    const [en, fr, sw] = await Promise.all(
      ['en', 'fr', 'sw'].map((lang) =>
        import(`../../../i18n/${lang}.json`).then((m) => keys(m.default)),
      ),
    );
    expect(fr.sort()).toEqual(en.sort());
    expect(sw.sort()).toEqual(en.sort());
  });
});
