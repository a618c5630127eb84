/**
 * The scaling plot: check time against document size (ours, textlint + prh, cspell) and against glossary size
 * (ours on 1 MB), drawn as SVG and rendered to PNG by the Debian Chromium the e2e tests use, through
 * playwright-core (already a dev dependency; nothing is downloaded). Without Chromium only the SVG is written.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Series {
  label: string;
  color: string;
  points: Array<{ x: number; y: number }>;
}

export interface Panel {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  xTicks: Array<{ x: number; label: string }>;
}

const W = 430;
const H = 300;
const M = { left: 62, right: 34, top: 34, bottom: 48 };

const log = Math.log10;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function panelSvg(p: Panel, dx: number): string {
  const xs = p.series.flatMap((s) => s.points.map((q) => q.x)).concat(p.xTicks.map((t) => t.x));
  const ys = p.series.flatMap((s) => s.points.map((q) => q.y)).filter((y) => y > 0);
  const [x0, x1] = [log(Math.min(...xs)), log(Math.max(...xs))];
  const [y0, y1] = [Math.floor(log(Math.min(...ys))), Math.ceil(log(Math.max(...ys)))];
  const px = (x: number) => dx + M.left + ((log(x) - x0) / (x1 - x0 || 1)) * (W - M.left - M.right);
  const py = (y: number) => M.top + (1 - (log(y) - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom);
  const out: string[] = [];
  out.push(
    `<text x="${dx + W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(p.title)}</text>`,
  );
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e);
    const label = 10 ** e >= 1000 ? `${10 ** (e - 3)} s` : `${10 ** e} ms`;
    out.push(`<line x1="${dx + M.left}" x2="${dx + W - M.right}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${dx + M.left - 6}" y="${y + 4}" text-anchor="end" font-size="11">${label}</text>`);
  }
  for (const t of p.xTicks) {
    const x = px(t.x);
    out.push(`<line x1="${x}" x2="${x}" y1="${M.top}" y2="${H - M.bottom}" stroke="#eee"/>`);
    out.push(`<text x="${x}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11">${esc(t.label)}</text>`);
  }
  out.push(`<text x="${dx + W / 2}" y="${H - 10}" text-anchor="middle" font-size="12">${esc(p.xLabel)}</text>`);
  out.push(
    `<text x="${dx + 14}" y="${H / 2}" text-anchor="middle" font-size="12" ` +
      `transform="rotate(-90 ${dx + 14} ${H / 2})">${esc(p.yLabel)}</text>`,
  );
  p.series.forEach((s, i) => {
    const pts = s.points.filter((q) => q.y > 0);
    out.push(
      `<polyline fill="none" stroke="${s.color}" stroke-width="2.5" ` +
        `points="${pts.map((q) => `${px(q.x)},${py(q.y)}`).join(' ')}"/>`,
    );
    for (const q of pts) out.push(`<circle cx="${px(q.x)}" cy="${py(q.y)}" r="3.5" fill="${s.color}"/>`);
    const ly = M.top + 6 + i * 16;
    out.push(`<rect x="${dx + M.left + 8}" y="${ly - 8}" width="12" height="4" fill="${s.color}"/>`);
    out.push(`<text x="${dx + M.left + 26}" y="${ly - 3}" font-size="11">${esc(s.label)}</text>`);
  });
  return out.join('\n');
}

export function chartSvg(panels: Panel[]): string {
  const width = W * panels.length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" font-family="DejaVu Sans, sans-serif">`,
    `<rect width="${width}" height="${H}" fill="white"/>`,
    ...panels.map((p, i) => panelSvg(p, i * W)),
    '</svg>',
  ].join('\n');
}

/** Renders `svg` to `png`; without Chromium writes the SVG beside it instead and returns false. */
export async function writeChart(svg: string, png: string): Promise<boolean> {
  const chromiumPath = process.env.CHINH_DANH_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    writeFileSync(png.replace(/\.png$/, '.svg'), svg);
    return false;
  }
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'chinh-danh-chart-'));
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 860);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 300);
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
      viewport: { width, height },
      deviceScaleFactor: 1,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
      await page.screenshot({ path: png, clip: { x: 0, y: 0, width, height } });
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return true;
}
