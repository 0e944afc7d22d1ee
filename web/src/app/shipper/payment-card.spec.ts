import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { provideTransloco } from '@jsverse/transloco';
import type { Payment, PaymentProvider } from '../core/api/api-types';
import { FALLBACK_SETTINGS, Settings } from '../core/config/settings';
import { paymentStatusValues } from '../core/api/openapi-enums';
import { translationAt } from '../core/i18n/translation-tree';
import en from '../../i18n/shipper/en.json';
import fr from '../../i18n/shipper/fr.json';
import sw from '../../i18n/shipper/sw.json';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { Order, OrderAction } from '../order/order';
import { PaymentCard } from './payment-card';
import { PaymentsApi } from './payments-api';
import { FALLBACK_POLL_MS } from './payment-store';
import { Socket } from '../core/realtime/socket';
import type { PaymentStatusEvent } from '../core/realtime/realtime-types';

/** The one socket service as the card's store uses it, driven by the test. */
function fakeSocket() {
  return {
    connected: signal(true),
    paymentStatus$: new Subject<PaymentStatusEvent>(),
    connects$: new Subject<void>(),
    watchPayments: vi.fn(async () => ({ ok: true })),
    unwatchPayments: vi.fn(async () => ({ ok: true })),
  };
}

/** An order as the API answers it to its shipper: `pay` listed while it may be paid. */
const order = (status: Order['status'], allowedActions: OrderAction[] = ['pay']) =>
  ({
    id: 12,
    status,
    allowedActions,
    currency: 'KES',
    priceAmount: 4_500_000,
    paymentMethod: 'mobile_money',
  }) as Order;

const attempt = (overrides: Partial<Payment>): Payment =>
  ({
    id: 1,
    orderId: 12,
    provider: 'mpesa',
    amount: 4_500_000,
    currency: 'KES',
    status: 'pending',
    failureReason: null,
    failureMessage: null,
    phone: '+254 •••• 5678',
    receipt: null,
    checkoutUrl: null,
    createdAt: '2026-11-30T10:00:00Z',
    settledAt: null,
    ...overrides,
  }) as Payment;

async function render(
  shown: Order,
  payments: Payment[],
  providers: PaymentProvider[] = ['mpesa'],
  paymentSimulators: PaymentProvider[] = [],
) {
  // What GET /api/v1/config says: which providers are the server's development simulators.
  const settings = { ...FALLBACK_SETTINGS, paymentSimulators };
  const paid: string[] = [];
  const paidBy: PaymentProvider[] = [];
  const server = { payments, reads: 0 };
  const socket = fakeSocket();
  TestBed.configureTestingModule({
    imports: [PaymentCard],
    providers: [
      { provide: Socket, useValue: socket },
      { provide: Settings, useValue: { current: signal(settings), load: async () => settings } },
      {
        provide: PaymentsApi,
        useValue: {
          list: async () => (server.reads++, { data: server.payments, providers }),
          pay: async (_id: number, provider: PaymentProvider, phone: string) => (
            paid.push(phone),
            paidBy.push(provider),
            attempt({ provider })
          ),
        },
      },
      provideTransloco({
        config: {
          availableLangs: ['en'],
          defaultLang: 'en',
          missingHandler: { logMissingKey: false },
        },
        loader: TranslationLoader,
      }),
    ],
  });
  const fixture = TestBed.createComponent(PaymentCard);
  const received: number[] = [];
  fixture.componentInstance.paid.subscribe(() => received.push(Date.now()));
  fixture.componentRef.setInput('order', shown);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const settled = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  return {
    fixture,
    paid,
    paidBy,
    server,
    socket,
    received,
    settled,
    find: (testId: string) => element.querySelector<HTMLElement>(`[data-testid=${testId}]`),
  };
}

describe('PaymentCard', () => {
  it('offers to pay an assigned order nobody has paid yet', async () => {
    const card = await render(order('assigned'), []);
    expect(card.find('pay')).not.toBeNull();
    expect(card.find('payment-status')).toBeNull();
  });

  it('shows the masked phone while the prompt waits, and no second payment', async () => {
    const card = await render(order('assigned'), [attempt({})]);
    expect(card.find('payment-status')?.getAttribute('data-status')).toBe('pending');
    expect(card.find('payment-status')?.textContent).toContain('+254 •••• 5678');
    expect(card.find('pay')).toBeNull();
  });

  it('shows why a payment failed and offers a retry', async () => {
    const card = await render(order('pickup_pending'), [
      attempt({
        status: 'failed',
        failureReason: 'cancelled',
        failureMessage: 'You cancelled the payment on your phone.',
      }),
    ]);
    expect(card.find('payment-status')?.textContent).toContain(
      'You cancelled the payment on your phone.',
    );
    expect(card.find('pay')).not.toBeNull();
  });

  it('shows the receipt once paid, with nothing left to pay', async () => {
    const card = await render(order('picked_up', []), [
      attempt({ status: 'received', receipt: 'NLJ7RT61SV' }),
    ]);
    expect(card.find('payment-status')?.textContent).toContain('NLJ7RT61SV');
    expect(card.find('pay')).toBeNull();
  });

  it('tells the shipper that a payment made after the order was cancelled goes back, with its receipt', async () => {
    const card = await render(order('cancelled', []), [
      attempt({ status: 'returned', receipt: 'NLJ7RT61SV' }),
    ]);
    const status = card.find('payment-status');
    expect(status?.getAttribute('data-status')).toBe('returned');
    expect(status?.textContent).toContain('shipper.payment.returned');
    expect(status?.textContent).toContain('NLJ7RT61SV');
    expect(card.find('pay')).toBeNull();
  });

  it('has words for every payment status the API names', async () => {
    for (const status of paymentStatusValues) {
      TestBed.resetTestingModule();
      const card = await render(order('assigned', []), [attempt({ status, receipt: 'R1' })]);
      const key = card.find('payment-status')?.textContent?.match(/shipper\.payment\.\w+/)?.[0];
      for (const words of [en, fr, sw]) {
        expect([status, typeof translationAt(words, key!.slice('shipper.'.length))]).toEqual([
          status,
          'string',
        ]);
      }
    }
  });

  it('offers Wave for a Dakar order, and pays by it', async () => {
    const card = await render(
      { ...order('assigned'), currency: 'XOF', priceAmount: 45_000 } as Order,
      [],
      ['wave'],
    );
    expect(card.find('pay')?.dataset['provider']).toBe('wave');
    expect(card.find('payment-providers')).toBeNull();
    card.find('pay')!.click();
    await card.fixture.whenStable();
    expect(card.paidBy).toEqual(['wave']);
  });

  it('lets the shipper choose when several providers collect the currency', async () => {
    const card = await render(order('assigned'), [], ['mpesa', 'wave']);
    const choices = card.find('payment-providers')!.querySelectorAll('input');
    expect(choices.length).toBe(2);
    expect(card.find('pay')?.dataset['provider']).toBe('mpesa');
    (choices[1] as HTMLInputElement).dispatchEvent(new Event('change'));
    card.fixture.detectChanges();
    expect(card.find('pay')?.dataset['provider']).toBe('wave');
  });

  it('sends the payer to the provider’s page while a Wave payment waits', async () => {
    const card = await render(order('assigned'), [
      attempt({
        provider: 'wave',
        phone: '+221 •••• 4567',
        checkoutUrl: 'https://pay.wave.com/c/cos-1',
      }),
    ]);
    expect(card.find('payment-status')?.textContent).toContain('+221 •••• 4567');
    expect(card.find('payment-open')?.getAttribute('href')).toBe('https://pay.wave.com/c/cos-1');
    expect(card.find('pay')).toBeNull();
  });

  it('links a waiting prompt to the development phone only when the server simulates its provider', async () => {
    const simulated = await render(order('assigned'), [attempt({ id: 7 })], ['mpesa'], ['mpesa']);
    expect(simulated.find('payment-dev-phone')?.getAttribute('href')).toBe(
      '/api/v1/dev/phone/payments/7',
    );
    expect(simulated.find('payment-dev-phone')?.textContent).toContain('shipper.payment.devPhone');
    TestBed.resetTestingModule();

    const real = await render(order('assigned'), [attempt({ id: 7 })], ['mpesa'], []);
    expect(real.find('payment-dev-phone')).toBeNull();
    TestBed.resetTestingModule();

    // A payment page is its own link (the simulated checkout page in make dev).
    const page = await render(
      order('assigned'),
      [attempt({ provider: 'wave', checkoutUrl: '/api/v1/dev/checkout/cos-sim_1' })],
      ['wave'],
      ['wave'],
    );
    expect(page.find('payment-dev-phone')).toBeNull();
    expect(page.find('payment-open')?.getAttribute('href')).toBe('/api/v1/dev/checkout/cos-sim_1');
    TestBed.resetTestingModule();

    const paid = await render(
      order('pickup_pending', []),
      [attempt({ status: 'received', receipt: 'SIM1' })],
      ['mpesa'],
      ['mpesa'],
    );
    expect(paid.find('payment-dev-phone')).toBeNull();
  });

  it('follows the attempt by the socket: a pushed change reads the attempts again and tells the page', async () => {
    const card = await render(order('assigned'), [attempt({})]);
    expect(card.socket.watchPayments).toHaveBeenCalledWith(12);
    expect(card.server.reads).toBe(1);

    // Another order's change is not this card's business.
    card.socket.paymentStatus$.next({ orderId: 99, paymentId: 7, status: 'received' });
    await card.settled();
    expect(card.server.reads).toBe(1);

    card.server.payments = [attempt({ status: 'received', receipt: 'NLJ7RT61SV' })];
    card.socket.paymentStatus$.next({ orderId: 12, paymentId: 1, status: 'received' });
    await card.settled();
    expect(card.find('payment-status')?.textContent).toContain('NLJ7RT61SV');
    expect(card.received.length).toBe(1);

    card.fixture.destroy();
    expect(card.socket.unwatchPayments).toHaveBeenCalledWith(12);
  });

  it('keeps the receipt on screen when the page reads the same order again (paid, or any live change)', async () => {
    const card = await render(order('assigned'), [
      attempt({ status: 'received', receipt: 'NLJ7RT61SV' }),
    ]);
    card.fixture.componentRef.setInput('order', order('assigned', []));
    card.fixture.detectChanges();
    expect(card.find('payment-status')?.textContent).toContain('NLJ7RT61SV');
    await card.settled();
    expect(card.server.reads).toBe(1);
    expect(card.socket.watchPayments).toHaveBeenCalledTimes(1);
  });

  it('reads again after a reconnection, for what was said while away', async () => {
    const card = await render(order('assigned'), [attempt({})]);
    card.server.payments = [attempt({ status: 'failed', failureMessage: 'Wrong PIN.' })];
    card.socket.connects$.next();
    await card.settled();
    expect(card.find('payment-status')?.textContent).toContain('Wrong PIN.');
  });

  it('polls nothing while the socket is up, and slowly while it is down and a payment waits', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const card = await render(order('assigned'), [attempt({})]);
      vi.advanceTimersByTime(FALLBACK_POLL_MS * 5);
      await card.settled();
      expect(card.server.reads).toBe(1);

      card.socket.connected.set(false);
      vi.advanceTimersByTime(FALLBACK_POLL_MS);
      await card.settled();
      expect(card.server.reads).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
