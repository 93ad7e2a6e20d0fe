// Linux reports CPU time in /proc in clock ticks of 1/100 s (USER_HZ) on every architecture it runs these machines on.
const TICKS_PER_SECOND = 100;

/** The machine's CPU time so far, from the first line of /proc/stat: all of it, and what the hypervisor took. */
export interface MachineTime {
	total: number;
	/** Time a virtual CPU was ready to run but the host ran something else: the noise of a shared machine. */
	steal: number;
}

export function machineTime(procStat: string): MachineTime {
	const line = procStat.split('\n', 1)[0] ?? '';
	if (!line.startsWith('cpu ')) throw new Error(`not /proc/stat: ${line.slice(0, 40)}`);
	// user nice system idle iowait irq softirq steal guest guest_nice; guest time is already counted in user.
	const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
	return { total: ticks.reduce((sum, n) => sum + n, 0), steal: ticks[7] ?? 0 };
}

/** The share of the machine's CPU time the host took between two readings, in percent. */
export function stealPercent(before: MachineTime, after: MachineTime): number {
	const total = after.total - before.total;
	return total > 0 ? Number(((100 * (after.steal - before.steal)) / total).toFixed(1)) : 0;
}

/**
 * The CPU seconds, user and system, of a process's children it has waited for, from its /proc/<pid>/stat. A
 * build's CPU time moves less than its wall time when other work shares the machine.
 */
export function childrenCpuSeconds(pidStat: string): number {
	// The command's name, in parentheses, may hold spaces: fields are counted from after it (the third is first).
	const fields = pidStat.slice(pidStat.lastIndexOf(')') + 2).split(' ');
	const [cutime, cstime] = [fields[13], fields[14]].map(Number);
	if (!Number.isFinite(cutime) || !Number.isFinite(cstime))
		throw new Error(`not a /proc/<pid>/stat: ${pidStat.slice(0, 40)}`);
	return (cutime! + cstime!) / TICKS_PER_SECOND;
}
