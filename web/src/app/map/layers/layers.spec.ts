import { Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import * as L from 'leaflet';
import { LeafletMap } from '../leaflet-map';
import { DriverMarker, DriversLayer } from './drivers-layer';
import { GeofencesLayer, Geofence } from './geofences-layer';
import { LatLngPair, OrderTrackLayer } from './order-track-layer';
import { Pin, PinsLayer } from './pins-layer';
import { StopMoved, StopsLayer } from './stops-layer';

@Component({
  imports: [DriversLayer, OrderTrackLayer, StopsLayer, GeofencesLayer, PinsLayer],
  providers: [LeafletMap],
  template: `
    <njia-drivers-layer [drivers]="drivers()" (driverClick)="clicked = $event" />
    <njia-order-track-layer [travelled]="travelled()" [planned]="planned()" />
    <njia-stops-layer
      [pickup]="pickup()"
      [dropoff]="dropoff()"
      [editable]="true"
      [placing]="placing()"
      [labels]="labels()"
      [showLabels]="true"
      (moved)="moved.push($event)"
    />
    <njia-geofences-layer [fences]="fences()" />
    <njia-pins-layer [pins]="pins()" />
  `,
})
class Host {
  readonly drivers = signal<DriverMarker[]>([]);
  readonly travelled = signal<LatLngPair[]>([]);
  readonly planned = signal<LatLngPair[]>([]);
  readonly pickup = signal<{ lat: number; lng: number } | null>(null);
  readonly dropoff = signal<{ lat: number; lng: number } | null>(null);
  readonly placing = signal<'pickup' | 'dropoff' | null>('pickup');
  readonly fences = signal<Geofence[]>([]);
  readonly pins = signal<Pin[]>([]);
  readonly labels = signal({ pickup: 'Pickup', dropoff: 'Drop-off' });
  readonly layer = viewChild.required(DriversLayer);
  clicked: unknown = null;
  moved: StopMoved[] = [];
}

function setup() {
  const fixture = TestBed.createComponent(Host);
  const leaflet = fixture.debugElement.injector.get(LeafletMap);
  const element = document.createElement('div');
  element.style.width = '400px';
  element.style.height = '300px';
  document.body.append(element);
  const map = leaflet.attach(element, {
    tileUrl: 'https://t.invalid/{z}/{x}/{y}.png',
    center: [0, 0],
    zoom: 10,
  });
  fixture.detectChanges();
  TestBed.tick();
  const layersOf = <T>(type: abstract new (...args: never[]) => T) => {
    const found: T[] = [];
    map.eachLayer((layer) => {
      if (layer instanceof type) found.push(layer);
    });
    return found;
  };
  return { fixture, host: fixture.componentInstance, map, layersOf };
}

describe('map layers', () => {
  it('draws drivers on one canvas, diffing the set by id', () => {
    const { host, fixture, map } = setup();
    const canvas = host.layer().canvas;
    expect(map.hasLayer(canvas)).toBe(true);
    host.drivers.set([
      { id: 1, lat: 0, lng: 0 },
      { id: 2, lat: 0.01, lng: 0.01, state: 'busy', heading: 90 },
    ]);
    fixture.detectChanges();
    TestBed.tick();
    expect(canvas.count).toBe(2);
    expect(fixture.nativeElement.querySelector('njia-drivers-layer').dataset.count).toBe('2');

    host.drivers.set([{ id: 2, lat: 0.02, lng: 0.01 }]);
    fixture.detectChanges();
    TestBed.tick();
    expect(canvas.count).toBe(1);
    // It glides: right after the update it is still near where it was.
    expect(canvas.drawnPosition(2)!.lat).toBeLessThan(0.02);
  });

  it('reports a click on a driver and ignores clicks elsewhere', () => {
    const { host, fixture, map } = setup();
    host.drivers.set([{ id: 'd7', lat: 0, lng: 0 }]);
    fixture.detectChanges();
    TestBed.tick();
    const at = map.latLngToContainerPoint([0, 0]);
    map.fire('click', { latlng: L.latLng(0, 0), containerPoint: at.add([3, 3]) });
    expect(host.clicked).toBe('d7');
    host.clicked = null;
    map.fire('click', { latlng: L.latLng(0, 0), containerPoint: at.add([60, 60]) });
    expect(host.clicked).toBeNull();
  });

  it('draws the planned route and the travelled path', () => {
    const { host, fixture, layersOf } = setup();
    host.planned.set([
      [0, 0],
      [0.1, 0.1],
    ]);
    host.travelled.set([[0, 0]]);
    fixture.detectChanges();
    TestBed.tick();
    const lines = layersOf(L.Polyline).map((line) => (line.getLatLngs() as L.LatLng[]).length);
    expect(lines.sort()).toEqual([1, 2]);
  });

  it('places the stop being picked where the map is clicked, and shows both stops', () => {
    const { host, fixture, map, layersOf } = setup();
    map.fire('click', { latlng: L.latLng(-1.123456789, 36.5), containerPoint: L.point(5, 5) });
    expect(host.moved).toEqual([{ kind: 'pickup', lat: -1.123457, lng: 36.5 }]);
    host.pickup.set({ lat: -1.1, lng: 36.5 });
    host.dropoff.set({ lat: -1.2, lng: 36.6 });
    fixture.detectChanges();
    TestBed.tick();
    expect(layersOf(L.Marker).length).toBe(2);
    // Dragging a marker reports where it was dropped.
    const dropoff = layersOf(L.Marker).find((m) => m.getLatLng().lat === -1.2)!;
    dropoff.setLatLng([-1.25, 36.65]).fire('dragend');
    expect(host.moved.at(-1)).toEqual({ kind: 'dropoff', lat: -1.25, lng: 36.65 });
    host.dropoff.set(null);
    fixture.detectChanges();
    TestBed.tick();
    expect(layersOf(L.Marker).length).toBe(1);
  });

  it('draws geofences as circles in metres, filled while inside', () => {
    const { host, fixture, layersOf } = setup();
    host.fences.set([
      { id: 'pickup', lat: 0, lng: 0, radiusM: 200, inside: true },
      { id: 'dropoff', lat: 0.1, lng: 0, radiusM: 200 },
    ]);
    fixture.detectChanges();
    TestBed.tick();
    const circles = layersOf(L.Circle);
    expect(circles.map((c) => c.getRadius())).toEqual([200, 200]);
    expect(circles.map((c) => c.options.fillOpacity)).toEqual([0.25, 0.08]);
  });

  it('draws pins a keyboard reaches, each naming its place and linking on from its popup', () => {
    const { host, fixture, layersOf } = setup();
    host.pins.set([
      {
        id: 4,
        lat: -1.3,
        lng: 36.8,
        name: 'Industrial Area, Nairobi',
        title: 'Industrial Area, Nairobi → Thika',
        link: { text: 'maize, 5000 kg', href: '/driver/orders/4/bid' },
      },
    ]);
    fixture.detectChanges();
    TestBed.tick();
    const [pin] = layersOf(L.Marker);
    expect(pin.getElement()?.getAttribute('role')).toBe('button');
    expect(pin.options.title).toBe('Industrial Area, Nairobi');
    const popup = pin.getPopup()!.getContent() as HTMLElement;
    expect(popup.querySelector('a')?.getAttribute('href')).toBe('/driver/orders/4/bid');
    host.pins.set([]);
    fixture.detectChanges();
    TestBed.tick();
    expect(layersOf(L.Marker)).toHaveLength(0);
  });

  it('shows what a user typed as text in every label, tooltip and popup, never as markup', () => {
    const typed = '<img src="x" onerror="alert(1)"><b class="fake">Session expired: sign in</b>';
    const { host, fixture, map, layersOf } = setup();
    host.labels.set({ pickup: typed, dropoff: typed });
    host.pickup.set({ lat: 0, lng: 0 });
    host.dropoff.set({ lat: 0.05, lng: 0.05 });
    host.fences.set([{ id: 'pickup', lat: 0, lng: 0, radiusM: 200, label: typed }]);
    host.pins.set([
      {
        id: 9,
        lat: 0.02,
        lng: 0.02,
        name: typed,
        title: typed,
        link: { text: typed, href: '/driver/orders/9/bid' },
      },
    ]);
    fixture.detectChanges();
    TestBed.tick();
    const stops = layersOf(L.Marker).filter((marker) => marker.getTooltip());
    expect(stops).toHaveLength(2);
    const [pin] = layersOf(L.Marker).filter((marker) => marker.getPopup());
    pin.openPopup();
    const contents = [
      ...stops.map((stop) => stop.getTooltip()!.getContent()),
      layersOf(L.Circle)[0].getTooltip()!.getContent(),
      pin.getPopup()!.getContent(),
    ] as HTMLElement[];
    for (const content of contents) {
      expect(content).toBeInstanceOf(HTMLElement);
      expect(content.textContent).toContain(typed);
    }
    const container = map.getContainer();
    // The permanent stop labels and the open popup are on the page, as words.
    expect(container.querySelectorAll('.leaflet-tooltip')).toHaveLength(2);
    expect(container.querySelector('.leaflet-popup')?.textContent).toContain(typed);
    expect(container.querySelector('img[src="x"], b.fake')).toBeNull();
  });
});
