import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { Api } from '../api/api-client';

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
  private readonly api = inject(Api);
  /** The API link of the photo (`photoUrl`), or null when the person has none. */
  readonly link = input<string | null>(null);
  readonly alt = input.required<string>();
  readonly size = input(40);
  protected readonly src = signal<string | null>(null);

  constructor() {
    let asked: string | null = null;
    effect(() => {
      const link = this.link();
      if (link === asked) return;
      asked = link;
      this.show(null);
      if (!link) return;
      this.api
        .blob(link)
        .then((blob) => (asked === link ? this.show(URL.createObjectURL(blob)) : undefined))
        .catch(() => undefined);
    });
    inject(DestroyRef).onDestroy(() => this.show(null));
  }

  private show(url: string | null): void {
    const old = this.src();
    if (old) URL.revokeObjectURL(old);
    this.src.set(url);
  }
}
