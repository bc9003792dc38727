import { renderComponent } from '../components/componentEnvironment.ts';
import type { Shortcode } from './ShortcodeContext.ts';

/** {% chart "ID" %}: an indicator or breakdown drawn as an inline SVG chart, with its data table. */
export const chartShortcode: Shortcode = {
  block: true,
  usage: '{% chart "INDICATOR-OR-BREAKDOWN-ID" %}',
  render([id], context) {
    const entry = context.lookup(id, ['indicators', 'breakdowns']);
    if (!entry) return '';
    const chart = context.charts.get(entry.id);
    if (!chart) return '';
    return renderComponent('chart-figure', chart);
  },
};
