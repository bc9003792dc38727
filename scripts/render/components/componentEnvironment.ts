import nunjucks from 'nunjucks';
import { templatesDir } from '../../paths.ts';
import { contentSecurityPolicy } from '../contentSecurityPolicy.ts';
import { filters } from '../filters/index.ts';

/** Registers yjplan's filters on a Nunjucks environment (ours, or Eleventy's). */
export function addFilters(add: (name: string, fn: (...args: never[]) => unknown) => void): void {
  for (const [name, fn] of Object.entries(filters)) add(name, fn as (...args: never[]) => unknown);
}

let environment: nunjucks.Environment | undefined;

/** The Nunjucks environment components are rendered with outside Eleventy. */
export function componentEnvironment(): nunjucks.Environment {
  if (!environment) {
    environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(templatesDir), { autoescape: true, throwOnUndefined: false });
    const env = environment;
    addFilters((name, fn) => env.addFilter(name, fn as (...args: unknown[]) => unknown));
    env.addGlobal('contentSecurityPolicy', contentSecurityPolicy);
  }
  return environment;
}

/** Renders templates/components/NAME/template.njk with `params`, as its macro would. */
export function renderComponent(name: string, params: object): string {
  return componentEnvironment().render(`components/${name}/template.njk`, { params });
}
