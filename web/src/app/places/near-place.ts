import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacesApi } from './places-api';

/**
 * "near Limuru" for a position, from the gazetteer's nearest place; the
 * numbers only until it answers (or if it can't).
 */
@Component({
  selector: 'njia-near-place',
  imports: [TranslocoPipe],
  template: `@if (name(); as name) {
      {{ 'places.near' | transloco: { name } }}
    } @else {
      {{ 'places.at' | transloco: { lat: lat().toFixed(4), lng: lng().toFixed(4) } }}
    }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NearPlace {
  private readonly places = inject(PlacesApi);
  readonly lat = input.required<number>();
  readonly lng = input.required<number>();
  protected readonly name = signal<string | null>(null);

  constructor() {
    effect((onCleanup) => {
      let current = true;
      onCleanup(() => (current = false));
      this.places.nearest(this.lat(), this.lng()).then(
        (found) => current && this.name.set(found.place?.name ?? null),
        () => current && this.name.set(null),
      );
    });
  }
}
