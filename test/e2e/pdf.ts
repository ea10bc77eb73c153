/**
 * poppler's tools (pdftotext, pdfinfo, pdftoppm) on the PDFs the suite prints, run without blocking:
 * several results are printed and checked at once (it.concurrent), and a synchronous call would hold
 * up every other test's browser in the meantime.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Runs a poppler tool and resolves with what it printed. */
export const poppler = async (command: 'pdftotext' | 'pdfinfo' | 'pdftoppm', args: string[]) =>
  (await execFileAsync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;

/** The PDF's text (UTF-8). */
export const pdfText = (file: string) => poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);

/** The number of pages (NaN when pdfinfo does not say). */
export const pdfPages = async (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(await poppler('pdfinfo', [file]))?.[1] ?? Number.NaN);
