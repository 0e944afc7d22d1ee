import { bestOf, sortBids } from './bid-comparison';
import { Bid } from '../order/order';

let next = 1;
function bid(
  amount: number,
  rating: number | null,
  pickupInHours: number,
  extra: Partial<Bid> = {},
): Bid {
  const id = next++;
  return {
    id,
    orderId: 1,
    status: 'open',
    amount,
    currency: 'KES',
    estimatedPickupAt: new Date(Date.UTC(2026, 10, 23, pickupInHours)).toISOString(),
    note: null,
    carrierOrganisationId: id,
    bidderId: id,
    driverId: id,
    vehicleId: id,
    carrier: { id, name: `Carrier ${id}`, rating: { average: rating, count: rating ? 3 : 0 } },
    createdAt: new Date(Date.UTC(2026, 10, 22, 0, id)).toISOString(),
    ...extra,
  } as Bid;
}

describe('bid comparison', () => {
  const cheap = bid(40_000_00, 3.5, 10);
  const rated = bid(55_000_00, 4.9, 12);
  const soon = bid(48_000_00, null, 6);
  const withdrawn = bid(10_000_00, 5, 1, { status: 'withdrawn' });
  const all = [rated, withdrawn, soon, cheap];

  it('sorts open bids by price, rating or pickup time, hiding the ones no longer open', () => {
    expect(sortBids(all, 'price').map((b) => b.id)).toEqual([cheap.id, soon.id, rated.id]);
    expect(sortBids(all, 'rating').map((b) => b.id)).toEqual([rated.id, cheap.id, soon.id]);
    expect(sortBids(all, 'pickup').map((b) => b.id)).toEqual([soon.id, cheap.id, rated.id]);
  });

  it('breaks ties by the next criterion, then by age, so the list is stable', () => {
    const a = bid(30_000_00, 4, 8);
    const b = bid(30_000_00, 4.5, 8);
    const c = bid(30_000_00, 4.5, 8);
    expect(sortBids([c, a, b], 'price').map((x) => x.id)).toEqual([b.id, c.id, a.id]);
  });

  it('marks the cheapest, the best rated and the soonest', () => {
    const best = bestOf(all);
    expect([...best.cheapest]).toEqual([cheap.id]);
    expect([...best.bestRated]).toEqual([rated.id]);
    expect([...best.soonest]).toEqual([soon.id]);
    expect(bestOf([]).cheapest.size).toBe(0);
  });
});
