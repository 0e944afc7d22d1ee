import { TestBed } from '@angular/core/testing';
import { provideTransloco } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { Order, OrderAction, ProofOfDelivery } from '../order/order';
import { OrdersApi } from '../order/orders-api';
import { DeliveryPanel } from './delivery-panel';

/** A delivered order as the server sends it to the caller: what they may do now included. */
const order = (status: Order['status'], allowedActions: OrderAction[]) =>
  ({ id: 12, status, currency: 'KES', allowedActions }) as Order;

async function render(
  shown: Order,
  api: Partial<OrdersApi> = {},
  { proof = null as ProofOfDelivery | null, blob = vi.fn(async () => new Blob()) } = {},
) {
  TestBed.configureTestingModule({
    imports: [DeliveryPanel],
    providers: [
      { provide: OrdersApi, useValue: api },
      { provide: Api, useValue: { blob } },
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
  const fixture = TestBed.createComponent(DeliveryPanel);
  fixture.componentRef.setInput('order', shown);
  fixture.componentRef.setInput('proof', proof);
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const shows = (testId: string) => element.querySelector(`[data-testid=${testId}]`) !== null;
  const click = async (testId: string) => {
    element.querySelector<HTMLButtonElement>(`[data-testid=${testId}]`)!.click();
    await fixture.whenStable();
  };
  return Object.assign(shows, { click });
}

describe('DeliveryPanel', () => {
  it('offers confirm and dispute when the server lists them for the shipper', async () => {
    const shows = await render(order('delivered', ['confirmDelivery', 'dispute']));
    expect(shows('confirm-delivery')).toBe(true);
    expect(shows('dispute')).toBe(true);
    expect(shows('rating-form')).toBe(false);
  });

  it('offers only what is listed: an admin may confirm the delivery but not dispute it', async () => {
    const shows = await render(order('delivered', ['confirmDelivery']));
    expect(shows('confirm-delivery')).toBe(true);
    expect(shows('dispute')).toBe(false);
  });

  it('offers the rating while the server takes one, and nothing once the side has rated', async () => {
    expect((await render(order('completed', ['rate'])))('rating-form')).toBe(true);
    TestBed.resetTestingModule();
    const rated = await render(order('completed', []));
    expect(rated('rating-form')).toBe(false);
    expect(rated('confirm-delivery')).toBe(false);
  });

  it('asks once more before confirming the delivery, and sends nothing until yes', async () => {
    const confirmDelivery = vi.fn(async () => order('completed', ['rate']));
    const panel = await render(order('delivered', ['confirmDelivery', 'dispute']), {
      confirmDelivery,
    });
    await panel.click('confirm-delivery');
    expect(panel('confirm-delivery-dialog')).toBe(true);
    expect(confirmDelivery).not.toHaveBeenCalled();
    await panel.click('confirm-delivery-yes');
    expect(confirmDelivery).toHaveBeenCalledWith(12);
  });

  it("shows the proof's photo read with the token, never as a bare link", async () => {
    const proof = {
      id: 4,
      orderId: 12,
      receiverName: 'Achieng',
      receiverPhone: '+254712345678',
      photoUrl: '/api/v1/orders/12/proof-of-delivery/photo',
      signatureUrl: '/api/v1/orders/12/proof-of-delivery/signature',
      deliveredAt: '2026-11-30T09:00:00.000Z',
      createdAt: '2026-11-30T09:00:00.000Z',
      position: null,
      submittedById: 5,
    } satisfies ProofOfDelivery;
    const blob = vi.fn(async () => new Blob(['jpeg'], { type: 'image/jpeg' }));
    const shows = await render(order('delivered', ['confirmDelivery']), {}, { proof, blob });
    expect(blob).toHaveBeenCalledWith(proof.photoUrl);
    expect(blob).toHaveBeenCalledWith(proof.signatureUrl);
    expect(shows('proof-photo')).toBe(true);
  });
});
