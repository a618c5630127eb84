/**
 * Hostile and careless glossary inputs, shared by the process test (hostile-glossary.test.ts) and the
 * figures script (scripts/fuzz-hostile.ts). Each one builds its input under a scratch folder and says what
 * the CLI must print on stderr: the path (and line:column where the file has one) and why.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';

export interface HostileGlossary {
  name: string;
  /** Builds the input under `dir`; returns the --glossary argument. */
  make: (dir: string) => Promise<string> | string;
  /** Path expected at the start of a stderr line (absolute), followed by ":line:column: " unless noLine. */
  expectPath: (dir: string) => string;
  noLine?: boolean;
  message: RegExp;
}

const write = (file: string, text: string | Buffer): string => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

const folder = (dir: string, name: string): string => {
  const d = path.join(dir, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
};

/** Ten levels of ten aliases each: 10^10 nodes if expanded. */
function aliasBomb(): string {
  let s = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 10; i++)
    s += `a${i}: &a${i} [${Array(10)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  return s;
}

export const HOSTILE_GLOSSARIES: HostileGlossary[] = [
  {
    name: 'undefined alias',
    make: (d) => path.dirname(write(path.join(d, 'undef', 'g.yaml'), 'terms:\n  - *nowhere\n')),
    expectPath: (d) => path.join(d, 'undef', 'g.yaml:2:5'),
    message: /undefined alias \*nowhere/,
  },
  {
    name: 'alias bomb',
    make: (d) => path.dirname(write(path.join(d, 'bomb', 'g.yaml'), aliasBomb())),
    expectPath: (d) => path.join(d, 'bomb', 'g.yaml:2:'),
    message: /alias bomb/,
  },
  {
    name: 'nesting 200 deep',
    make: (d) => path.dirname(write(path.join(d, 'deep', 'g.yaml'), `terms: ${'['.repeat(200)}${']'.repeat(200)}\n`)),
    expectPath: (d) => path.join(d, 'deep', 'g.yaml:1:'),
    message: /nesting too deep/,
  },
  {
    name: 'nesting 100,000 deep',
    make: (d) => path.dirname(write(path.join(d, 'deeper', 'g.yaml'), `${'['.repeat(1e5)}${']'.repeat(1e5)}\n`)),
    expectPath: (d) => path.join(d, 'deeper', 'g.yaml:1:'),
    message: /nesting too deep/,
  },
  {
    name: 'file of 3 MB',
    make: (d) => path.dirname(write(path.join(d, 'big', 'g.yaml'), `# ${'x'.repeat(3 * 1024 * 1024)}\nterms: []\n`)),
    expectPath: (d) => path.join(d, 'big', 'g.yaml:1:1'),
    message: /too big/,
  },
  {
    name: 'file of 50 MB (sparse)',
    make: (d) => {
      const f = write(path.join(d, 'huge', 'g.yaml'), '');
      fs.truncateSync(f, 50 * 1024 * 1024);
      return path.dirname(f);
    },
    expectPath: (d) => path.join(d, 'huge', 'g.yaml:1:1'),
    message: /too big \(50\.0 MB/,
  },
  {
    name: '60,000 entries in one section (0.9 MB)',
    make: (d) => {
      const lines = ['terms:'];
      for (let i = 0; i < 60_000; i++) lines.push(`- {id: t${i}}`);
      return path.dirname(write(path.join(d, 'many', 'g.yaml'), `${lines.join('\n')}\n`));
    },
    expectPath: (d) => path.join(d, 'many', 'g.yaml:'),
    message: /too many values in one file/,
  },
  {
    name: 'Latin-1 file',
    make: (d) => {
      const cafe = Buffer.from([0x63, 0x61, 0x66, 0xe9]); // "café" in Latin-1
      const text = Buffer.concat([Buffer.from('terms:\n  - id: x\n    definition: "'), cafe, Buffer.from('"\n')]);
      return path.dirname(write(path.join(d, 'latin1', 'g.yaml'), text));
    },
    expectPath: (d) => path.join(d, 'latin1', 'g.yaml:3:21'),
    message: /not UTF-8/,
  },
  {
    name: 'UTF-16 file',
    make: (d) => path.dirname(write(path.join(d, 'utf16', 'g.yaml'), Buffer.from('\ufeffterms: []\n', 'utf16le'))),
    expectPath: (d) => path.join(d, 'utf16', 'g.yaml:1:'),
    message: /not UTF-8|binary/,
  },
  {
    name: 'binary file (NUL bytes)',
    make: (d) => path.dirname(write(path.join(d, 'binary', 'g.yaml'), Buffer.from('t:\n\u0000\u0001\u0002'))),
    expectPath: (d) => path.join(d, 'binary', 'g.yaml:2:1'),
    message: /binary/,
  },
  {
    name: 'FIFO as the glossary path',
    make: (d) => mkfifo(path.join(d, 'fifo-direct.yaml')),
    expectPath: (d) => path.join(d, 'fifo-direct.yaml:1:1'),
    message: /not a regular file \(a FIFO\)/,
  },
  {
    name: 'FIFO inside a glossary folder',
    make: (d) => path.dirname(mkfifo(path.join(folder(d, 'fifo-in'), 'g.yaml'))),
    expectPath: (d) => path.join(d, 'fifo-in', 'g.yaml:1:1'),
    message: /not a regular file \(a FIFO\)/,
  },
  {
    name: 'socket inside a glossary folder',
    make: async (d) => {
      // A socket file exists only while its server listens (close() unlinks it).
      const sock = path.join(folder(d, 'sock'), 'g.yaml');
      await listenForever(sock);
      return path.dirname(sock);
    },
    expectPath: (d) => path.join(d, 'sock', 'g.yaml:1:1'),
    message: /not a regular file \(a socket\)/,
  },
  {
    name: '/dev/zero as the glossary path',
    make: () => '/dev/zero',
    expectPath: () => '/dev/zero:1:1',
    message: /not a regular file \(a character device\)/,
  },
  {
    name: 'folders nested 14 deep',
    make: (d) => {
      const parts = Array.from({ length: 14 }, (_, i) => `d${i}`);
      write(path.join(d, 'nested', ...parts, 'g.yaml'), 'terms: []\n');
      return path.join(d, 'nested');
    },
    expectPath: (d) => path.join(d, 'nested', ...Array.from({ length: 13 }, (_, i) => `d${i}`)),
    noLine: true,
    message: /folders nested too deep/,
  },
  {
    name: '2,001 YAML files',
    make: (d) => {
      const dir = folder(d, 'crowd');
      for (let i = 0; i <= 2000; i++) fs.writeFileSync(path.join(dir, `f${String(i).padStart(4, '0')}.yaml`), '');
      return dir;
    },
    expectPath: (d) => path.join(d, 'crowd', 'f2000.yaml:1:1'),
    message: /too many YAML files/,
  },
  {
    name: 'the root folder / as a glossary folder',
    make: () => '/',
    expectPath: () => '/',
    noLine: true,
    // Where the walk stops depends on the machine; a tiny root may even be walked whole (then its YAML fails).
    message: /Glossary folder \/: |\.ya?ml:\d+:\d+: /,
  },
];

function mkfifo(p: string): string {
  execFileSync('mkfifo', [p]);
  return p;
}

/** A listening Unix socket whose server is never closed (so its file stays); unref'd so the process can exit. */
const keepOpen: net.Server[] = [];
function listenForever(p: string): Promise<void> {
  const server = net.createServer();
  keepOpen.push(server);
  return new Promise<void>((resolve) => server.listen(p, () => (server.unref(), resolve())));
}

/** Closes the sockets made by the socket case. */
export function closeHostileSockets(): void {
  for (const s of keepOpen.splice(0)) s.close();
}
