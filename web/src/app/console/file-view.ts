import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { protectedFile } from '../core/api/protected-file';

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
    @if (file.failed()) {
      <p class="njia-error" role="alert">{{ 'console.file.failed' | transloco }}</p>
    } @else if (file.url(); as url) {
      @if (file.type() === 'application/pdf') {
        <a [href]="url" target="_blank" rel="noopener" data-testid="open-pdf">{{
          'console.file.openPdf' | transloco: { name: name() }
        }}</a>
      } @else if (isImage()) {
        <button
          type="button"
          class="console-zoom"
          (click)="zoomIn()"
          [attr.aria-label]="'console.file.zoom' | transloco: { name: name() }"
        >
          <img [src]="url" [alt]="name()" [style.transform]="'scale(' + zoom() + ')'" />
        </button>
      }
      <a [href]="url" [download]="name()">{{
        'console.file.download' | transloco: { name: name() }
      }}</a>
    }
  `,
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileView {
  readonly url = input.required<string>();
  readonly name = input.required<string>();
  /** The type the stored file was uploaded as; without it, the type the API sends. */
  readonly contentType = input<string>();

  protected readonly file = protectedFile(this.url, this.contentType);
  protected readonly zoom = signal(1);
  protected readonly isImage = () => this.file.type()?.startsWith('image/') ?? false;

  constructor() {
    // Another file starts unzoomed.
    effect(() => {
      this.url();
      this.zoom.set(1);
    });
  }

  protected zoomIn(): void {
    this.zoom.update((z) => (z >= 3 ? 1 : z + 1));
  }
}
