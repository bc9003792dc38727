import type { Audience } from '../../compute/computePlanFigures.ts';

/** Every sentence the output folder's rules show a user, in one place. */

const audienceName = (audience: Audience) => (audience === 'internal' ? 'internal (board-only)' : 'public');

export function notYjplansFolder(folder: string): string {
  return (
    `${folder} was not made by yjplan (it has no yjplan-output.json), so yjplan will not replace it.\n` +
    'Move it somewhere else, or build into another folder with --out.'
  );
}

export function linkedFolder(folder: string): string {
  return `${folder} is a link to another folder; yjplan never makes one, so it will not replace it. Remove the link, or build into another folder with --out.`;
}

export function filesAddedByHand(folder: string, added: string[]): string {
  const shown = added.slice(0, 5).map((f) => `  ${f}`);
  if (added.length > 5) shown.push(`  and ${added.length - 5} more`);
  return (
    `${folder} holds ${added.length === 1 ? 'a file' : 'files'} that yjplan did not write:\n${shown.join('\n')}\n` +
    'yjplan replaces this folder as a whole, so it will not delete them. Move them out of the folder, or build into another folder with --out.'
  );
}

export function otherAudience(folder: string, existing: Audience, wanted: Audience): string {
  return (
    `${folder} holds the ${audienceName(existing)} outputs, so ${wanted === 'internal' ? 'an' : 'a'} ${audienceName(wanted)} build will not replace them.\n` +
    `Build into another folder with --out${wanted === 'internal' ? ' (the internal outputs go to dist-internal unless you say otherwise)' : ''}.`
  );
}

export function insideOutput(outputDir: string, output: string): string {
  if (outputDir === output) return `${outputDir} is itself an output yjplan built (it holds yjplan-output.json). Build into the folder above it, or choose another --out.`;
  return `${outputDir} is inside ${output}, which holds outputs yjplan has already built. Choose an --out folder outside it.`;
}

export function outputIsAFile(outputDir: string): string {
  return `${outputDir} is a file, not a folder. Choose another --out.`;
}

export interface LockOwner {
  pid: number;
  hostname: string;
  /** The process's start time as the kernel counts it (Linux), to tell a reused process id from the owner. */
  processStart?: string | undefined;
  startedAt: string;
  command: string;
}

export function outputLocked(outputDir: string, lockFile: string, owner: LockOwner | undefined): string {
  const who = owner ? `yjplan (process ${owner.pid} on ${owner.hostname}, started ${owner.startedAt}: ${owner.command})` : 'another yjplan';
  return (
    `${who} is already writing to ${outputDir}.\n` +
    `Wait for it to finish, or build into another folder with --out. If no yjplan is running, delete ${lockFile}.`
  );
}

export function legacyFolders(outputDir: string, folders: string[]): string {
  return (
    `Note: ${folders.map((f) => `${outputDir}/${f}`).join(', ')} ${folders.length === 1 ? 'was' : 'were'} left alone. ` +
    `yjplan now writes every output into ${outputDir}/current/. If an older yjplan made ${folders.length === 1 ? 'it' : 'them'}, delete ${folders.length === 1 ? 'it' : 'them'} so nobody publishes an old copy.`
  );
}
