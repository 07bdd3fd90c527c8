/**
 * Where `@dingkit/server` reports what it does. Every method is optional and `console` fits.
 * Details carry codes, counts and origins, never a secret, token, ticket or auth code.
 */
export interface DingTalkServerLogger {
  debug?(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}
