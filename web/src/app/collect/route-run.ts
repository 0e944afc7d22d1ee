/** The phone's own date (a Kenyan phone keeps the cooperative's day), as the API writes it. */
export function phoneToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
