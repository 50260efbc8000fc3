/**
 * A page's date line written in figures (issue 13, figures written another way): "Published on
 * 30/09/2015", "31.10.2015 | News Front", "2015/10/20". Read only where the page states its own
 * date (a short date line), never in body sentences. Day and month are told apart only when the
 * figures say which is which: a dot is written day first (European use); with a slash, a first
 * figure above 12 is the day ("30/09/2015") and a second above 12 is the day ("09/30/2015");
 * "05/10/2015" could be either and is left unread.
 */
import type { When } from './calendar-when';

const YMD = /(?<![\d/.])((?:19|20)\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/.])/;
const XYZ = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.]|\.\d)/;

const valid = (year: number, month: number, day: number): When | undefined =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month: month - 1, day } : undefined;

/** The date a short date line writes in figures, when it is unambiguous. */
export function numericDateIn(s: string): When | undefined {
  const ymd = YMD.exec(s);
  if (ymd) return valid(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const m = XYZ.exec(s);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = Number(m[4]);
  if (m[2] === '.') return valid(year, b, a);
  if (a > 12 && b <= 12) return valid(year, b, a);
  if (b > 12 && a <= 12) return valid(year, a, b);
  return undefined;
}
