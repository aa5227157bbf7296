/**
 * The GitHub double for a test file, set up in one place: started before each test (or once for
 * the file), stopped after it, and then checked: every request and answer fitted GitHub's OpenAPI
 * description (`violations` is empty).
 *
 *   const github = useGitHubDouble();
 *   it('…', async () => {
 *     github.pulls.set(1, { … });
 *     await runCli([...], { env: github.env() });
 *   });
 *
 * What it returns stands for the double that runs now: with `per: 'test'` each test gets a new one
 * (nothing one test seeds or records reaches the next), and the same name reaches it. Its `url` is
 * the double's address, `env()` what points the CLI at it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { GitHubDouble } from './github-double.js';

export interface GitHubDoubleUse {
  /** 'test' (default): a new double for every test; 'file': one for the tests of the describe block (or file) it is called in. */
  readonly per?: 'test' | 'file';
}

export function useGitHubDouble(options: GitHubDoubleUse = {}): GitHubDouble {
  let current: GitHubDouble | undefined;
  const start = async (): Promise<void> => {
    current = await new GitHubDouble().start();
  };
  const stop = async (): Promise<void> => {
    // The stopped double stays reachable: a hook that runs after this one may still read it.
    if (!current) return;
    await current.stop();
    expect(current.violations).toEqual([]);
  };
  if (options.per === 'file') {
    beforeAll(start);
    afterAll(stop);
  } else {
    beforeEach(start);
    afterEach(stop);
  }
  const running = (): GitHubDouble => {
    if (!current) throw new Error('useGitHubDouble: the double runs only inside a test, or in a hook registered after useGitHubDouble().');
    return current;
  };
  return new Proxy({} as GitHubDouble, {
    get(_target, key) {
      const double = running();
      const value: unknown = Reflect.get(double, key, double);
      return typeof value === 'function' ? value.bind(double) : value;
    },
    set(_target, key, value) {
      return Reflect.set(running(), key, value);
    },
    has(_target, key) {
      return Reflect.has(running(), key);
    },
  });
}
