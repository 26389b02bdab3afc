#!/usr/bin/env node
import './v8-tuning.js';
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2));
