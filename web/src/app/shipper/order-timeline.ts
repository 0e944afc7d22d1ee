import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '../core/i18n/language';
import { formatDateTime } from '../core/i18n/format';
import { OrderEvent } from '../order/order';
import { KNOWN_EVENT_TYPES, eventKind } from '../order/timeline';

/** The order's timeline, newest at the bottom; geofence events stand out. */
@Component({
  selector: 'njia-order-timeline',
  imports: [TranslocoPipe],
  template: `
    <section class="timeline njia-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{{ 'shipper.timeline.title' | transloco }}</h2>
      @if (rows().length === 0) {
        <p class="empty">{{ 'shipper.timeline.empty' | transloco }}</p>
      } @else {
        <ol data-testid="timeline" aria-live="polite">
          @for (row of rows(); track row.id) {
            <li class="timeline-item timeline-item--{{ row.kind }}" [attr.data-type]="row.type">
              <span class="timeline-dot" aria-hidden="true"></span>
              <span class="timeline-text">{{
                row.known ? ('shipper.timeline.types.' + row.type | transloco) : row.fallback
              }}</span>
              <time [attr.datetime]="row.createdAt">{{ row.time }}</time>
            </li>
          }
        </ol>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderTimeline {
  private readonly language = inject(Language);
  readonly events = input.required<readonly OrderEvent[]>();

  protected readonly rows = computed(() => {
    const locale = this.language.current();
    return this.events().map((event) => {
      return {
        id: event.id,
        type: event.type,
        kind: eventKind(event.type),
        createdAt: event.createdAt,
        // An event type this build doesn't know yet still shows, by its name.
        known: KNOWN_EVENT_TYPES.has(event.type),
        fallback: event.type.replace(/_/g, ' '),
        time: formatDateTime(event.createdAt, locale, {
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        }),
      };
    });
  });
}
