/**
 * `TableController`: a light-DOM `<table>` child read as data (`year, value`
 * rows, see table.ts), read again whenever the element's content changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
