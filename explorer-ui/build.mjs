// Bundles the Readout explorer (served at /) with Apache ECharts into one script and one stylesheet, so the page
// needs no CDN. Maven runs this during generate-resources (see pom.xml); the output lands on the classpath under
// static/ (index.html, the welcome page) and static/explorer/.
// The GraphQL operations in src/operations/ are inlined with their SHA-256, so the page sends them as persisted
// queries over GET (the hash alone) from the first request on.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const outdir = process.argv[2] ?? '../target/classes/static';
// chunks are named by their hash: start empty, so an old build's chunks are not served (nor packaged) with new ones
rmSync(`${outdir}/explorer`, { recursive: true, force: true });
mkdirSync(`${outdir}/explorer`, { recursive: true });

const operations = {
  name: 'operations',
  setup(build) {
    build.onResolve({ filter: /^readout:operations$/ }, () => ({ path: 'operations', namespace: 'readout' }));
    build.onLoad({ filter: /.*/, namespace: 'readout' }, () => {
      const dir = 'src/operations';
      const ops = {};
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
        const query = readFileSync(join(dir, file), 'utf8');
        const name = file.replace(/\.graphql$/, '');
        ops[name] = { query, hash: createHash('sha256').update(query, 'utf8').digest('hex') };
      }
      return { contents: `export default ${JSON.stringify(ops)};`, loader: 'js', watchFiles: [dir] };
    });
  },
};

await esbuild.build({
  entryPoints: ['src/explorer.js'],
  bundle: true,
  minify: true,
  // ES modules with splitting: the chart library is a chunk of its own, fetched while the first queries run
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  target: ['es2020'],
  outdir: `${outdir}/explorer`,
  plugins: [operations],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await esbuild.build({
  entryPoints: ['src/explorer.css'],
  bundle: true,
  minify: true,
  outfile: `${outdir}/explorer/explorer.css`,
  logLevel: 'warning',
});
copyFileSync('src/index.html', `${outdir}/index.html`);
console.log(`Explorer bundled into ${outdir}`);
