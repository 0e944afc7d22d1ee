import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  inject,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { PlacesLayer } from './layers/places-layer';
import { LeafletMap } from './leaflet-map';
import { MapView } from './map-view';
import { corridorFor } from './places';
import { HomeCountry } from '../core/country';

/** The map page: the capitals and freight corridors, framed on the user's country. */
@Component({
  selector: 'njia-map-page',
  imports: [TranslocoPipe, MapView, PlacesLayer],
  providers: [LeafletMap],
  templateUrl: './map-page.html',
  styleUrl: './map-page.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MapPage {
  protected readonly leaflet = inject(LeafletMap);
  private readonly homeCountry = inject(HomeCountry);

  /** The account's country, else the deployment's default one. */
  protected readonly focus = computed(() => corridorFor(this.homeCountry.code()));
  protected readonly center = computed<[number, number]>(() => {
    const { lat, lng } = this.focus().places[0];
    return [lat, lng];
  });
}
