import { Bid } from '../order/order';

export type BidSort = 'price' | 'rating' | 'pickup';

/**
 * Open bids in the order the shipper asked for. Ties fall back to the other
 * criteria (cheaper, then better rated, then sooner), then to the older bid,
 * so the list never reshuffles between two refreshes.
 */
export function sortBids(bids: readonly Bid[], by: BidSort): Bid[] {
  const price = (a: Bid, b: Bid) => a.amount - b.amount;
  // Unrated carriers go last when sorting by rating.
  const rating = (a: Bid, b: Bid) =>
    (b.carrier?.rating.average ?? -1) - (a.carrier?.rating.average ?? -1);
  const pickup = (a: Bid, b: Bid) =>
    Date.parse(a.estimatedPickupAt) - Date.parse(b.estimatedPickupAt);
  const age = (a: Bid, b: Bid) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id;
  const order = {
    price: [price, rating, pickup],
    rating: [rating, price, pickup],
    pickup: [pickup, price, rating],
  }[by];
  return bids
    .filter((bid) => bid.status === 'open')
    .sort((a, b) => {
      for (const compare of order) {
        const result = compare(a, b);
        if (result) return result;
      }
      return age(a, b);
    });
}

/** Which bids are the cheapest, the best rated and the soonest (each may be several on a tie). */
export function bestOf(bids: readonly Bid[]): {
  cheapest: Set<number>;
  bestRated: Set<number>;
  soonest: Set<number>;
} {
  const open = bids.filter((bid) => bid.status === 'open');
  const pick = (value: (bid: Bid) => number | null, lowest: boolean) => {
    const values = open.map(value).filter((v): v is number => v !== null);
    if (!values.length) return new Set<number>();
    const best = lowest ? Math.min(...values) : Math.max(...values);
    return new Set(open.filter((bid) => value(bid) === best).map((bid) => bid.id));
  };
  return {
    cheapest: pick((bid) => bid.amount, true),
    bestRated: pick((bid) => bid.carrier?.rating.average ?? null, false),
    soonest: pick((bid) => Date.parse(bid.estimatedPickupAt), true),
  };
}
