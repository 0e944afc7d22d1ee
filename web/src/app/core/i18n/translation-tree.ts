/** The dotted keys of a translation file's tree (`console.disputes.count`), for the translation specs. */
export function translationKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) =>
    translationKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** The text at a dotted key of a translation file's tree. */
export function translationAt(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** The placeholder names of a text (`{{ count }}` → `count`), sorted. */
export function placeholdersOf(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}
