import type { Loader } from 'vega';

/**
 * A loader for drawing one chart. Vega's own loader reads files and calls
 * websites for a spec's data, lookups and images; this one reaches nothing,
 * and notes each address it was asked for in `refused`, so the chart can be
 * reported rather than drawn without that part (Vega itself only warns).
 * Validation already refuses every address in a raw spec, so this is the
 * second wall: a gap found later still cannot read the build machine's
 * files or call its network.
 *
 * sanitize answers with an empty address rather than failing: Vega handles
 * a refused link by reading a property of null in a promise no one awaits,
 * which crashed the whole process.
 */
export function noAccessLoader(refused: string[]): Loader {
  const refuse = (address: string) => {
    refused.push(address);
    return Promise.reject(new Error(`A chart may not load anything, but it asked for ${JSON.stringify(address)}.`));
  };
  return {
    load: refuse,
    sanitize: (address) => {
      refused.push(address);
      return Promise.resolve({ href: '' });
    },
    http: refuse,
    file: refuse,
  };
}
