import { DestroyRef, Signal, computed, effect, inject, signal, untracked } from '@angular/core';
import { Api } from './api-client';

/** A file behind the bearer token, as the page shows it. */
export interface ProtectedFile {
  /** Its object URL: null while it loads, when there is no link, or when it cannot be read. */
  readonly url: Signal<string | null>;
  /** The type the object URL was given (the one asked for, else the one the API sent). */
  readonly type: Signal<string | null>;
  /** The last link could not be read. */
  readonly failed: Signal<boolean>;
}

/**
 * Reads an access-checked API link (a photo, a paper, a proof of delivery)
 * as a blob with the token, never as a bare `<img src>`, and keeps its object
 * URL for as long as the caller lives: the old one is revoked when the link
 * changes and when the caller is destroyed. `type` types the object URL
 * (so the browser shows the file as that and nothing else); without it, the
 * API's own type is kept. Call it in an injection context (a field of a
 * component).
 */
export function protectedFile(
  link: () => string | null | undefined,
  type: () => string | undefined = () => undefined,
): ProtectedFile {
  const api = inject(Api);
  const shown = signal<{ url: string; type: string } | null>(null);
  const failed = signal(false);
  let asked: string | null = null;

  const show = (next: { url: string; type: string } | null) => {
    const old = untracked(shown);
    if (old) URL.revokeObjectURL(old.url);
    shown.set(next);
  };

  effect(() => {
    const wanted = link() ?? null;
    const typed = type();
    const key = wanted && `${typed ?? ''} ${wanted}`;
    if (key === asked) return;
    asked = key;
    untracked(() => {
      show(null);
      failed.set(false);
      if (!wanted) return;
      api.blob(wanted).then(
        (blob) => {
          if (asked !== key) return; // another file was asked for meanwhile
          const file = typed ? new Blob([blob], { type: typed }) : blob;
          show({ url: URL.createObjectURL(file), type: file.type });
        },
        () => {
          if (asked === key) failed.set(true);
        },
      );
    });
  });
  inject(DestroyRef).onDestroy(() => {
    asked = null;
    show(null);
  });

  return {
    url: computed(() => shown()?.url ?? null),
    type: computed(() => shown()?.type ?? null),
    failed: failed.asReadonly(),
  };
}
