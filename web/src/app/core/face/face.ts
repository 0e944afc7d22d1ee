import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { protectedFile } from '../api/protected-file';

/**
 * A person's photo from an access-checked API link (the bearer token goes
 * with it, so it is read as a blob, never as a bare <img src>). Nothing is
 * shown while it loads, when there is none, or when it cannot be read: the
 * name beside it is enough.
 */
@Component({
  selector: 'njia-face',
  template: `
    @if (src(); as url) {
      <img class="face" [src]="url" [alt]="alt()" [width]="size()" [height]="size()" />
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      vertical-align: middle;
    }
    .face {
      border-radius: 50%;
      object-fit: cover;
      margin-inline-end: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Face {
  /** The API link of the photo (`photoUrl`), or null when the person has none. */
  readonly link = input<string | null>(null);
  readonly alt = input.required<string>();
  readonly size = input(40);
  protected readonly src = protectedFile(this.link).url;
}
