/**
 * Loading a site's data file (a widget's or `<qd-plan>`'s `src`): fetched with
 * the caller's AbortSignal and a timeout (`AbortSignal.timeout`), then parsed
 * by the library's I/O entry, which is imported on first use: a page without a
 * site's data never loads it (nor its precompiled schemas).
 */
import type { DataFile } from '../../src/io/index.js';
import { clip, problem, ProblemError } from './problems.js';

/** Default request timeout of `src`, in milliseconds. */
export const FETCH_TIMEOUT_MS = 10_000;

type Io = typeof import('../../src/io/index.js');
let io: Io | null = null;
let ioLoading: Promise<Io> | null = null;

/** The I/O module once loaded, else null: see `loadIo`. */
export const loadedIo = (): Io | null => io;

/** Imports the I/O entry once per page (a site's data needs it; the bundled data does not). */
export function loadIo(): Promise<Io> {
  ioLoading ??= import('../../src/io/index.js').then(
    (m) => (io = m),
    (e: unknown) => {
      ioLoading = null;
      throw new ProblemError(
        problem(
          'parser_load',
          `The data parser (the library's io module, next to the widget's script) could not be loaded (${(e as Error)?.message ?? e}). Serve the package's files together, or use the one-file CDN bundle.`,
        ),
      );
    },
  );
  return ioLoading;
}

const fail = (code: string, message: string, params: Record<string, string | number>): never => {
  throw new ProblemError(problem(code, message, params));
};

/** The URL resolved against the page (as given when it cannot be: fetch then says what is wrong). */
const absolute = (url: string): string => {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
};

/** Requests in flight, by absolute URL and timeout: widgets that ask for one document at once share one fetch. */
const inFlight = new Map<string, { file: Promise<DataFile>; abort: AbortController; waiting: number }>();

/**
 * Fetches and parses a data file; callers that ask for the same URL while a request is in
 * flight share it (one fetch and one parse per document), and each caller's `signal` only
 * stops its own wait (the request is aborted when no caller waits any more). Rejects with
 * `ProblemError` (codes `src_http`, `src_network`, `src_timeout`) or the library's `PlanError`
 * (`src_parse`, `src_invalid`, `src_invalid_plan`), or with the `AbortError` when `signal` aborts first.
 */
export function loadDataFile(url: string, signal: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<DataFile> {
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the abort reason unchanged, as fetch does
  if (signal.aborted) return Promise.reject(signal.reason);
  const key = `${timeoutMs} ${absolute(url)}`;
  let entry = inFlight.get(key);
  if (!entry) {
    const abort = new AbortController();
    const file = fetchDataFile(url, abort.signal, timeoutMs);
    const created = { file, abort, waiting: 0 };
    entry = created;
    inFlight.set(key, created);
    const done = () => inFlight.get(key) === created && inFlight.delete(key);
    file.then(done, done);
  }
  const shared = entry;
  shared.waiting++;
  return new Promise<DataFile>((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      shared.waiting--;
    };
    const onAbort = () => {
      leave();
      if (shared.waiting === 0 && inFlight.get(key) === shared) {
        inFlight.delete(key);
        shared.abort.abort(signal.reason);
      }
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the abort reason unchanged, as fetch does
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.file.then(
      (value) => {
        if (signal.aborted) return;
        leave();
        resolve(value);
      },
      (e: unknown) => {
        if (signal.aborted) return;
        leave();
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the shared fetch's own rejection, passed on
        reject(e);
      },
    );
  });
}

/** One request: fetch with a timeout, then parse (see `loadDataFile`). */
async function fetchDataFile(url: string, signal: AbortSignal, timeoutMs: number): Promise<DataFile> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  const late = () => timeout.aborted && !signal.aborted;
  const seconds = timeoutMs / 1000;
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: both, credentials: 'same-origin' });
    } catch (e) {
      if (late())
        fail(
          'src_timeout',
          `${clip(url, 200)} did not answer within ${seconds} s. Check that the file is served and reachable from this page.`,
          { url, seconds },
        );
      if (signal.aborted) throw e;
      return fail(
        'src_network',
        `${clip(url, 200)} could not be fetched (${(e as Error).message}). Check the URL and that the server allows this page to read it (CORS).`,
        { url },
      );
    }
    if (!response.ok) {
      return fail(
        'src_http',
        `${clip(url, 200)} answered HTTP ${response.status}. Check that the file exists at this URL.`,
        { url, status: response.status },
      );
    }
    const text = await response.text();
    const { parseDataText } = await loadIo();
    return parseDataText(text, url, response.headers.get('content-type') ?? '');
  } catch (e) {
    if (late() && !(e instanceof ProblemError))
      fail('src_timeout', `${clip(url, 200)} did not finish loading within ${seconds} s.`, { url, seconds });
    throw e;
  }
}
