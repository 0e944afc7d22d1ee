import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  ViewEncapsulation,
  afterNextRender,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../core/auth/session';
import { Settings } from '../core/config/settings';
import { PlacesLayer } from './layers/places-layer';
import { LeafletMap } from './leaflet-map';
import { corridorFor } from './places';

/** The map page: tiles from the server's config, places and corridors on top. */
@Component({
  selector: 'njia-map-page',
  imports: [TranslocoPipe, PlacesLayer],
  providers: [LeafletMap],
  templateUrl: './map-page.html',
  // Leaflet's stylesheet targets the elements Leaflet creates, so it can't be scoped.
  styleUrl: './map-page.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MapPage {
  protected readonly leaflet = inject(LeafletMap);
  private readonly settings = inject(Settings);
  private readonly session = inject(Session);
  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');

  /** Frame the user's organisation's country, else the deployment's default one. */
  protected readonly focus = computed(() =>
    corridorFor(
      this.session.user()?.organisation?.country ?? this.settings.current()?.defaultCountry,
    ),
  );

  constructor() {
    let destroyed = false;
    afterNextRender(async () => {
      const { tileUrl } = await this.settings.load();
      if (destroyed) return; // left the page before the settings arrived
      const { lat, lng } = this.focus().places[0];
      this.leaflet.attach(this.container().nativeElement, { tileUrl, center: [lat, lng], zoom: 6 });
    });
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      this.leaflet.detach();
    });
  }
}
