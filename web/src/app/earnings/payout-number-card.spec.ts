import { TestBed } from '@angular/core/testing';
import { Api } from '../core/api/api-client';
import { Language } from '../core/i18n/language';
import { provideTestApp } from '../testing';
import { PayoutNumberCard, type PayoutNumber } from './payout-number-card';

const signInPhone: PayoutNumber = {
  phone: '+254 •••• 0010',
  confirmed: false,
  confirmedAt: null,
  pending: null,
  coolingUntil: null,
};

async function render(language: 'en' | 'sw' = 'en') {
  const posted: { path: string; body: unknown }[] = [];
  let state = signInPhone;
  TestBed.configureTestingModule({
    imports: [PayoutNumberCard],
    providers: [
      {
        provide: Api,
        useValue: {
          get: async () => state,
          post: async (path: string, options: { body: unknown }) => {
            posted.push({ path, body: options.body });
            state = path.endsWith('/confirm')
              ? {
                  phone: '+254 •••• 1222',
                  confirmed: true,
                  confirmedAt: '2026-11-30T08:00:00.000Z',
                  pending: null,
                  coolingUntil: '2026-12-01T08:00:00.000Z',
                }
              : {
                  ...signInPhone,
                  pending: { phone: '+254 •••• 1222', expiresAt: '2026-11-30T08:05:00.000Z' },
                };
            return state;
          },
        },
      },
      ...provideTestApp({ words: ['en', 'sw'] }),
    ],
  });
  await TestBed.inject(Language).choose(language);
  const fixture = TestBed.createComponent(PayoutNumberCard);
  const settle = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  await settle();
  return { fixture, element: fixture.nativeElement as HTMLElement, posted, settle };
}

const words = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('PayoutNumberCard', () => {
  afterEach(() => localStorage.clear());

  it('a new number is paid only after the code texted to it is typed; then the safety delay shows', async () => {
    const { element, posted, settle } = await render();
    expect(words(element.querySelector('p'))).toContain('your sign-in phone +254 •••• 0010');

    const forms = () => element.querySelectorAll('form');
    type(forms()[0].querySelector('input')!, '0733 111 222');
    await settle();
    forms()[0].dispatchEvent(new Event('submit'));
    await settle();
    expect(posted).toEqual([{ path: '/api/v1/payout-number', body: { phone: '0733 111 222' } }]);
    expect(words(forms()[0])).toContain('Code texted to +254 •••• 1222');

    type(forms()[0].querySelector('input')!, '123456');
    await settle();
    forms()[0].dispatchEvent(new Event('submit'));
    await settle();
    expect(posted.at(-1)).toEqual({
      path: '/api/v1/payout-number/confirm',
      body: { code: '123456' },
    });
    expect(words(element.querySelector('p'))).toBe('Payouts go to +254 •••• 1222.');
    expect(words(element.querySelector('[role="status"]'))).toContain('payouts wait until');
  });

  it('reads in Swahili', async () => {
    const { element } = await render('sw');
    expect(words(element.querySelector('h2'))).toBe('Namba ya malipo');
  });
});
