// `npm test`: sets up what is missing and runs every test tier in order.
import { bootstrap } from "./bootstrap.mjs";

await bootstrap("stack/run-tests.ts");
