import { formatProblem } from '../../errors/formatProblems.ts';
import type { Problem } from '../../errors/Problem.ts';
import { sortProblems } from '../../errors/Problem.ts';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page the live preview shows while a plan has errors: the same words as the terminal. */
export function problemsPage(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const items = sortProblems(problems)
    .map((p) => `<li class="${p.severity}"><pre>${escape(formatProblem(p))}</pre></li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} to fix - yjplan preview</title>
<style>
body { font-family: Arial, sans-serif; margin: 0; padding: 1.5rem; background: #fff; color: #0b0c0c; }
h1 { color: #942514; }
ol { padding-left: 1.5rem; }
li { margin-bottom: 1rem; border-left: 6px solid #942514; padding-left: 1rem; }
li.warning { border-color: #6e3619; }
pre { white-space: pre-wrap; font-size: 1rem; margin: 0; }
</style></head>
<body><main>
<h1>The plan has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} to fix</h1>
<p>Fix each one in the file and line shown, then save: this page updates by itself and shows the plan again once nothing is left to fix.</p>
<ol>
${items}
</ol>
</main></body></html>`;
}
