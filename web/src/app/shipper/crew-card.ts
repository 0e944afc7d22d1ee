import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, toApiError } from '../core/api/api-error';
import { errorTexts } from '../core/api/error-messages';
import { Face } from '../core/face/face';
import { VehicleTypeNamePipe } from '../core/i18n/vehicle-type-name';
import { Order, OrderCrew } from '../order/order';
import { OrdersApi } from '../order/orders-api';

/**
 * Who is coming for the shipper's order once a carrier has it: the driver by
 * name and photo if any (with a button to call while the truck is on its way), the truck's
 * plate and type, the carrier and its rating. Read again when the crew changes.
 */
@Component({
  selector: 'njia-crew-card',
  imports: [TranslocoPipe, VehicleTypeNamePipe, Face],
  template: `
    <section class="crew njia-card" aria-labelledby="crew-title" data-testid="crew">
      <h2 id="crew-title">{{ 'shipper.crew.title' | transloco }}</h2>
      @if (crew(); as c) {
        <dl>
          @if (c.driver; as d) {
            <dt>{{ 'shipper.crew.driver' | transloco }}</dt>
            <dd data-testid="crew-driver">
              <njia-face
                data-testid="crew-photo"
                [link]="d.photoUrl ?? null"
                [alt]="'shipper.crew.photo' | transloco: { name: d.name ?? '' }"
                [size]="64"
              />
              {{ d.name ?? ('shipper.crew.unnamed' | transloco) }}
            </dd>
          }
          @if (c.vehicle; as v) {
            <dt>{{ 'shipper.crew.truck' | transloco }}</dt>
            <dd data-testid="crew-truck">
              {{ v.plate }}
              @if (v.type; as t) {
                · {{ t | vehicleTypeName }}
              }
            </dd>
          }
          @if (c.carrier; as k) {
            <dt>{{ 'shipper.crew.carrier' | transloco }}</dt>
            <dd data-testid="crew-carrier">
              {{ k.name }} ·
              @if (k.rating.average; as average) {
                {{
                  'shipper.bids.ratingValue'
                    | transloco: { average: average.toFixed(1), count: k.rating.count }
                }}
              } @else {
                {{ 'shipper.bids.noRating' | transloco }}
              }
            </dd>
          }
        </dl>
        @if (c.driver?.phone; as phone) {
          <a class="njia-button" data-testid="call-driver" [href]="'tel:' + phone">
            {{ 'shipper.crew.call' | transloco: { name: c.driver?.name ?? phone } }}
          </a>
        }
      } @else if (errors().form.length) {
        @for (text of errors().form; track $index) {
          <p class="njia-error" role="alert">{{ text }}</p>
        }
      } @else {
        <p role="status">{{ 'shipper.orders.loading' | transloco }}</p>
      }
    </section>
  `,
  styles: `
    njia-face {
      display: flex;
      margin-bottom: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrewCard {
  private readonly api = inject(OrdersApi);
  readonly order = input.required<Order>();
  protected readonly crew = signal<OrderCrew | null>(null);
  private readonly error = signal<ApiError | null>(null);
  protected readonly errors = errorTexts(this.error);

  constructor() {
    // Read again when the driver, the truck or the state (whether the phone may show) changes.
    let seen = '';
    effect(() => {
      const { id, assignedDriverId, assignedVehicleId, status } = this.order();
      const key = `${id}:${assignedDriverId}:${assignedVehicleId}:${status}`;
      if (key === seen) return;
      seen = key;
      void this.load(id);
    });
  }

  private async load(id: number): Promise<void> {
    try {
      const crew = await this.api.crew(id);
      this.crew.set(crew);
      this.error.set(null);
    } catch (error) {
      this.error.set(toApiError(error));
    }
  }
}
