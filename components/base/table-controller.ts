/**
 * `TableController`: a light-DOM `<table>` child read as data (`year, value`
 * rows, see table.ts), read again whenever the element's content changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { problem, type Problem } from './problems.js';
import { readTable, type TableData, type TableRow } from './table.js';

const NONE: readonly TableRow[] = [];
const NO_ROWS: readonly number[] = [];

export class TableController implements ReactiveController {
  #data: TableData | null = null;
  #observer: MutationObserver | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The rows read (the same array until the table changes). */
  get rows(): readonly TableRow[] {
    return this.#data?.rows ?? NONE;
  }

  /** The 1-based numbers of rows that could not be read. */
  get invalid(): readonly number[] {
    return this.#data?.invalid ?? NO_ROWS;
  }

  /** The rows that could not be read, as a notice (null when every row was read). */
  get problem(): Problem | null {
    const invalid = this.invalid;
    if (!invalid.length) return null;
    const message = `Table row(s) ${invalid.join(', ')} could not be read: each data row needs a year (e.g. 2023) and a number (e.g. 1,020.5) in its first two cells.`;
    return problem('table_rows_invalid', message, { count: invalid.length }, false);
  }

  hostConnected(): void {
    this.#read();
    this.#observer ??= new MutationObserver(() => this.#read());
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #read(): void {
    const data = readTable(this.host);
    if (JSON.stringify(data) === JSON.stringify(this.#data)) return;
    this.#data = data;
    this.host.requestUpdate();
  }
}
