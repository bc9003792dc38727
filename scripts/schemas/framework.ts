import { z } from 'zod';
import { slugId, nonEmptyText } from './common.ts';

/** Chapters whose page the engine builds from data rather than from a Markdown file. */
export const generatedChapterKinds = ['sign-off', 'glossary'] as const;

export const frameworkChapterSchema = z.strictObject({
  id: slugId,
  title: nonEmptyText,
  required: z.boolean(),
  prompt: nonEmptyText.meta({ description: 'One line telling the author what the chapter should cover.' }),
  generated: z.enum(generatedChapterKinds).optional(),
  data: z.array(z.string()).optional().meta({ description: 'Singleton data files (data/NAME.yaml) this chapter needs.' }),
});

export const frameworkSchema = z.strictObject({
  id: slugId,
  title: nonEmptyText,
  chapters: z.array(frameworkChapterSchema).min(1),
});

export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkChapter = z.infer<typeof frameworkChapterSchema>;
