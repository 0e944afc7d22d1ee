import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';

/** A file fetched behind the token: its object URL, and whether it is a PDF. */
interface Loaded {
  url: string;
  pdf: boolean;
}

/**
 * A stored file the operator reads beside a record (a paper, dispute
 * evidence): an image to zoom, a PDF opened in a new tab (Chrome refuses
 * its PDF viewer inside a sandboxed frame, and an unsandboxed one would run
 * an uploaded file in our page), anything else downloaded. The API sends the
 * bytes' own type; the object URL is typed by it so the browser shows it as
 * that type and nothing else.
 */
@Component({
  selector: 'njia-file-view',
  imports: [TranslocoPipe],
  template: `
    @if (failed()) {
      <p class="njia-error" role="alert">{{ 'console.file.failed' | transloco }}</p>
    } @else if (file(); as f) {
      @if (f.pdf) {
        <a [href]="f.url" target="_blank" rel="noopener" data-testid="open-pdf">{{
          'console.file.openPdf' | transloco: { name: name() }
        }}</a>
      } @else if (isImage()) {
        <button
          type="button"
          class="console-zoom"
          (click)="zoomIn()"
          [attr.aria-label]="'console.file.zoom' | transloco: { name: name() }"
        >
          <img [src]="f.url" [alt]="name()" [style.transform]="'scale(' + zoom() + ')'" />
        </button>
      }
      <a [href]="f.url" [download]="name()">{{
        'console.file.download' | transloco: { name: name() }
      }}</a>
    }
  `,
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileView {
  private readonly api = inject(Api);
  readonly url = input.required<string>();
  readonly name = input.required<string>();
  readonly contentType = input.required<string>();

  protected readonly file = signal<Loaded | null>(null);
  protected readonly failed = signal(false);
  protected readonly zoom = signal(1);
  protected readonly isImage = () => this.contentType().startsWith('image/');

  constructor() {
    effect(() => {
      const url = this.url();
      const type = this.contentType();
      untracked(() => void this.load(url, type));
    });
    inject(DestroyRef).onDestroy(() => this.revoke());
  }

  protected zoomIn(): void {
    this.zoom.update((z) => (z >= 3 ? 1 : z + 1));
  }

  private async load(url: string, type: string): Promise<void> {
    this.revoke();
    this.failed.set(false);
    this.zoom.set(1);
    try {
      const blob = await this.api.blob(url);
      if (url !== this.url()) return; // another file was asked for meanwhile
      const objectUrl = URL.createObjectURL(new Blob([blob], { type }));
      this.file.set({ url: objectUrl, pdf: type === 'application/pdf' });
    } catch {
      this.failed.set(true);
    }
  }

  private revoke(): void {
    const current = this.file();
    if (current) URL.revokeObjectURL(current.url);
    this.file.set(null);
  }
}
