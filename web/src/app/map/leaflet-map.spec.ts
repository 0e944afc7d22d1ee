import { TestBed } from '@angular/core/testing';
import * as L from 'leaflet';
import { LeafletMap } from './leaflet-map';
import { capitalOf, corridorFor } from './places';

describe('corridorFor', () => {
  it("frames the user's country, Uganda on the Northern corridor, Kenya's by default", () => {
    expect(corridorFor('SN').id).toBe('dakar-touba');
    expect(corridorFor('tz').id).toBe('central');
    expect(corridorFor('UG').id).toBe('northern');
    expect(corridorFor(null).id).toBe('northern');
    expect(corridorFor('FR').id).toBe('northern');
  });
});

describe('capitalOf', () => {
  it("opens a map on the account's capital, not Nairobi for everyone", () => {
    expect(capitalOf('SN').name).toBe('Dakar');
    expect(capitalOf('UG').name).toBe('Kampala');
    expect(capitalOf('TZ').name).toBe('Dodoma');
    expect(capitalOf(null).name).toBe('Nairobi');
  });
});

describe('LeafletMap', () => {
  function attached() {
    TestBed.configureTestingModule({ providers: [LeafletMap] });
    const leaflet = TestBed.inject(LeafletMap);
    const element = document.createElement('div');
    document.body.append(element);
    const map = leaflet.attach(element, {
      tileUrl: 'https://tiles.invalid/{z}/{x}/{y}.png',
      center: [0, 0],
      zoom: 3,
    });
    let tiles!: L.TileLayer;
    map.eachLayer((layer) => {
      if (layer instanceof L.TileLayer) tiles = layer;
    });
    return { leaflet, map, tiles };
  }

  it('hides a tile that failed and says the background is unavailable', () => {
    const { leaflet, tiles } = attached();
    const tile = document.createElement('img');
    tiles.fire('tileerror', { tile, coords: {}, error: new Error('offline') });
    expect(tile.style.visibility).toBe('hidden');
    expect(leaflet.tilesUnavailable()).toBe(true);

    tiles.fire('tileload', { tile: document.createElement('img'), coords: {} });
    expect(leaflet.tilesUnavailable()).toBe(false);
  });

  it('adds layers and takes them away again', () => {
    const { leaflet, map } = attached();
    const marker = L.marker([0, 0]);
    const remove = leaflet.add(marker);
    expect(map.hasLayer(marker)).toBe(true);
    remove();
    expect(map.hasLayer(marker)).toBe(false);
  });

  it('lets go of the map on detach', () => {
    const { leaflet } = attached();
    leaflet.detach();
    expect(leaflet.map()).toBeNull();
    expect(() => leaflet.add(L.marker([0, 0]))).toThrow();
  });

  /** The town names the map shows (permanent tooltips), once each or not. */
  function namedTowns(map: L.Map): string[] {
    const names: string[] = [];
    // The map lists every layer on it, the members of groups included.
    map.eachLayer((layer) => {
      const tooltip = layer.getTooltip?.();
      const content = tooltip?.options.permanent ? tooltip.getContent() : undefined;
      if (content !== undefined) {
        names.push(typeof content === 'string' ? content : ((content as Node).textContent ?? ''));
      }
    });
    return names;
  }

  const failTiles = async (map: L.Map, tiles: L.TileLayer) => {
    tiles.fire('tileerror', {
      tile: document.createElement('img'),
      coords: {},
      error: new Error('offline'),
    });
    await vi.waitFor(() => expect(map.getContainer().classList).toContain('map-view--basemap'), {
      timeout: 15_000,
    });
  };

  it("the background names the reference towns when no layer of the page does (the editor's map)", async () => {
    const { map, tiles } = attached();
    await failTiles(map, tiles);
    const names = namedTowns(map);
    expect(names.filter((name) => name.includes('Nairobi'))).toHaveLength(1);
  });

  it('on /map the places layer names the towns and the background does not name them again', async () => {
    const { leaflet, map, tiles } = attached();
    leaflet.namesReferenceTowns();
    const ours = L.marker([-1.2921, 36.8219]).bindTooltip('Nairobi', { permanent: true });
    leaflet.add(ours);
    await failTiles(map, tiles);
    expect(namedTowns(map).filter((name) => name.includes('Nairobi'))).toHaveLength(1);
  });
});
