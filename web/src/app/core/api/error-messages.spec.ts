import { TestBed } from '@angular/core/testing';
import { TranslocoService, provideTransloco } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { TranslationLoader } from '../i18n/translation-loader';
import { ErrorMessages } from './error-messages';

async function messagesIn(lang: 'en' | 'fr' | 'sw') {
  TestBed.configureTestingModule({
    providers: [
      provideTransloco({
        config: { availableLangs: ['en', 'fr', 'sw'], defaultLang: lang },
        loader: TranslationLoader,
      }),
    ],
  });
  const transloco = TestBed.inject(TranslocoService);
  await firstValueFrom(transloco.load('en'));
  await firstValueFrom(transloco.load(lang));
  transloco.setActiveLang(lang);
  return TestBed.inject(ErrorMessages);
}

describe('ErrorMessages', () => {
  it("says a server error in the reader's language, by its code", async () => {
    const messages = await messagesIn('fr');
    expect(
      messages.text({ code: 'E_VEHICLE_NOT_ELIGIBLE', message: 'Vehicle KBX cannot take loads' }),
    ).toContain('Ce camion ne peut pas encore prendre de chargement');
  });

  it('says which validation rule failed, in Swahili', async () => {
    const messages = await messagesIn('sw');
    expect(
      messages.text({
        code: 'E_VALIDATION',
        message: 'The phone field must be a phone number from Senegal, Kenya, Tanzania or Uganda',
        field: 'phone',
        rule: 'phone',
      }),
    ).toBe('Andika namba ya simu ya Senegal, Kenya, Tanzania au Uganda.');
    expect(
      messages.text({ code: 'E_VALIDATION', message: 'x', field: 'f', rule: 'file.size' }),
    ).toBe('Faili hili ni kubwa mno.');
  });

  it("keeps the server's words for a code the app does not know yet", async () => {
    const messages = await messagesIn('fr');
    expect(messages.text({ code: 'E_BRAND_NEW', message: 'Brand new failure' })).toBe(
      'Brand new failure',
    );
  });
});
