/**
 * "3 Oct 2015" for "2015-10-03": the one date format Crosscheck shows (en-GB,
 * short month, UTC), written out by hand. The first `Intl` formatter a page
 * or extension page creates loads locale data, tens of milliseconds cold; the
 * options page and the popup draw dates in their first render. Anything but a
 * plain valid calendar day goes to `Intl` as before (same output, same errors).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

let intl: Intl.DateTimeFormat | null = null;

function daysIn(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `iso` is a day ("2015-10-03"); formats as `Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })` does. */
export function formatDay(iso: string): string {
  const m = DAY.exec(iso);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)) return `${day} ${MONTHS[month - 1]} ${year}`;
  }
  intl ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return intl.format(new Date(`${iso}T00:00:00Z`));
}

/** 12,345 (en-GB grouping) for a whole number, without `Intl`. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}
