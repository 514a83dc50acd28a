// Bundles GraphiQL, its Explorer plugin and their styles into one script and one stylesheet, so /graphiql works with no CDN.
// Maven runs this during generate-resources (see pom.xml); the output lands on the classpath under static/graphiql.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const outdir = process.argv[2] ?? '../target/classes/static/graphiql';
mkdirSync(outdir, { recursive: true });
await esbuild.build({
  entryPoints: ['src/index.jsx'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outfile: `${outdir}/graphiql.js`,
  loader: { '.js': 'jsx' },
  define: { 'process.env.NODE_ENV': '"production"' },
  jsx: 'automatic',
  logLevel: 'warning',
});
await esbuild.build({
  entryPoints: ['src/graphiql.css'],
  bundle: true,
  minify: true,
  outfile: `${outdir}/graphiql.css`,
  logLevel: 'warning',
});
copyFileSync('src/index.html', `${outdir}/index.html`);
console.log(`GraphiQL bundled into ${outdir}`);
