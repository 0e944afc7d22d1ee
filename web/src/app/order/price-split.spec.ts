import { TestBed } from '@angular/core/testing';
import { provideTransloco } from '@jsverse/transloco';
import { Language } from '../core/i18n/language';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { PriceSplitView } from './price-split';
import { Quote } from './price-quote';

async function render(
  language: 'en' | 'fr' | 'sw',
  split: Quote,
  currency: 'KES' | 'XOF',
  side: 'carrier' | 'shipper',
) {
  TestBed.configureTestingModule({
    providers: [
      provideTransloco({
        config: { availableLangs: ['en', 'fr', 'sw'], defaultLang: 'en' },
        loader: TranslationLoader,
      }),
    ],
  });
  await TestBed.inject(Language).choose(language);
  const fixture = TestBed.createComponent(PriceSplitView);
  fixture.componentRef.setInput('split', split);
  fixture.componentRef.setInput('currency', currency);
  fixture.componentRef.setInput('side', side);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const part = (element: HTMLElement, id: string) =>
  element.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const text = (element: HTMLElement) => element.textContent!.replace(/\s+/g, ' ').trim();

describe('PriceSplitView', () => {
  it('leads with what the carrier nets, in the carrier’s money format', async () => {
    const element = await render(
      'en',
      { total: 4_000_050, basisPoints: 1000, commission: 400_005, net: 3_600_045 },
      'KES',
      'carrier',
    );
    expect(text(part(element, 'split-headline'))).toBe('You receive KES 36,000.45');
    expect(text(part(element, 'split-detail'))).toBe(
      'KES 40,000.50 less the Njia commission of 10% (KES 4,000.05)',
    );
  });

  it('leads with the shipper’s total, in French francs as Senegal writes them', async () => {
    const element = await render(
      'fr',
      { total: 45_000, basisPoints: 750, commission: 3375, net: 41_625 },
      'XOF',
      'shipper',
    );
    const words = text(element).replace(/[\u202f\u00a0]/g, ' ');
    expect(words).toContain('Vous payez 45 000 FCFA au total');
    expect(words).toContain('Le transporteur reçoit 41 625 FCFA');
    expect(words).toContain('7,5 %');
  });

  it('shows nothing without a price, and says so when the API could not split it', async () => {
    expect(text(await render('sw', null, 'KES', 'carrier'))).toBe('');
    TestBed.resetTestingModule();
    expect(text(await render('sw', 'unavailable', 'KES', 'carrier'))).toContain(
      'Kamisheni haiwezi kuhesabiwa',
    );
  });
});
