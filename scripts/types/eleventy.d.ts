// Eleventy 3 ships JavaScript without type declarations; this is the part yjplan calls.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { quietMode?: boolean; configPath?: string; config?: (eleventyConfig: never) => void });
    write(): Promise<unknown>;
    logger: { overrideLogger(logger: Pick<Console, 'log' | 'info' | 'warn' | 'error'>): void };
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
  }
}
