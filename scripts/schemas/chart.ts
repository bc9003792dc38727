import { z } from 'zod';

/** How a service manager asks for a chart of a data file, without writing Vega-Lite. */
export const chartPresetSchema = z.strictObject({
  type: z.enum(['line', 'bar', 'stacked-bar']),
  title: z.string().optional(),
  summary: z.string().optional().meta({ description: 'One or two sentences saying what the chart shows. Read out by screen readers.' }),
  y_title: z.string().optional(),
  vega_lite: z.record(z.string(), z.unknown()).optional().meta({ description: 'Advanced: a raw Vega-Lite spec; the data is filled in from this file.' }),
});
export type ChartPreset = z.infer<typeof chartPresetSchema>;
