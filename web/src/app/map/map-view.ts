import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  ViewEncapsulation,
  afterNextRender,
  inject,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Settings } from '../core/config/settings';
import { LeafletMap } from './leaflet-map';

/**
 * A map area for any page: attaches the page's LeafletMap (provided by the
 * page, so its layer components share it) with the tile URL from the
 * server's config, and says so calmly when tiles can't load.
 * Usage: `providers: [LeafletMap]` on the page, then
 * `<njia-map-view [center]="..." />` and the layers inside `@if (leaflet.map())`.
 */
@Component({
  selector: 'njia-map-view',
  imports: [TranslocoPipe],
  template: `
    <div
      class="map-view-canvas"
      data-testid="map"
      role="region"
      [attr.aria-label]="label() || ('map.label' | transloco)"
    ></div>
    @if (leaflet.tilesUnavailable()) {
      <p class="map-view-notice" role="status" data-testid="tiles-unavailable">
        {{ 'map.tilesUnavailable' | transloco }}
      </p>
    }
  `,
  styleUrl: './map-view.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MapView {
  protected readonly leaflet = inject(LeafletMap);
  private readonly settings = inject(Settings);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly center = input<[number, number]>([-1.2921, 36.8219]);
  readonly zoom = input(7);
  readonly label = input('');

  constructor() {
    let destroyed = false;
    afterNextRender(async () => {
      const { tileUrl } = await this.settings.load();
      if (destroyed) return;
      const element = this.host.nativeElement.querySelector<HTMLElement>('.map-view-canvas')!;
      this.leaflet.attach(element, { tileUrl, center: this.center(), zoom: this.zoom() });
    });
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      this.leaflet.detach();
    });
  }
}
