/** The app templates, the first being the default. */
export const templates = ['with-server', 'basic'] as const;

/**
 * `'with-server'`: the page plus a signing and 免登 server on `@dingkit/server`;
 * `'basic'`: the page only, for teams that sign on a backend they already have.
 */
export type Template = (typeof templates)[number];

/** Whether `value` names a template. */
export function isTemplate(value: string): value is Template {
  return (templates as readonly string[]).includes(value);
}
