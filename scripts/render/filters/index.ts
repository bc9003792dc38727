import { anchorId } from './anchorId.ts';
import { endSentence } from './endSentence.ts';
import { formatCount, formatNumber, formatPercent } from './formatCount.ts';
import { formatDate, formatRecorded, formatSourceDate } from './formatDate.ts';
import { formatPounds } from './formatPounds.ts';
import { relativeUrl } from './relativeUrl.ts';
import { slugify } from './slugify.ts';

/** Every filter the templates use, registered the same way in Eleventy and in the shortcode renderer. */
export const filters = {
  anchorId,
  endSentence,
  formatCount,
  formatDate,
  formatRecorded,
  formatSourceDate,
  formatNumber,
  formatPercent,
  formatPounds,
  relativeUrl,
  slugify,
} as const;

export { anchorId, endSentence, formatCount, formatDate, formatRecorded, formatSourceDate, formatNumber, formatPercent, formatPounds, relativeUrl, slugify };
