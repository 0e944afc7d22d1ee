import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Place, PlacesApi } from './places-api';

/**
 * Places matching what is typed in an address field (after a short pause),
 * as buttons under it; picking one is the parent's business (fill the
 * address, move the pin). An empty query clears the list.
 */
@Component({
  selector: 'njia-place-suggestions',
  imports: [TranslocoPipe],
  template: `
    @if (results().length) {
      <ul class="place-suggestions" [attr.aria-label]="'places.found' | transloco">
        @for (place of results(); track $index) {
          <li>
            <button type="button" data-testid="place-suggestion" (click)="pick(place)">
              <strong>{{ place.name }}</strong>
              <span class="hint">{{ where(place) }}</span>
            </button>
          </li>
        }
      </ul>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaceSuggestions {
  private readonly places = inject(PlacesApi);
  readonly query = input('');
  readonly picked = output<Place>();
  protected readonly results = signal<Place[]>([]);

  constructor() {
    effect((onCleanup) => {
      const query = this.query().trim();
      if (query.length < 2) {
        this.results.set([]);
        return;
      }
      let current = true;
      const timer = setTimeout(() => {
        this.places.search(query).then(
          (found) => current && this.results.set(found),
          () => current && this.results.set([]),
        );
      }, 250);
      onCleanup(() => {
        current = false;
        clearTimeout(timer);
      });
    });
  }

  protected pick(place: Place): void {
    this.results.set([]);
    this.picked.emit(place);
  }

  protected where(place: Place): string {
    return [place.region, place.country].filter(Boolean).join(', ');
  }
}
