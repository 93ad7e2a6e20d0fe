/** `npm run size`: weigh the built home page, the latest event page and the embed, against the budgets. */
import { homeBudgets, weighBuiltSite, weightRows } from '../src/lib/quality/built-site';

const rows = weighBuiltSite(process.argv[2] ?? 'dist');
for (const line of weightRows(rows)) console.log(line);
const budgets = homeBudgets(rows[0]!);
for (const { text, ok } of budgets) console.log(`${ok ? 'within budget' : 'OVER BUDGET'}: ${text}`);
if (budgets.some(({ ok }) => !ok)) process.exitCode = 1;
