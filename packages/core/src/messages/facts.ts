// What both message tables read from an error's facts, apart from the words.
import type { ErrorFacts } from '../types';

/** The facts an error's details may hold, as the tables read them. */
export type Details = Readonly<Record<string, unknown>>;

/** The details of `error` (none: an empty object). */
export const detailsOf = (error: ErrorFacts): Details => error.details ?? {};

/** What the client said (`errorCode errorMessage`), or `''` when it said nothing. */
export const saidOf = ({ errorCode, platformMessage }: ErrorFacts): string =>
  [errorCode, platformMessage].filter((part) => part !== undefined && part !== '').join(' ');

/** A value as JSON, cut to 60 characters; `undefined` for nothing and functions (worded per locale). */
export function json(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'function') return undefined;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The text of a thrown value: an Error's message, else the value as text. */
export const textOf = (raw: unknown): string => (raw instanceof Error ? raw.message : String(raw));

/** One finding of the diagnosis of a rejected signature, with what it needs to be said. */
export type Hint =
  | { readonly key: 'hash'; readonly hash: string }
  | { readonly key: 'port'; readonly port: string }
  | { readonly key: 'defaultPort' | 'query' }
  | { readonly key: 'ticket'; readonly agentId: unknown; readonly age: number | undefined }
  | { readonly key: 'count'; readonly count: number }
  | { readonly key: 'landing'; readonly landing: string };

/**
 * What to check when the client rejected a signature (errors 3 and 52013): a hash in the page
 * address, the port, the query's encoding, the ticket (and the timestamp's age when it is more
 * than ten minutes off), a repeated `config` on one page, and the landing URL where the client
 * may check that one instead.
 */
export function diagnose(details: Details): Hint[] {
  const url = String(details.url);
  const href = typeof details.href === 'string' ? details.href : url;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  const age = Math.round(Date.now() / 1000 - Number(String(details.timeStamp).slice(0, 10)));
  const count = Number(details.count);
  const hints: (Hint | false)[] = [
    href !== url && href.startsWith(url) && { key: 'hash', hash: href.slice(url.length) },
    parsed?.port ? { key: 'port', port: parsed.port } : { key: 'defaultPort' },
    (/%|[^\x20-\x7e]/.test(url) || !!parsed?.search) && { key: 'query' },
    { key: 'ticket', agentId: details.agentId, age: Math.abs(age) > 600 ? age : undefined },
    count > 1 && { key: 'count', count },
    typeof details.landing === 'string' &&
      details.landing !== '' &&
      details.landing !== url && { key: 'landing', landing: details.landing },
  ];
  return hints.filter((hint): hint is Hint => hint !== false);
}
