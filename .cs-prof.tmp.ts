import { extractFromHtml } from './src/extract/from-html';
for (const html of [`<html><body>${'<div><p><a href="/j">job '.repeat(3_000)}`, `<html><body>${'<div><p><a href="/j">job '.repeat(24_000)}`]) {
const t = performance.now(); extractFromHtml(html, 'https://x.test/'); console.log(html.length, (performance.now() - t).toFixed(0));}
