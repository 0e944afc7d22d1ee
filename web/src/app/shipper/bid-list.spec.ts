import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideTransloco } from '@jsverse/transloco';
import { TranslationLoader } from '../core/i18n/translation-loader';
import { BidList } from './bid-list';
import { Bid, Order } from '../order/order';
import { OrdersApi } from '../order/orders-api';

const order = {
  id: 12,
  status: 'bidding',
  currency: 'KES',
  allowedActions: ['addCargoPhoto', 'cancel', 'acceptBid'],
} as Order;
const bid = (id: number, amount: number, name: string) =>
  ({
    id,
    orderId: 12,
    status: 'open',
    amount,
    currency: 'KES',
    split: { total: amount, basisPoints: 1000, commission: amount / 10, net: amount - amount / 10 },
    estimatedPickupAt: '2026-11-23T10:00:00.000Z',
    note: null,
    carrier: { id, name, rating: { average: 4.2, count: 5 } },
    vehicle: { id, plate: `KDA 00${id}`, make: null, model: null, type: { name: 'Flatbed 10 t' } },
    createdAt: '2026-11-23T08:00:00.000Z',
  }) as unknown as Bid;

async function render(
  acceptBid: (id: number, bidId: number) => Promise<Order>,
  shown: Order = order,
) {
  TestBed.configureTestingModule({
    imports: [BidList],
    providers: [
      { provide: OrdersApi, useValue: { acceptBid } },
      provideTransloco({
        config: { availableLangs: ['en'], defaultLang: 'en' },
        loader: TranslationLoader,
      }),
    ],
  });
  const fixture = TestBed.createComponent(BidList);
  fixture.componentRef.setInput('order', shown);
  fixture.componentRef.setInput('bids', [bid(2, 5_200_000, 'Sahel'), bid(1, 4_500_000, 'Rift')]);
  const events = { accepted: [] as Order[], refused: 0 };
  fixture.componentInstance.accepted.subscribe((o) => events.accepted.push(o));
  fixture.componentInstance.refused.subscribe(() => events.refused++);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const click = async (selector: string) => {
    element.querySelector<HTMLButtonElement>(selector)!.click();
    await fixture.whenStable();
  };
  return { element, events, click };
}

describe('BidList', () => {
  it('shows the bids side by side, cheapest first, and accepts one after a second click', async () => {
    const accepted = { ...order, status: 'assigned' } as Order;
    const acceptBid = vi.fn().mockResolvedValue(accepted);
    const { element, events, click } = await render(acceptBid);
    const cards = [...element.querySelectorAll('[role=listitem]')].map((c) =>
      c.getAttribute('data-testid'),
    );
    expect(cards).toEqual(['bid-1', 'bid-2']);
    expect(element.querySelector('[data-testid=bid-1]')!.textContent).toContain('KDA 001');

    // Each bid says what the shipper pays in all and what the carrier gets, before the accept too.
    const headline = (selector: string) =>
      element
        .querySelector(`${selector} [data-testid=split-headline]`)!
        .textContent!.replace(/\s+/g, ' ')
        .trim();
    expect(headline('[data-testid=bid-1]')).toBe('You pay KES 45,000 in all');
    expect(
      element
        .querySelector('[data-testid=bid-1] [data-testid=split-detail]')!
        .textContent!.replace(/\s+/g, ' '),
    ).toContain('The carrier receives KES 40,500');
    await click('[data-testid=bid-1] [data-testid=accept]');
    expect(acceptBid).not.toHaveBeenCalled();
    expect(headline('[data-testid=bid-1] [role=alertdialog]')).toBe('You pay KES 45,000 in all');
    await click('[data-testid=bid-1] [data-testid=confirm-accept]');
    expect(acceptBid).toHaveBeenCalledWith(12, 1);
    expect(events.accepted).toEqual([accepted]);
  });

  it("shows why an accept was refused and asks for a reload, so the page doesn't keep a stale bid", async () => {
    const refusal = new HttpErrorResponse({
      status: 409,
      error: { errors: [{ code: 'E_BID_NOT_OPEN', message: 'Bid 1 is no longer open' }] },
    });
    const { element, events, click } = await render(vi.fn().mockRejectedValue(refusal));
    await click('[data-testid=bid-1] [data-testid=accept]');
    await click('[data-testid=bid-1] [data-testid=confirm-accept]');
    expect(element.querySelector('[data-testid=bid-error]')!.textContent).toContain(
      'This bid is no longer open.',
    );
    expect(events.refused).toBe(1);
    expect(events.accepted).toEqual([]);
    // The confirmation is gone: nothing suggests the bid was taken.
    expect(element.querySelector('[data-testid=confirm-accept]')).toBeNull();
  });

  it('offers no accept when the server does not list it for the caller', async () => {
    const { element } = await render(vi.fn(), { ...order, allowedActions: ['cancel'] });
    expect(element.querySelectorAll('[role=listitem]').length).toBe(2);
    expect(element.querySelector('[data-testid=accept]')).toBeNull();
  });
});
