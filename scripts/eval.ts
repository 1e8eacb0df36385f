/**
 * `npm run eval -- people <file.jsonl>` and `npm run eval -- events <dir> <gold.json>`.
 */
const [what, ...args] = process.argv.slice(2);

switch (what) {
  case 'people': {
    const { main } = await import('./tools/eval/people.ts');
    await main(args);
    break;
  }
  case 'events': {
    const { main } = await import('./tools/eval/events.ts');
    await main(args);
    break;
  }
  default:
    console.error('usage: npm run eval -- people <file.jsonl>\n       npm run eval -- events <dir> <gold.json>');
    process.exit(2);
}
