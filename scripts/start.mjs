// `npm start`: sets up what is missing and runs the whole Kontor stack.
import { bootstrap } from "./bootstrap.mjs";

await bootstrap("stack/run-stack.ts");
