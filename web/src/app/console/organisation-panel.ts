import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api, Response } from '../core/api/api-client';
import { Language } from '../core/i18n/language';
import { formatDateTime, formatNumber, formatWeight } from '../core/i18n/format';

type Vehicle = Response<'/api/v1/vehicles', 'get'>['data'][number];
type Rating = Response<'/api/v1/ratings/organisations/{id}', 'get'>;

/** An organisation beside its members in the console: its vehicles and what its customers rated it. */
@Component({
  selector: 'njia-organisation-panel',
  imports: [TranslocoPipe],
  template: `
    <section aria-labelledby="org-fleet" data-testid="organisation-vehicles">
      <h3 id="org-fleet">{{ 'console.accounts.vehicles' | transloco }}</h3>
      @if (vehicles().length === 0) {
        <p>{{ 'console.accounts.noVehicles' | transloco }}</p>
      } @else {
        <ul>
          @for (v of vehicles(); track v.id) {
            <li>{{ v.plate }} — {{ v.vehicleType.name }}, {{ weight(v.capacityKg) }}</li>
          }
        </ul>
      }
    </section>
    <section aria-labelledby="org-rating" data-testid="organisation-rating">
      <h3 id="org-rating">{{ 'console.accounts.rating' | transloco }}</h3>
      @if (rating(); as r) {
        @if (r.average === null) {
          <p>{{ 'console.accounts.noRatings' | transloco }}</p>
        } @else {
          <p>
            {{ 'console.accounts.average' | transloco: { average: score(r.average) } }}
            {{ 'console.accounts.ratings' | transloco: { count: r.count } }}
          </p>
          <ul>
            @for (x of r.recent; track $index) {
              <li>{{ when(x.createdAt) }}: {{ score(x.score) }}/5 {{ x.comment ?? '' }}</li>
            }
          </ul>
        }
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationPanel {
  private readonly api = inject(Api);
  private readonly language = inject(Language);
  readonly organisationId = input.required<number>();

  protected readonly vehicles = signal<Vehicle[]>([]);
  protected readonly rating = signal<Rating | null>(null);

  constructor() {
    effect(() => {
      const id = this.organisationId();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: number): Promise<void> {
    const [vehicles, rating] = await Promise.all([
      this.api.get('/api/v1/vehicles', { query: { organisationId: id, perPage: 100 } }),
      this.api.get('/api/v1/ratings/organisations/{id}', { path: { id } }),
    ]);
    if (id !== this.organisationId()) return;
    this.vehicles.set(vehicles.data);
    this.rating.set(rating);
  }

  protected weight(kg: number): string {
    return formatWeight(kg, this.language.current());
  }

  protected score(value: number): string {
    return formatNumber(value, this.language.current(), { maximumFractionDigits: 1 });
  }

  protected when(iso: string): string {
    return formatDateTime(iso, this.language.current(), { dateStyle: 'medium' });
  }
}
