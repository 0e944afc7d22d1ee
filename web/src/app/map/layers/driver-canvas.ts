import * as L from 'leaflet';
import { Glide } from '../glide';

export type DriverId = string | number;
/** available: on duty without a job; busy: on a job; stale: no fresh position. */
export type DriverState = 'available' | 'busy' | 'stale';

export interface DriverMarker {
  id: DriverId;
  lat: number;
  lng: number;
  /** Degrees clockwise from north; draws an arrow instead of a dot. */
  heading?: number | null;
  state?: DriverState;
  /** Shown as the canvas's tooltip title on hover (plate, name...). */
  label?: string;
}

const COLORS: Record<DriverState, string> = {
  available: '#0f766e',
  busy: '#b45309',
  stale: '#78716c',
};
const RADIUS = 6;
const PANE = 'njiaDrivers';
const HIT_RADIUS = 10;

/**
 * Thousands of moving drivers on one <canvas>: no DOM element per marker,
 * one requestAnimationFrame loop that runs only while a marker is gliding
 * (or the map moves), and a hit test on click instead of per-marker events.
 */
export class DriverCanvas extends L.Layer {
  private readonly glide = new Glide<DriverId>();
  private readonly info = new Map<DriverId, DriverMarker>();
  private canvas: HTMLCanvasElement | null = null;
  private frame = 0;
  private zooming = false;
  private selected: DriverId | null = null;
  private onSelect: ((id: DriverId) => void) | null = null;
  /** Frames drawn: lets tests and the perf bench see the loop working. */
  frames = 0;

  constructor(private readonly now: () => number = () => performance.now()) {
    super();
    L.setOptions(this, { pane: PANE });
  }

  /** Replaces the whole set: new ids appear, known ids glide, missing ids go. */
  setDrivers(markers: readonly DriverMarker[]): void {
    const seen = new Set<DriverId>();
    for (const marker of markers) seen.add(marker.id);
    for (const id of [...this.info.keys()]) {
      if (!seen.has(id)) this.removeDriver(id);
    }
    this.upsert(markers);
  }

  /** Adds or moves some drivers, leaving the others as they are. */
  upsert(markers: readonly DriverMarker[]): void {
    const now = this.now();
    for (const marker of markers) {
      const known = this.info.get(marker.id);
      const moved = !known || known.lat !== marker.lat || known.lng !== marker.lng;
      this.info.set(marker.id, marker);
      if (moved) this.glide.setTarget(marker.id, marker, now);
    }
    this.schedule();
  }

  removeDriver(id: DriverId): void {
    this.info.delete(id);
    this.glide.delete(id);
    this.schedule();
  }

  setSelected(id: DriverId | null): void {
    this.selected = id;
    this.schedule();
  }

  onClick(handler: ((id: DriverId) => void) | null): void {
    this.onSelect = handler;
  }

  /** Where the driver is drawn right now (between two points while gliding). */
  drawnPosition(id: DriverId): L.LatLng | null {
    const at = this.glide.positionAt(id, this.now());
    return at ? L.latLng(at.lat, at.lng) : null;
  }

  get count(): number {
    return this.info.size;
  }

  override onAdd(map: L.Map): this {
    // Above the stop markers (600): a truck at its drop-off stays visible.
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '650';
    const canvas = L.DomUtil.create('canvas', 'njia-driver-canvas leaflet-zoom-hide');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.position = 'absolute';
    canvas.style.pointerEvents = 'none';
    this.getPane()!.appendChild(canvas);
    this.canvas = canvas;
    this.resize();
    map.on('move', this.schedule, this);
    map.on('moveend', this.schedule, this);
    map.on('resize', this.resize, this);
    map.on('zoomstart', this.zoomStart, this);
    map.on('zoomend', this.zoomEnd, this);
    map.on('click', this.click, this);
    map.on('mousemove', this.hover, this);
    this.schedule();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('move', this.schedule, this);
    map.off('moveend', this.schedule, this);
    map.off('resize', this.resize, this);
    map.off('zoomstart', this.zoomStart, this);
    map.off('zoomend', this.zoomEnd, this);
    map.off('click', this.click, this);
    map.off('mousemove', this.hover, this);
    cancelFrame(this.frame);
    this.frame = 0;
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  private zoomStart(): void {
    this.zooming = true;
  }

  private zoomEnd(): void {
    this.zooming = false;
    this.schedule();
  }

  private resize(): void {
    if (!this.canvas || !this._map) return;
    const size = this._map.getSize();
    const ratio = globalThis.devicePixelRatio || 1;
    this.canvas.width = Math.round(size.x * ratio);
    this.canvas.height = Math.round(size.y * ratio);
    this.canvas.style.width = `${size.x}px`;
    this.canvas.style.height = `${size.y}px`;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame || !this._map) return;
    this.frame = nextFrame(() => {
      this.frame = 0;
      this.draw();
      if (this.glide.moving(this.now())) this.schedule();
    });
  }

  private draw(): void {
    const map = this._map;
    const canvas = this.canvas;
    if (!map || !canvas || this.zooming) return;
    const context = canvas.getContext('2d');
    if (!context) return;
    this.frames++;
    // The pane moves with the map while panning: keep the canvas on the viewport.
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const ratio = canvas.width / Math.max(1, map.getSize().x);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    const size = map.getSize();
    const now = this.now();
    let selectedAt: L.Point | null = null;
    // Each marker is a small pre-drawn picture (per colour and 10° of heading)
    // stamped with drawImage: thousands of path fills and strokes a frame are
    // what makes a software-rendered canvas drop frames.
    for (const [id, marker] of this.info) {
      const at = this.glide.positionAt(id, now);
      if (!at) continue;
      const point = map.latLngToContainerPoint([at.lat, at.lng]);
      if (
        point.x < -RADIUS ||
        point.y < -RADIUS ||
        point.x > size.x + RADIUS ||
        point.y > size.y + RADIUS
      )
        continue;
      // The selected driver is drawn last, larger, with a ring (see below).
      if (id === this.selected) selectedAt = point;
      else {
        const sprite = spriteFor(marker, ratio);
        const half = sprite.width / ratio / 2;
        context.drawImage(sprite, point.x - half, point.y - half, half * 2, half * 2);
      }
    }
    if (selectedAt) {
      drawMarker(context, selectedAt, this.info.get(this.selected!)!, RADIUS * 1.6);
      context.beginPath();
      context.arc(selectedAt.x, selectedAt.y, RADIUS * 1.6 + 5, 0, Math.PI * 2);
      context.strokeStyle = '#1c1917';
      context.lineWidth = 2;
      context.stroke();
    }
  }

  /** The driver drawn nearest to a container point, within a finger's reach. */
  hitTest(point: L.Point): DriverId | null {
    const map = this._map;
    if (!map) return null;
    const now = this.now();
    let best: DriverId | null = null;
    let bestDistance = HIT_RADIUS * HIT_RADIUS;
    for (const id of this.info.keys()) {
      const at = this.glide.positionAt(id, now)!;
      const p = map.latLngToContainerPoint([at.lat, at.lng]);
      const d = (p.x - point.x) ** 2 + (p.y - point.y) ** 2;
      if (d <= bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best;
  }

  private click(event: L.LeafletMouseEvent): void {
    if (!this.onSelect) return;
    const id = this.hitTest(event.containerPoint);
    if (id !== null) this.onSelect(id);
  }

  private hover(event: L.LeafletMouseEvent): void {
    const container = this._map?.getContainer();
    if (!container || !this.onSelect || this.info.size > 5000) return;
    const id = this.hitTest(event.containerPoint);
    container.style.cursor = id === null ? '' : 'pointer';
    container.title = id === null ? '' : (this.info.get(id)?.label ?? '');
  }
}

function drawMarker(
  context: CanvasRenderingContext2D,
  at: L.Point,
  marker: DriverMarker,
  radius: number,
): void {
  context.fillStyle = COLORS[marker.state ?? 'available'];
  context.strokeStyle = '#ffffff';
  context.lineWidth = 2;
  context.beginPath();
  markerPath(context, at, marker, radius);
  context.fill();
  context.stroke();
}

const sprites = new Map<string, HTMLCanvasElement>();

/** A marker drawn once on its own little canvas, reused for every truck that looks the same. */
function spriteFor(marker: DriverMarker, ratio: number): HTMLCanvasElement {
  const heading =
    marker.heading === null || marker.heading === undefined
      ? null
      : (Math.round(marker.heading / 10) * 10) % 360;
  const key = `${marker.state ?? 'available'}:${heading}:${ratio}`;
  let sprite = sprites.get(key);
  if (!sprite) {
    const side = Math.ceil((RADIUS * 1.5 + 3) * 2);
    sprite = document.createElement('canvas');
    sprite.width = Math.ceil(side * ratio);
    sprite.height = Math.ceil(side * ratio);
    const context = sprite.getContext('2d')!;
    context.scale(ratio, ratio);
    drawMarker(context, L.point(side / 2, side / 2), { ...marker, heading }, RADIUS);
    sprites.set(key, sprite);
  }
  return sprite;
}

/** Adds one marker's outline to the current path: a dot, or an arrow where the truck heads. */
function markerPath(
  context: CanvasRenderingContext2D,
  at: L.Point,
  marker: DriverMarker,
  radius: number,
): void {
  if (marker.heading === null || marker.heading === undefined) {
    context.moveTo(at.x + radius, at.y);
    context.arc(at.x, at.y, radius, 0, Math.PI * 2);
  } else {
    const angle = ((marker.heading - 90) * Math.PI) / 180;
    const tip = radius + radius / 2;
    context.moveTo(at.x + Math.cos(angle) * tip, at.y + Math.sin(angle) * tip);
    context.lineTo(at.x + Math.cos(angle + 2.4) * radius, at.y + Math.sin(angle + 2.4) * radius);
    context.lineTo(at.x + Math.cos(angle - 2.4) * radius, at.y + Math.sin(angle - 2.4) * radius);
    context.closePath();
  }
}

/** requestAnimationFrame where there is one (browsers), a timer elsewhere (tests, jsdom). */
const nextFrame = (callback: () => void): number =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(callback)
    : (setTimeout(callback, 16) as unknown as number);
const cancelFrame = (id: number): void =>
  typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id);
