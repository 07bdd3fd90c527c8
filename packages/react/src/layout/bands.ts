/**
 * A width band of the container a page is laid out in. Bands tell DingTalk's PC surfaces apart
 * without caring about the exact pixel width:
 *
 * - `'compact'` — narrower than {@link bandThresholds}`.regular` (480px): the 360px conversation
 *   pane (企业会话详情), the middle (440×300) and mini (366×120) modals, a slide panel, a phone.
 * - `'regular'` — from 480px up to {@link bandThresholds}`.wide` (768px): the micro-app window at
 *   its default 585px width and the large (676×545) modal.
 * - `'wide'` — 768px and wider: a micro-app window the user has dragged wide.
 */
export type SurfaceBand = 'compact' | 'regular' | 'wide';

/** Every band, narrowest first. */
export const bands: readonly SurfaceBand[] = ['compact', 'regular', 'wide'];

/**
 * The container widths (CSS px, content box) at which a band starts. A width equal to a threshold
 * belongs to the wider band. `styles.css` uses the same numbers in its container queries.
 *
 * - `regular: 480` — above the middle modal (440) and the conversation pane (360, which DingTalk
 *   says may grow), below the default micro-app window (585).
 * - `wide: 768` — above the large modal (676), so only a window dragged wide gets two columns.
 */
export const bandThresholds = { regular: 480, wide: 768 } as const;

/** The band of a container `width` px wide (content box). */
export function bandForWidth(width: number): SurfaceBand {
  if (width >= bandThresholds.wide) return 'wide';
  if (width >= bandThresholds.regular) return 'regular';
  return 'compact';
}

/**
 * Which bands something applies to. Every given condition must hold; with none, every band
 * matches.
 */
export interface BandQuery {
  /** Exactly this band, or any of these bands. */
  on?: SurfaceBand | readonly SurfaceBand[];
  /** This band and every wider one (`from="regular"` is regular and wide). */
  from?: SurfaceBand;
  /** Only bands narrower than this one (`below="wide"` is compact and regular). */
  below?: SurfaceBand;
}

/** Whether `band` satisfies `query`. */
export function matchesBand(band: SurfaceBand, { on, from, below }: BandQuery): boolean {
  const rank = bands.indexOf(band);
  if (on !== undefined && !(typeof on === 'string' ? on === band : on.includes(band))) return false;
  if (from !== undefined && rank < bands.indexOf(from)) return false;
  if (below !== undefined && rank >= bands.indexOf(below)) return false;
  return true;
}
