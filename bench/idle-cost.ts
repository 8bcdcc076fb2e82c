/**
 * What the same small piece of work costs right after the process was idle, on this machine.
 * `npx tsx bench/idle-cost.ts` times a task-sized step (build a one-task request body, serialise
 * it, parse it, one await) back to back, then after idle gaps like those between a worker's calls
 * in the bench (the sandbox answers 150 ms later). Caches and clock speed cool down while the
 * process waits, so per-item CPU measured between real calls is many times the back-to-back figure.
 */
const step = async (index: number) => {
	const body = { requests: [{ record: { Name: `Task ${index}`, CtaId: 'C'.repeat(36), DueDate: '2027-01-01', referenceId: `n8n-item-${index}` } }] };
	const parsed = JSON.parse(JSON.stringify(body)) as typeof body;
	await Promise.resolve();
	return Object.keys(parsed.requests[0].record).length;
};

async function microsPerStep(gapMs: number, count: number): Promise<number> {
	let total = 0n;
	for (let index = 0; index < count; index++) {
		if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
		const started = process.hrtime.bigint();
		await step(index);
		total += process.hrtime.bigint() - started;
	}
	return Number(total) / count / 1000;
}

async function main() {
	await microsPerStep(0, 5000); // compiled and warm
	for (const gapMs of [0, 1, 10, 40, 150]) {
		const micros = await microsPerStep(gapMs, gapMs >= 40 ? 100 : 500);
		console.log(`idle ${String(gapMs).padStart(3)} ms before each step: ${micros.toFixed(1)} µs a step`);
	}
}

void main();
