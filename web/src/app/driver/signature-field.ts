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
    :host {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
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
      const context = canvas.getContext('2d');
      if (!context) return; // no canvas (very old browser, or a test DOM)
      const ratio = Math.max(globalThis.devicePixelRatio ?? 1, 1);
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      context.scale(ratio, ratio);
      this.pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255,255,255)' });
      this.pad.addEventListener('endStroke', () => this.empty.set(this.pad?.isEmpty() ?? true));
    });
    inject(DestroyRef).onDestroy(() => this.pad?.off());
  }

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
