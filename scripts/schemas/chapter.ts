import { z } from 'zod';
import { slugId } from './common.ts';

/** The front matter at the top of each chapter's Markdown file. */
export const chapterFrontMatterSchema = z.strictObject({
  chapter: slugId.meta({ description: 'The chapter id from the framework, e.g. local-context.' }),
  title: z.string().optional().meta({ description: 'Overrides the framework title. Rarely needed.' }),
  summary: z.string().optional().meta({ description: 'One sentence shown in the contents.' }),
});

export type ChapterFrontMatter = z.infer<typeof chapterFrontMatterSchema>;
