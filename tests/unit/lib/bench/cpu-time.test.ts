import { describe, expect, it } from 'vitest';
import { childrenCpuSeconds, machineTime, stealPercent } from '../../../../src/lib/bench/cpu-time';

describe('machineTime() and stealPercent()', () => {
	it('read the CPU time and the time the host took, and give the share taken between two readings', () => {
		const before = machineTime('cpu  120151 8 39772 228258 2762 0 865 21214 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n');
		const after = machineTime('cpu  120251 8 39822 228358 2762 0 865 21264 0 0\n');
		expect(before).toEqual({ total: 120151 + 8 + 39772 + 228258 + 2762 + 865 + 21214, steal: 21214 });
		expect(stealPercent(before, after)).toBe(16.7);
		expect(stealPercent(after, after)).toBe(0);
	});

	it('refuses text that is not /proc/stat', () => {
		expect(() => machineTime('intr 1 2 3')).toThrow(/not \/proc\/stat/);
	});
});

describe('childrenCpuSeconds()', () => {
	it('adds the waited-for children’s user and system time, whatever the command’s name holds', () => {
		const stat = '7426 (node (bench) x) S 7423 7423 1114 0 -1 4194304 100 0 0 0 52 7 12345 678 20 0 1 0 208816';
		expect(childrenCpuSeconds(stat)).toBe(130.23);
	});

	it('refuses a line it cannot read', () => {
		expect(() => childrenCpuSeconds('7426 (cat) R')).toThrow(/not a \/proc/);
	});
});
