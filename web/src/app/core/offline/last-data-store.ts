import { readStored, writeStored } from '../storage';

/**
 * Where the last API answers live on the phone (localStorage, one key per
 * answer and an index, newest first), for lastDataInterceptor.
 */
const PREFIX = 'njia.last:';
const INDEX = 'njia.last';
export const MAX_ENTRIES = 40;
export const MAX_BYTES = 256 * 1024;

/** Forgets every stored answer (sign-out: the next person sees nothing of this one). */
export function forgetLastData(): void {
  for (const key of index()) writeStored(key, null);
  writeStored(INDEX, null);
}

export function remember(id: string, body: unknown): void {
  const key = PREFIX + id;
  const json = JSON.stringify(body ?? null);
  if (json.length > MAX_BYTES) return;
  const keys = [key, ...index().filter((k) => k !== key)];
  for (const old of keys.splice(MAX_ENTRIES)) writeStored(old, null);
  writeStored(key, json);
  writeStored(INDEX, JSON.stringify(keys));
}

export function recall(id: string): unknown {
  const json = readStored(PREFIX + id);
  if (json === null) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function index(): string[] {
  try {
    const keys = JSON.parse(readStored(INDEX) ?? '[]');
    return Array.isArray(keys)
      ? keys.filter((k) => typeof k === 'string' && k.startsWith(PREFIX))
      : [];
  } catch {
    return [];
  }
}
