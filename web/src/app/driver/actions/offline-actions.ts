import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { Api, Body, PathsFor, Response, buildPath } from '../../core/api/api-client';
import { WireError } from '../../core/api/api-types';
import { Session } from '../../core/auth/session';
import { Connectivity } from '../../core/network/connectivity';
import { DriverStorage, QueuedAction } from '../offline-db';
import { ActionQueue } from './action-queue';

type Post = PathsFor<'post'>;

/** An action to run: a documented POST (`path` and its `params`), with a JSON or multipart body. */
export type NewAction<P extends Post = Post> = Omit<
  QueuedAction,
  'id' | 'createdAt' | 'url' | 'json'
> & {
  path: P;
  params?: Record<string, number>;
  json?: Body<P, 'post'>;
};
type Prepared = Omit<QueuedAction, 'id' | 'createdAt'>;
export type RunResult<T> = { queued: false; result: T } | { queued: true };

export interface Rejection {
  action: QueuedAction;
  errors: WireError[];
}

/** How often waiting actions are tried again while the server can't be reached. */
export const REPLAY_RETRY_MS = 10_000;

/**
 * The driver's actions (duty, status moves, proof of delivery) that must
 * reach the server in the order they were made, even when made offline.
 * Online with nothing waiting, an action is sent at once and a refusal is
 * thrown to the caller (to show beside the form). Otherwise it waits in
 * IndexedDB and is replayed in order as soon as the network is back; a
 * replayed action the server refuses is dropped, reported in `rejections`
 * and announced on `settled$` so the page re-reads the order from the
 * server instead of showing what the driver hoped for.
 */
@Injectable({ providedIn: 'root' })
export class OfflineActions {
  private readonly api = inject(Api);
  private readonly storage = inject(DriverStorage);
  private readonly connectivity = inject(Connectivity);
  private readonly session = inject(Session);

  readonly pending = signal<QueuedAction[]>([]);
  readonly rejections = signal<Rejection[]>([]);
  readonly replaying = signal(false);

  private readonly settledSubject = new Subject<{ action: QueuedAction; ok: boolean }>();
  /** Each replayed action, applied (`ok`) or refused: re-read what it touched. */
  readonly settled$: Observable<{ action: QueuedAction; ok: boolean }> =
    this.settledSubject.asObservable();

  private running: Promise<void> | null = null;
  private again = false;

  constructor() {
    effect(() => {
      this.session.user();
      if (this.connectivity.online()) untracked(() => void this.replay());
      else untracked(() => void this.refresh());
    });
    const retry = setInterval(() => {
      if (this.pending().length && this.connectivity.online()) void this.replay();
    }, REPLAY_RETRY_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(retry));
  }

  /**
   * Sends the action now, or queues it behind the ones waiting (order is
   * kept) or when the network is down. Throws an `HttpErrorResponse` when
   * the server refuses it at once.
   */
  async run<P extends Post>(action: NewAction<P>): Promise<RunResult<Response<P, 'post'>>> {
    const { path, params, ...rest } = action;
    return this.runPrepared({ ...rest, url: buildPath(path, params) });
  }

  private async runPrepared<T>(action: Prepared): Promise<RunResult<T>> {
    // Whatever is being replayed goes first; only then can this one skip the queue.
    if (this.running) await this.running;
    if (this.connectivity.online() && this.pending().length === 0 && !this.running) {
      try {
        return { queued: false, result: await this.send<T>(action) };
      } catch (error) {
        if (!unreachable(error)) throw error;
      }
    }
    const queue = await this.queue();
    if (!queue) throw new Error('Not signed in');
    await queue.add(action);
    await this.refresh();
    if (this.connectivity.online()) void this.replay();
    return { queued: true };
  }

  /** Replays waiting actions in order; stops at the first that can't reach the server. */
  replay(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.replayAll().finally(() => {
      this.running = null;
      this.replaying.set(false);
      if (this.again) {
        this.again = false;
        void this.replay();
      }
    });
    return this.running;
  }

  dismissRejection(rejection: Rejection): void {
    this.rejections.update((list) => list.filter((r) => r !== rejection));
  }

  private async replayAll(): Promise<void> {
    const queue = await this.queue();
    if (!queue) return;
    for (const action of await queue.all()) {
      if (!this.connectivity.online()) break;
      this.replaying.set(true);
      try {
        await this.send(action);
        await queue.remove(action.id!);
        this.settledSubject.next({ action, ok: true });
      } catch (error) {
        if (unreachable(error) || retryLater(error)) break;
        await queue.remove(action.id!);
        this.rejections.update((list) => [...list, { action, errors: wireErrors(error) }]);
        this.settledSubject.next({ action, ok: false });
      } finally {
        await this.refresh();
      }
    }
    await this.refresh();
  }

  private send<T>(action: Prepared): Promise<T> {
    const body = action.form ? toFormData(action.form) : (action.json ?? {});
    return this.api.postTo<T>(action.url, body);
  }

  private async refresh(): Promise<void> {
    const queue = await this.queue();
    this.pending.set(queue ? await queue.all() : []);
  }

  private async queue(): Promise<ActionQueue | null> {
    const db = await this.storage.db();
    return db ? new ActionQueue(db) : null;
  }
}

function toFormData(parts: NonNullable<QueuedAction['form']>): FormData {
  const form = new FormData();
  for (const part of parts) {
    if (typeof part.value === 'string') form.append(part.name, part.value);
    else form.append(part.name, part.value, part.fileName ?? part.name);
  }
  return form;
}

/** The request never reached the server (offline, DNS, connection reset). */
function unreachable(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 0;
}

/** The server is there but can't take it now: keep the action for later. */
function retryLater(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse &&
    (error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500)
  );
}

function wireErrors(error: unknown): WireError[] {
  const list =
    error instanceof HttpErrorResponse ? (error.error as { errors?: unknown })?.errors : null;
  if (Array.isArray(list) && list.length) return list as WireError[];
  return [{ code: 'E_UNEXPECTED', message: 'Something went wrong.' }];
}
