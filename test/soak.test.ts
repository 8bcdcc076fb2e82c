/** The soak's invariants on a smaller run (the full one is `npm run soak`): nothing lost, nothing doubled. */
import { Gainsight } from '../nodes/Gainsight/Gainsight.node';
import { soak } from './soak/soak';

describe('Soak under random faults', () => {
	it('2,000 companies and 60 tasks with 20% of calls faulted: one output item each, nothing lost or duplicated', async () => {
		const figures = await soak({ companies: 2000, tasks: 60, rate: 0.2, seed: 3, node: new Gainsight() });
		expect(figures.faultsInjected).toBeGreaterThan(5);
		expect(figures.itemsOut).toBe(figures.itemsIn);
		expect(figures.problems).toEqual([]);
		expect(figures.lost).toBe(0);
		expect(figures.duplicated).toBe(0);
		expect(figures.written + figures.refused + figures.unknown.length).toBe(figures.itemsIn);
		expect(figures.unknown.every((u) => u.stored <= 1)).toBe(true);
	});
});
