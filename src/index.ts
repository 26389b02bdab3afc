import './v8-tuning.js';
import { run } from './action/run.js';

await run();
