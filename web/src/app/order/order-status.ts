import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { OrderStatus, phaseOf } from './order';

/** An order's status as every page shows it: its words (`order.status.*`) on its phase's colour. */
@Component({
  selector: 'njia-order-status',
  imports: [TranslocoPipe],
  template: `{{ 'order.status.' + status() | transloco }}`,
  host: { '[attr.data-status]': 'status()', '[attr.data-phase]': 'phase()' },
  styles: `
    :host {
      display: inline-block;
      border-radius: 999px;
      padding: 0.1rem 0.6rem;
      font-size: 0.85rem;
      font-weight: 600;
      color: var(--njia-text);
      background: #e7e5e4;
    }
    :host([data-phase='open']) {
      background: #dbeafe;
    }
    :host([data-phase='assigned']),
    :host([data-phase='moving']) {
      background: #fef3c7;
    }
    :host([data-phase='delivered']),
    :host([data-phase='closed']) {
      background: #d1fae5;
    }
    :host([data-phase='cancelled']),
    :host([data-status='disputed']) {
      background: #fee2e2;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderStatusBadge {
  readonly status = input.required<OrderStatus>();
  protected readonly phase = computed(() => phaseOf(this.status()));
}
