import { TestBed } from '@angular/core/testing';
import { provideTransloco } from '@jsverse/transloco';
import type { Payment } from '../core/api/api-types';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { Order } from '../order/order';
import { PaymentCard } from './payment-card';
import { PaymentsApi } from './payments-api';

const order = (status: Order['status']) =>
  ({
    id: 12,
    status,
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
    createdAt: '2026-11-30T10:00:00Z',
    settledAt: null,
    ...overrides,
  }) as Payment;

async function render(shown: Order, payments: Payment[]) {
  const paid: string[] = [];
  TestBed.configureTestingModule({
    imports: [PaymentCard],
    providers: [
      {
        provide: PaymentsApi,
        useValue: {
          list: async () => payments,
          pay: async (_id: number, phone: string) => (paid.push(phone), attempt({})),
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
    const card = await render(order('picked_up'), [
      attempt({ status: 'received', receipt: 'NLJ7RT61SV' }),
    ]);
    expect(card.find('payment-status')?.textContent).toContain('NLJ7RT61SV');
    expect(card.find('pay')).toBeNull();
  });
});
