#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles it in memory, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
