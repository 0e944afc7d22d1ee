import { TestBed } from '@angular/core/testing';
import { provideTransloco } from '@jsverse/transloco';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import sw from '../../i18n/sw.json';
import { Language } from '../core/i18n/language';
import { TranslationLoader } from '../core/i18n/translation-loader';
import {
  DRIVER_MOVES,
  ORDER_STATUSES,
  Order,
  OrderAction,
  OrderStatus,
  can,
  isDelivered,
  isOpen,
  isUnderway,
  nextDriverMove,
  phaseOf,
} from './order';
import { OrderStatusBadge } from './order-status';

const those = (check: (status: OrderStatus) => boolean) => ORDER_STATUSES.filter(check);

describe('order status groups', () => {
  it('puts every status in one phase, in the order a load moves', () => {
    expect(ORDER_STATUSES.map(phaseOf)).toEqual([
      'draft',
      'open',
      'open',
      'assigned',
      'assigned',
      'moving',
      'moving',
      'delivered',
      'delivered',
      'closed',
      'closed',
      'cancelled',
    ]);
    expect(phaseOf(null)).toBeNull();
  });

  it('knows when bids are taken, when a truck is underway and when there is a proof', () => {
    expect(those(isOpen)).toEqual(['posted', 'bidding']);
    expect(those(isUnderway)).toEqual(['assigned', 'pickup_pending', 'picked_up', 'in_transit']);
    expect(those(isDelivered)).toEqual(['delivered', 'disputed', 'completed', 'resolved']);
    expect(isOpen(undefined)).toBe(false);
  });

  it('names every status in English, French and Swahili', () => {
    for (const words of [en, fr, sw]) {
      const named = words.order.status as Record<string, string>;
      expect(Object.keys(named).sort()).toEqual([...ORDER_STATUSES].sort());
    }
  });
});

describe('what the caller may do', () => {
  const allowing = (...allowedActions: OrderAction[]) => ({ allowedActions }) as Order;

  it("asks the server's list, never the status", () => {
    expect(can(allowing('cancel', 'acceptBid'), 'cancel')).toBe(true);
    expect(can(allowing('acceptBid'), 'cancel')).toBe(false);
    expect(can(null, 'cancel')).toBe(false);
  });

  it("finds the driver's next move among the actions allowed, in the order a driver makes them", () => {
    expect(DRIVER_MOVES).toEqual(['pickup_pending', 'picked_up', 'in_transit', 'delivered']);
    expect(nextDriverMove(allowing('startPickup'))).toBe('pickup_pending');
    expect(nextDriverMove(allowing('pickUp'))).toBe('picked_up');
    expect(nextDriverMove(allowing('depart'))).toBe('in_transit');
    expect(nextDriverMove(allowing('deliver', 'submitProof'))).toBe('delivered');
    expect(nextDriverMove(allowing('submitProof', 'rate'))).toBeNull();
    expect(nextDriverMove(undefined)).toBeNull();
  });
});

describe('OrderStatusBadge', () => {
  it('shows the status in the words of the page, coloured by its phase', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTransloco({
          config: { availableLangs: ['en'], defaultLang: 'en' },
          loader: TranslationLoader,
        }),
      ],
    });
    await TestBed.inject(Language).choose('en');
    const fixture = TestBed.createComponent(OrderStatusBadge);
    fixture.componentRef.setInput('status', 'pickup_pending');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent?.trim()).toBe('At pickup');
    expect(element.dataset['phase']).toBe('assigned');
  });
});
