import { TestBed } from '@angular/core/testing';
import { provideTransloco } from '@jsverse/transloco';
import type { Payment, PaymentProvider } from '../core/api/api-types';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { Order, OrderAction } from '../order/order';
import { PaymentCard } from './payment-card';
import { PaymentsApi } from './payments-api';

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

async function render(shown: Order, payments: Payment[], providers: PaymentProvider[] = ['mpesa']) {
  const paid: string[] = [];
  const paidBy: PaymentProvider[] = [];
  TestBed.configureTestingModule({
    imports: [PaymentCard],
    providers: [
      {
        provide: PaymentsApi,
        useValue: {
          list: async () => ({ data: payments, providers }),
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
  fixture.componentRef.setInput('order', shown);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    fixture,
    paid,
    paidBy,
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
});
