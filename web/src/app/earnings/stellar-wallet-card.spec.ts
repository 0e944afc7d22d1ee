import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { Api } from '../core/api/api-client';
import { Language } from '../core/i18n/language';
import { formatMoney } from '../core/money';
import { provideTestApp } from '../testing';
import { StellarWalletCard, type PayoutRail, type StellarWallet } from './stellar-wallet-card';

const ADDRESS = 'GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H';

const offered: PayoutRail = {
  rail: 'mobile_money',
  stellarOffered: true,
  stellarAccount: null,
  coolingUntil: null,
  yours: true,
};

const none: StellarWallet = {
  enabled: true,
  network: 'testnet',
  publicKey: null,
  funded: false,
  ready: false,
  balances: null,
};

const opened: StellarWallet = {
  ...none,
  publicKey: ADDRESS,
  funded: true,
  ready: true,
  balances: [{ currency: 'XOF', amount: 40_500 }],
};

async function render(
  state: { rail: PayoutRail; wallet: StellarWallet; refuse?: boolean },
  language: 'en' | 'fr' = 'en',
) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  TestBed.configureTestingModule({
    imports: [StellarWalletCard],
    providers: [
      provideTestApp(),
      {
        provide: Api,
        useValue: {
          get: async (path: string) => {
            calls.push({ method: 'GET', path });
            return path.endsWith('/payout-rail') ? state.rail : state.wallet;
          },
          post: async (path: string) => {
            calls.push({ method: 'POST', path });
            state.wallet = opened;
            return state.wallet;
          },
          put: async (path: string, options: { body: { rail: PayoutRail['rail'] } }) => {
            calls.push({ method: 'PUT', path, body: options.body });
            if (state.refuse) {
              throw new HttpErrorResponse({
                status: 403,
                error: { errors: [{ message: 'Only the owner', code: 'E_AUTHORIZATION_FAILURE' }] },
              });
            }
            state.rail = {
              rail: options.body.rail,
              stellarOffered: true,
              stellarAccount: ADDRESS,
              coolingUntil: '2026-12-03T08:00:00.000Z',
              yours: true,
            };
            return state.rail;
          },
        },
      },
    ],
  });
  TestBed.inject(Language).current.set(language);
  const fixture = TestBed.createComponent(StellarWalletCard);
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await fixture.whenStable();
      fixture.detectChanges();
    }
  };
  await settle();
  const element = fixture.nativeElement as HTMLElement;
  const click = async (selector: string) => {
    (element.querySelector(selector) as HTMLButtonElement).click();
    await settle();
  };
  return { element, calls, click, settle };
}

const words = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('StellarWalletCard', () => {
  it('is not shown where the Stellar rail is off', async () => {
    const { element } = await render({ rail: { ...offered, stellarOffered: false }, wallet: none });
    expect(element.querySelector('[data-testid="stellar-wallet"]')).toBeNull();
  });

  it('the owner opts in: the wallet opens with its address, state and balance, then payouts go there', async () => {
    const { element, calls, click } = await render({ rail: { ...offered }, wallet: { ...none } });
    expect(words(element)).toContain('earnings.stellar.purpose');
    expect(words(element)).toContain('earnings.stellar.testnet');
    expect(element.querySelector('[data-testid="stellar-address"]')).toBeNull();
    expect(element.querySelector('[data-testid="stellar-choose"]')).toBeNull();

    await click('[data-testid="stellar-open"]');
    expect(calls.at(-1)).toEqual({ method: 'POST', path: '/api/v1/stellar-wallet' });
    expect(words(element.querySelector('[data-testid="stellar-address"]'))).toBe(ADDRESS);
    expect(words(element.querySelector('[data-testid="stellar-state"]'))).toBe(
      'earnings.stellar.ready',
    );
    expect(words(element.querySelector('[data-testid="stellar-balances"]'))).toBe(
      formatMoney(40_500, 'XOF', 'en').replace(/\s+/g, ' '),
    );
    expect(words(element.querySelector('[data-testid="stellar-rail"]'))).toBe(
      'earnings.stellar.paidBy.mobile_money',
    );

    await click('[data-testid="stellar-choose"]');
    expect(calls.find((call) => call.method === 'PUT')).toEqual({
      method: 'PUT',
      path: '/api/v1/payout-rail',
      body: { rail: 'stellar' },
    });
    expect(words(element.querySelector('[data-testid="stellar-rail"]'))).toBe(
      'earnings.stellar.paidBy.stellar',
    );
    expect(words(element.querySelector('[role="status"]'))).toContain('earnings.stellar.cooling');
  });

  it('a wallet not on the network yet says so and offers to try again, with no balance', async () => {
    const { element } = await render({
      rail: { ...offered },
      wallet: { ...opened, funded: false, ready: false, balances: null },
    });
    expect(words(element.querySelector('[data-testid="stellar-state"]'))).toBe(
      'earnings.stellar.notFunded',
    );
    expect(words(element)).toContain('earnings.stellar.again');
    expect(element.querySelector('[data-testid="stellar-balances"]')).toBeNull();
    expect(element.querySelector('[data-testid="stellar-choose"]')).toBeNull();
  });

  it('a carrier’s dispatcher reads how it is paid, and neither sees nor opens a wallet', async () => {
    const { element, calls } = await render({
      rail: { ...offered, rail: 'stellar', stellarAccount: ADDRESS, yours: false },
      wallet: { ...opened },
    });
    expect(words(element.querySelector('[data-testid="stellar-rail"]'))).toBe(
      'earnings.stellar.paidBy.stellar',
    );
    expect(element.querySelector('[data-testid="stellar-address"]')).toBeNull();
    expect(element.querySelectorAll('button')).toHaveLength(0);
    expect(calls).toEqual([{ method: 'GET', path: '/api/v1/payout-rail' }]);
  });

  it('a refused choice shows the API’s reason and changes nothing', async () => {
    const { element, click } = await render({
      rail: { ...offered },
      wallet: { ...opened },
      refuse: true,
    });
    await click('[data-testid="stellar-choose"]');
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    expect(words(element.querySelector('[data-testid="stellar-rail"]'))).toBe(
      'earnings.stellar.paidBy.mobile_money',
    );
  });

  it('money reads in the reader’s language: francs CFA in French', async () => {
    const { element } = await render({ rail: { ...offered }, wallet: { ...opened } }, 'fr');
    const shown = words(element.querySelector('[data-testid="stellar-balances"]'));
    expect(shown).toBe(formatMoney(40_500, 'XOF', 'fr').replace(/\s+/g, ' '));
    expect(shown).toMatch(/^40\s500\s/);
  });
});
