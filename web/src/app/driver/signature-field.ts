import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import SignaturePad from 'signature_pad';

/** The receiver signs with a finger on a canvas (signature_pad); read out as a PNG. */
@Component({
  selector: 'njia-signature-field',
  imports: [TranslocoPipe],
  template: `
    <div class="pad" [class.invalid]="invalid()">
      <canvas
        #canvas
        data-testid="signature-pad"
        role="img"
        [attr.aria-label]="'driver.pod.signatureLabel' | transloco"
      ></canvas>
    </div>
    <button type="button" class="njia-button secondary" (click)="clear()" [disabled]="empty()">
      {{ 'driver.pod.clearSignature' | transloco }}
    </button>
  `,
  styles: `
    /* One column no wider than the screen: the canvas's drawing buffer (its
       width × the pixel ratio) must not widen it on a 2× or 3× phone. */
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
    }
    button {
      justify-self: start;
    }
    .pad {
      width: 100%;
      border: 1px dashed var(--njia-border);
      border-radius: 8px;
      background: #fff;
    }
    .pad.invalid {
      border-color: var(--njia-danger);
    }
    canvas {
      display: block;
      width: 100%;
      height: 160px;
      touch-action: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignatureField {
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  readonly invalid = input(false);
  readonly empty = signal(true);
  private pad: SignaturePad | null = null;

  constructor() {
    afterNextRender(() => {
      const canvas = this.canvas().nativeElement;
      if (!canvas.getContext('2d')) return; // no canvas (very old browser, or a test DOM)
      this.pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255,255,255)' });
      this.pad.addEventListener('endStroke', () => this.empty.set(this.pad?.isEmpty() ?? true));
      this.fit();
      globalThis.addEventListener?.('resize', this.fit);
    });
    inject(DestroyRef).onDestroy(() => {
      globalThis.removeEventListener?.('resize', this.fit);
      this.pad?.off();
    });
  }

  /**
   * The drawing buffer follows the pad's size on screen (turning the phone,
   * a narrower layout), sharp on high-density screens; what was drawn is kept.
   */
  private readonly fit = (): void => {
    const canvas = this.canvas().nativeElement;
    const ratio = Math.max(globalThis.devicePixelRatio ?? 1, 1);
    const width = Math.round(canvas.offsetWidth * ratio);
    const height = Math.round(canvas.offsetHeight * ratio);
    if (!this.pad || (canvas.width === width && canvas.height === height)) return;
    const strokes = this.pad.toData();
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.scale(ratio, ratio);
    this.pad.clear();
    this.pad.fromData(strokes);
  };

  clear(): void {
    this.pad?.clear();
    this.empty.set(true);
  }

  /** The signature as a PNG, or null when nothing was drawn. */
  toBlob(): Promise<Blob | null> {
    const canvas = this.canvas().nativeElement;
    if (!this.pad || this.pad.isEmpty()) return Promise.resolve(null);
    return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
  }
}
