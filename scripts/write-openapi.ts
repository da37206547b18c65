// Writes public/openapi.json from the contract's schemas: run `npm run openapi` after changing them.
import { writeFileSync } from 'node:fs';
import { serialiseOpenApiDocument } from '../src/api/openapi';

const target = new URL('../public/openapi.json', import.meta.url);
writeFileSync(target, serialiseOpenApiDocument());
console.log(`wrote ${target.pathname}`);
