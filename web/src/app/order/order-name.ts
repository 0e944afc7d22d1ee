import { Pipe, PipeTransform } from '@angular/core';
import { Order } from './order';

type Named = {
  cargo: Pick<Order['cargo'], 'kind'>;
  pickup: { address: string };
  dropoff: { address: string };
};

/**
 * How a person names a load: what it carries and where it goes
 * ("maize · Industrial Area, Nairobi → Mombasa"), never its database id.
 * The same in every language (the words are the shipper's own).
 */
export function orderName(order: Named): string {
  return `${order.cargo.kind} · ${order.pickup.address} → ${order.dropoff.address}`;
}

@Pipe({ name: 'orderName' })
export class OrderNamePipe implements PipeTransform {
  transform(order: Named): string {
    return orderName(order);
  }
}
